#include "metric_chart.h"

#include "smoothing.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>

#include <cmath>

namespace dddg {
namespace {
constexpr int kMaxDrawn = 2000; // points per series on screen; smoothing sees them all

// Thins (x, y) to at most kMaxDrawn points, keeping each bucket's min and max so spikes stay.
QList<QPointF> thinned(const QVector<double>& xs, const QVector<double>& ys, bool positiveOnly)
{
    QList<QPointF> out;
    const int n = int(xs.size()), bucket = std::max(1, (2 * n) / kMaxDrawn);
    for (int start = 0; start < n; start += bucket) {
        int lo = -1, hi = -1;
        for (int i = start; i < std::min(n, start + bucket); ++i) {
            if (!std::isfinite(ys[i]) || (positiveOnly && ys[i] <= 0)) continue;
            if (lo < 0 || ys[i] < ys[lo]) lo = i;
            if (hi < 0 || ys[i] > ys[hi]) hi = i;
        }
        if (lo < 0) continue;
        out << QPointF(xs[std::min(lo, hi)], ys[std::min(lo, hi)]);
        if (hi != lo) out << QPointF(xs[std::max(lo, hi)], ys[std::max(lo, hi)]);
    }
    return out;
}
} // namespace

MetricChart::MetricChart(const QString& title, const QString& key, QWidget* parent)
    : QChartView(parent), m_key(key), m_x(new QValueAxis), m_yLinear(new QValueAxis), m_yLog(new QLogValueAxis)
{
    auto* c = new QChart;
    c->setTitle(title);
    c->legend()->setVisible(false);
    c->setMargins(QMargins(4, 4, 4, 4));
    m_x->setTitleText(tr("cycle"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_yLog->setLabelFormat(QStringLiteral("%.3g"));
    m_yLog->setBase(10);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_yLinear, Qt::AlignLeft);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumSize(240, 170);
}

void MetricChart::attachAxes(QLineSeries* series)
{
    series->attachAxis(m_x);
    series->attachAxis(m_log ? static_cast<QAbstractAxis*>(m_yLog) : m_yLinear);
}

void MetricChart::setRun(int id, const QString& name, const QColor& color, const QVector<MetricPoint>& points)
{
    Curve& curve = m_curves[id];
    if (!curve.raw) { // a new run: its series exist from now on, even before it has points for this metric
        curve.raw = new QLineSeries;
        curve.smooth = new QLineSeries;
        chart()->addSeries(curve.raw);
        chart()->addSeries(curve.smooth);
        attachAxes(curve.raw);
        attachAxes(curve.smooth);
    }
    curve.name = name;
    curve.color = color;
    QVector<double> steps, values;
    for (const MetricPoint& p : points) {
        auto it = p.values.constFind(m_key);
        if (it == p.values.constEnd()) continue;
        steps << double(p.step);
        values << *it;
    }
    const qsizetype old = curve.values.size();
    if (values.size() == old && steps == curve.steps && values == curve.values) return; // nothing new for this metric
    // Points only appended, none thinned yet: append them (the EMA is causal, so earlier
    // smoothed values do not change). Far cheaper than replacing every point.
    const bool appendOnly = old > 0 && values.size() > old && 2 * values.size() <= kMaxDrawn &&
                            std::equal(curve.steps.begin(), curve.steps.end(), steps.begin()) && !m_log;
    curve.steps = steps;
    curve.values = values;
    if (appendOnly) {
        QVector<double> smooth = debiasedEma(values, m_weight);
        QList<QPointF> raw, smoothed;
        for (qsizetype i = old; i < values.size(); ++i) {
            if (!std::isfinite(values[i])) continue;
            raw << QPointF(steps[i], values[i]);
            smoothed << QPointF(steps[i], smooth[i]);
        }
        curve.raw->append(raw);
        curve.smooth->append(smoothed);
        rescale();
        return;
    }
    QColor faint = color;
    faint.setAlpha(60);
    curve.raw->setPen(QPen(faint, 1));
    curve.smooth->setPen(QPen(color, 2));
    redraw(curve);
    rescale();
}

void MetricChart::removeRun(int id)
{
    auto it = m_curves.find(id);
    if (it == m_curves.end()) return;
    chart()->removeSeries(it->raw);
    chart()->removeSeries(it->smooth);
    delete it->raw;
    delete it->smooth;
    m_curves.erase(it);
    rescale();
}

void MetricChart::redraw(Curve& curve)
{
    curve.raw->replace(thinned(curve.steps, curve.values, m_log));
    curve.smooth->replace(thinned(curve.steps, debiasedEma(curve.values, m_weight), m_log));
}

void MetricChart::rescale()
{
    double x0 = 0, x1 = 1, y0 = INFINITY, y1 = -INFINITY;
    bool any = false;
    for (const Curve& c : m_curves) {
        for (int i = 0; i < c.values.size(); ++i) {
            if (!std::isfinite(c.values[i]) || (m_log && c.values[i] <= 0)) continue;
            x0 = any ? std::min(x0, c.steps[i]) : c.steps[i];
            x1 = any ? std::max(x1, c.steps[i]) : c.steps[i];
            y0 = std::min(y0, c.values[i]);
            y1 = std::max(y1, c.values[i]);
            any = true;
        }
    }
    if (!any) y0 = 0, y1 = 1;
    if (y1 - y0 < 1e-9 * std::max(1.0, std::abs(y1))) { // a single value: give it room
        double pad = std::max(std::abs(y1) * 0.05, 0.5);
        y0 -= pad;
        y1 += pad;
    }
    if (x1 <= x0) x0 = std::max(0.0, x0 - 1), x1 = x0 + 2;
    // Re-layout only when the data left the axes: axis changes are the costly part.
    if (x0 < m_x->min() || x1 > m_x->max() || m_x->max() - m_x->min() > 2.5 * (x1 - x0)) {
        m_x->setRange(x0, x0 + (x1 - x0) * 1.1);
        m_x->applyNiceNumbers();
    }
    if (m_log) {
        m_yLog->setRange(std::max(1e-6, y0 * 0.8), std::max(std::max(1e-6, y0 * 0.8) * 10, y1 * 1.25));
    } else if (y0 < m_yLinear->min() || y1 > m_yLinear->max() || m_yLinear->max() - m_yLinear->min() > 3 * (y1 - y0)) {
        double pad = std::max(1e-6, (y1 - y0) * 0.05);
        m_yLinear->setRange(y0 - pad, y1 + pad);
        m_yLinear->applyNiceNumbers();
    }
}

void MetricChart::setSmoothing(double weight)
{
    m_weight = std::clamp(weight, 0.0, 0.999);
    for (Curve& c : m_curves) redraw(c);
}

void MetricChart::setLogScale(bool on)
{
    if (on == m_log) return;
    QAbstractAxis* from = m_log ? static_cast<QAbstractAxis*>(m_yLog) : m_yLinear;
    QAbstractAxis* to = on ? static_cast<QAbstractAxis*>(m_yLog) : m_yLinear;
    m_log = on;
    for (Curve& c : m_curves) {
        c.raw->detachAxis(from);
        c.smooth->detachAxis(from);
    }
    chart()->removeAxis(from);
    chart()->addAxis(to, Qt::AlignLeft);
    for (Curve& c : m_curves) {
        c.raw->attachAxis(to);
        c.smooth->attachAxis(to);
        redraw(c);
    }
    rescale();
}

int MetricChart::pointCount(int id) const { return m_curves.contains(id) ? int(m_curves[id].values.size()) : 0; }

QVector<double> MetricChart::smoothed(int id) const
{
    return m_curves.contains(id) ? debiasedEma(m_curves[id].values, m_weight) : QVector<double>();
}

void MetricChart::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    if (m_curves.isEmpty()) return;
    const double step = chart()->mapToValue(event->position()).x();
    QStringList parts;
    for (const Curve& c : m_curves) {
        if (c.steps.isEmpty()) continue;
        auto it = std::lower_bound(c.steps.begin(), c.steps.end(), step);
        int i = int(std::clamp<qsizetype>(it - c.steps.begin(), 0, c.steps.size() - 1));
        if (i > 0 && std::abs(c.steps[i - 1] - step) < std::abs(c.steps[i] - step)) --i;
        QVector<double> smooth = debiasedEma(c.values, m_weight);
        parts << tr("<span style='color:%1'>■</span> %2 @ %3: %4 (raw %5)")
                     .arg(c.color.name(), c.name.toHtmlEscaped())
                     .arg(qint64(c.steps[i]))
                     .arg(smooth[i], 0, 'g', 4)
                     .arg(c.values[i], 0, 'g', 4);
    }
    m_readout = parts.join(QStringLiteral("<br>"));
    setToolTip(m_readout);
}

void MetricChart::leaveEvent(QEvent* event)
{
    m_readout.clear();
    setToolTip(QString());
    QChartView::leaveEvent(event);
}

} // namespace dddg
