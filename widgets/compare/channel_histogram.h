#pragma once
// The histogram of the part of a tile that is on screen: one curve per channel (R, G, B, or
// one grey curve for a grey picture) over 0–255, with each channel's mean, min and max.
#include <QImage>
#include <QString>
#include <QVector>
#include <QWidget>

namespace dddg {

struct ChannelStats {
    QString name;              ///< "R", "G", "B" or "grey"
    QVector<qint64> counts = QVector<qint64>(256, 0);
    double mean = 0;
    int min = 0, max = 0;
};

/// Exact per-channel statistics of `image`: three channels for colour, one for a picture whose
/// pixels are all grey. Empty for a null image.
QVector<ChannelStats> channelStats(const QImage& image);

class ChannelHistogram : public QWidget {
    Q_OBJECT
public:
    explicit ChannelHistogram(QWidget* parent = nullptr);
    /// Shows the statistics of `region`, described by `what` ("clean, x 0–511, y 0–383").
    void setRegion(const QImage& region, const QString& what);
    const QVector<ChannelStats>& stats() const { return m_stats; }
    QString description() const { return m_what; }
    QSize sizeHint() const override { return {280, 170}; }
    QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<ChannelStats> m_stats;
    QString m_what;
};

} // namespace dddg
