#include "channel_histogram.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dddg {

QVector<ChannelStats> channelStats(const QImage& image)
{
    if (image.isNull()) return {};
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const bool grey = image.isGrayscale() || rgb.allGray();
    QVector<ChannelStats> stats(grey ? 1 : 3);
    for (auto& s : stats) s.name = QStringLiteral("grey");
    if (!grey) stats[0].name = QStringLiteral("R"), stats[1].name = QStringLiteral("G"), stats[2].name = QStringLiteral("B");
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            ++stats[0].counts[grey ? qGray(line[x]) : qRed(line[x])];
            if (!grey) ++stats[1].counts[qGreen(line[x])], ++stats[2].counts[qBlue(line[x])];
        }
    }
    const double n = double(rgb.width()) * rgb.height();
    for (auto& s : stats) {
        double sum = 0;
        for (int v = 0; v < 256; ++v) sum += double(v) * double(s.counts[v]);
        s.mean = sum / n;
        s.min = int(std::find_if(s.counts.begin(), s.counts.end(), [](qint64 c) { return c > 0; }) - s.counts.begin());
        s.max = 255 - int(std::find_if(s.counts.rbegin(), s.counts.rend(), [](qint64 c) { return c > 0; }) - s.counts.rbegin());
    }
    return stats;
}

ChannelHistogram::ChannelHistogram(QWidget* parent) : QWidget(parent) {}

void ChannelHistogram::setRegion(const QImage& region, const QString& what)
{
    m_stats = channelStats(region);
    m_what = what;
    update();
}

void ChannelHistogram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(text);
    const int line = fontMetrics().lineSpacing();
    painter.drawText(QRect(4, 2, width() - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_what.isEmpty() ? tr("Histogram of the visible region") : m_what, Qt::ElideMiddle, width() - 8));
    if (m_stats.isEmpty()) return;
    const int footer = int(m_stats.size()) * line + 4;
    const QRectF plot(4, line + 4, width() - 8, std::max(20, height() - line - 8 - footer));
    painter.drawRect(plot);
    // Square-root counts: a sky's single peak does not flatten every other value to nothing.
    double top = 1;
    for (const auto& s : m_stats)
        for (qint64 c : s.counts) top = std::max(top, std::sqrt(double(c)));
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& s : m_stats) {
        const QColor colour = s.name == QLatin1String("R") ? QColor(220, 50, 50)
                            : s.name == QLatin1String("G") ? QColor(40, 170, 60)
                            : s.name == QLatin1String("B") ? QColor(50, 90, 230) : text;
        QPainterPath path(QPointF(plot.left(), plot.bottom()));
        for (int v = 0; v < 256; ++v)
            path.lineTo(plot.left() + plot.width() * v / 255.0, plot.bottom() - plot.height() * std::sqrt(double(s.counts[v])) / top);
        path.lineTo(plot.right(), plot.bottom());
        QColor fill = colour;
        fill.setAlpha(60);
        painter.fillPath(path, fill);
        painter.setPen(QPen(colour, 1.2));
        painter.drawPath(path);
    }
    painter.setPen(text);
    for (int i = 0; i < m_stats.size(); ++i) {
        const auto& s = m_stats[i];
        painter.drawText(QRectF(4, plot.bottom() + 2 + i * line, width() - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1  mean %2 · min %3 · max %4").arg(s.name).arg(s.mean, 0, 'f', 1).arg(s.min).arg(s.max));
    }
}

} // namespace dddg
