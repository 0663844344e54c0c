#pragma once
// Follows a run directory written by anyone (this window, `dddg train` in a terminal, a GPU
// server synced here): new metrics.jsonl lines as they are appended (a partial last line
// waits until it is complete) and new checkpoints, each turned into a film frame. Lives on
// a worker thread and polls a few times a second.
#include "training_types.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace dddg {

class FlatJson;
class MetricsFollower;

/// One metrics.jsonl line as a point: `step`, `wall_s`, and every other number it holds.
MetricPoint toMetricPoint(const FlatJson& line);

class RunFollower : public QObject {
    Q_OBJECT
public:
    explicit RunFollower(const QString& runDir, int pollMs = 300, QObject* parent = nullptr);
    ~RunFollower() override;
    QString runDir() const { return m_dir; }

    /// Begins polling (call through the worker's thread, e.g. with invokeMethod).
    void start();
    /// Polls once now (tests; the timer does it otherwise).
    void poll();

Q_SIGNALS:
    void metricsAppended(const QVector<dddg::MetricPoint>& points);
    /// A new latest.ckpt: its step, the total cycles planned, and the film frame.
    void checkpointSeen(const QString& path, qint64 step, qint64 plannedCycles);
    void filmFrame(const dddg::FilmFrame& frame);
    void failed(const QString& message);

private:
    void pollCheckpoint();

    QString m_dir;
    QTimer* m_timer;
    std::unique_ptr<MetricsFollower> m_metrics;
    QDateTime m_checkpointTime;
    qint64 m_checkpointSize = -1;
    bool m_reportedMissing = false;
};

} // namespace dddg
