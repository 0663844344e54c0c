#include "metric_strip.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace dddg {
namespace {
const QColor kPsnrColor(40, 110, 200);
const QColor kSsimColor(210, 100, 30);
constexpr double kPsnrCeiling = 40.0; // dB at the top of the scale (100 dB = exact match)
} // namespace

MetricStrip::MetricStrip(QWidget* parent) : QWidget(parent) { setMinimumHeight(90); }

void MetricStrip::setSeries(const QVector<double>& psnr, const QVector<double>& ssim)
{
    m_psnr = psnr;
    m_ssim = ssim;
    update();
}

void MetricStrip::clear() { setSeries({}, {}); }

void MetricStrip::setCursor(int t)
{
    m_cursor = t;
    update();
}

void MetricStrip::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

QRectF MetricStrip::plotRect() const { return QRectF(44, 22, width() - 88, height() - 40); }

double MetricStrip::xOf(int t) const
{
    QRectF r = plotRect();
    return steps() <= 2 ? r.center().x() : r.left() + r.width() * double(t - 1) / double(steps() - 2);
}

void MetricStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (steps() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    QRectF r = plotRect();
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(r);
    const double psnrTop = kPsnrCeiling;
    auto yPsnr = [&](double v) { return r.bottom() - r.height() * std::clamp(v, 0.0, psnrTop) / psnrTop; };
    auto ySsim = [&](double v) { return r.bottom() - r.height() * std::clamp(v, 0.0, 1.0); };
    p.setPen(kPsnrColor);
    p.drawText(QRectF(0, r.top() - 6, 40, 14), Qt::AlignRight, QStringLiteral("%1").arg(psnrTop, 0, 'f', 0));
    p.drawText(QRectF(0, r.bottom() - 8, 40, 14), Qt::AlignRight, QStringLiteral("0 dB"));
    p.setPen(kSsimColor);
    p.drawText(QRectF(r.right() + 4, r.top() - 6, 40, 14), Qt::AlignLeft, QStringLiteral("1"));
    p.drawText(QRectF(r.right() + 4, r.bottom() - 8, 40, 14), Qt::AlignLeft, QStringLiteral("0"));
    for (int t = 1; t < steps(); ++t) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(xOf(t) - 12, r.bottom() + 2, 24, 14), Qt::AlignCenter, QString::number(t));
    }
    auto drawSeries = [&](const QVector<double>& values, const QColor& color, auto y) {
        QPainterPath path;
        bool started = false;
        for (int t = 1; t < values.size(); ++t) {
            if (!std::isfinite(values[t])) continue;
            QPointF pt(xOf(t), y(values[t]));
            started ? path.lineTo(pt) : path.moveTo(pt);
            started = true;
        }
        p.setPen(QPen(color, 2));
        p.drawPath(path);
        p.setBrush(color);
        for (int t = 1; t < values.size(); ++t)
            if (std::isfinite(values[t])) p.drawEllipse(QPointF(xOf(t), y(values[t])), 3, 3);
        p.setBrush(Qt::NoBrush);
    };
    drawSeries(m_psnr, kPsnrColor, yPsnr);
    drawSeries(m_ssim, kSsimColor, ySsim);
    if (m_cursor >= 1 && m_cursor < steps()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        p.drawLine(QPointF(xOf(m_cursor), r.top()), QPointF(xOf(m_cursor), r.bottom()));
    }
    p.setPen(palette().color(QPalette::Text));
    QString readout = m_cursor >= 1 && m_cursor < steps()
                          ? tr("t = %1:  PSNR %2 dB   SSIM %3")
                                .arg(m_cursor)
                                .arg(m_psnr.value(m_cursor), 0, 'f', 2)
                                .arg(m_ssim.value(m_cursor), 0, 'f', 3)
                          : tr("x'_t against reduce_info(x, t)");
    p.drawText(QRectF(r.left(), 2, r.width(), 18), Qt::AlignLeft | Qt::AlignVCenter, readout);
}

void MetricStrip::mousePressEvent(QMouseEvent* event)
{
    if (steps() < 2) return;
    int best = 1;
    for (int t = 1; t < steps(); ++t)
        if (std::abs(xOf(t) - event->position().x()) < std::abs(xOf(best) - event->position().x())) best = t;
    emit stepClicked(best);
}

} // namespace dddg
