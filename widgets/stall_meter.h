#pragma once
// Measures how long the GUI thread goes without running its event loop: a 10 ms timer
// notes how late each tick comes. The training monitor shows the worst recent stall.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace dddg {

class StallMeter : public QObject {
    Q_OBJECT
public:
    explicit StallMeter(QObject* parent = nullptr);
    /// Longest stall (ms) since construction or the last reset.
    double worstMs() const { return m_worst; }
    /// Longest stall in the last few seconds.
    double recentMs() const { return m_recentWorst; }
    void reset();
    /// How late each tick came since the last reset (ms), for percentiles.
    const QVector<double>& lateness() const { return m_lateness; }

signals:
    void updated(double recentMs, double worstMs);

private:
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0, m_recentWorst = 0, m_window = 0;
    qint64 m_windowStart = 0;
    QVector<double> m_lateness;
};

} // namespace dddg
