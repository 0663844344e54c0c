#include "stall_meter.h"

namespace dddg {
namespace {
constexpr int kTickMs = 10;
constexpr qint64 kWindowMs = 5000;
} // namespace

StallMeter::StallMeter(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    m_clock.start();
    m_timer.start();
}

void StallMeter::reset()
{
    m_worst = m_recentWorst = m_window = 0;
    m_lateness.clear();
    m_last = m_clock.elapsed();
    m_windowStart = m_last;
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    if (m_last > 0) {
        double late = double(now - m_last - kTickMs);
        m_window = std::max(m_window, late);
        if (m_lateness.size() < 1000000) m_lateness << late;
        m_worst = std::max(m_worst, late);
    }
    m_last = now;
    if (now - m_windowStart >= kWindowMs) {
        m_recentWorst = m_window;
        m_window = 0;
        m_windowStart = now;
        emit updated(m_recentWorst, m_worst);
    }
}

} // namespace dddg
