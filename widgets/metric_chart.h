#pragma once
// One training curve (loss_d, loss_g, loss_enc, r1 or fid_lenet) for every run shown:
// the raw values faint, the de-biased EMA on top, an optional log scale, and a readout
// of the values nearest the mouse.
#include "training_types.h"

#include <QChartView>
#include <QColor>
#include <QMap>

class QLabel;
class QLineSeries;
class QValueAxis;
class QLogValueAxis;

namespace dddg {

class MetricChart : public QChartView {
    Q_OBJECT
public:
    MetricChart(const QString& title, const QString& key, QWidget* parent = nullptr);

    QString key() const { return m_key; }
    /// Shows (or replaces) the curve of run `id` from all of its points.
    void setRun(int id, const QString& name, const QColor& color, const QVector<MetricPoint>& points);
    void removeRun(int id);
    void setSmoothing(double weight);
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    /// Number of (step, value) points of run `id` (raw, before display thinning).
    int pointCount(int id) const;
    /// The smoothed values of run `id` (for tests and CSV).
    QVector<double> smoothed(int id) const;
    QString readout() const { return m_readout; }

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Curve {
        QString name;
        QColor color;
        QVector<double> steps, values;
        QLineSeries* raw = nullptr;
        QLineSeries* smooth = nullptr;
    };
    void redraw(Curve& curve);
    void rescale();
    void attachAxes(QLineSeries* series);

    QString m_key;
    QMap<int, Curve> m_curves;
    double m_weight = 0.6;
    bool m_log = false;
    QValueAxis* m_x;
    QValueAxis* m_yLinear;
    QLogValueAxis* m_yLog;
    QString m_readout;
};

} // namespace dddg
