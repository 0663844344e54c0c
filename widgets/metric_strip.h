#pragma once
// A per-step sparkline: PSNR (dB, left scale) and SSIM (right scale) of x'_t against the
// degraded real image reduce_info(x, t). Click a step to move the shared cursor there.
#include <QVector>
#include <QWidget>

namespace dddg {

class MetricStrip : public QWidget {
    Q_OBJECT
public:
    explicit MetricStrip(QWidget* parent = nullptr);

    /// One value per t = 0..t_max (NaN where there is none). t = 0 is skipped: x'_0 and
    /// reduce_info(x, 0) are the same constant by construction.
    void setSeries(const QVector<double>& psnr, const QVector<double>& ssim);
    void clear();
    void setCursor(int t);
    void setPlaceholder(const QString& text);
    QSize sizeHint() const override { return {420, 120}; }
    QSize minimumSizeHint() const override { return {200, 90}; }

signals:
    void stepClicked(int t);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    double xOf(int t) const;
    int steps() const { return int(m_psnr.size()); }

    QVector<double> m_psnr, m_ssim;
    int m_cursor = 0;
    QString m_placeholder;
};

} // namespace dddg
