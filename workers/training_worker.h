#pragma once
// The training run of the GUI: a QObject on its own thread (WorkerThread) that drives the
// Qt-free Trainer. start() queues the run onto that thread, where it runs until done;
// pause, resume, stop, "snapshot for the explorer" and the fault injection that corrupts the
// weights are atomics the loop reads between cycles, so the GUI never waits for a lock.
// Everything else leaves as queued signals carrying value types.
#include "result.h"
#include "training_types.h"

#include <QObject>

#include <atomic>

class QThread;

namespace dddg {

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    /// Starts a run with `request` (ignored while one is running).
    void start(const TrainingRequest& request);
    void pause() { m_paused = true; }
    void resume() { m_paused = false; }
    /// Ends the run after the current cycle; the trainer writes its final checkpoint.
    void stop() { m_stop = true; }
    /// Writes the current weights to RUN_DIR/explorer-snapshot.ckpt between two cycles,
    /// without stopping, and reports it with snapshotReady().
    void requestSnapshot() { m_snapshot = true; }
    /// Fault injection (the NaN guard's tests): fills the generator's weights with NaN
    /// before the next cycle, which the run must survive with its last good checkpoint.
    void injectNonFiniteWeights() { m_injectFault = true; }
    bool isRunning() const { return m_running; }
    QThread* lastWorkThread() const { return m_workThread.load(); }

Q_SIGNALS:
    void stateChanged(dddg::RunState state, const QString& message);
    void runStarted(const QString& runDir, qint64 totalCycles, const QString& description);
    void progress(const dddg::TrainingProgress& progress);
    /// One metrics.jsonl line, in the order they are written.
    void metric(const dddg::MetricPoint& point);
    void checkpointSaved(const QString& path, qint64 step);
    void filmFrame(const dddg::FilmFrame& frame);
    void snapshotReady(const QString& path);
    /// What the run's evaluations measure: "FID (LeNet)", "FID (emoji classifier)", "SWD (network-free)".
    void fidMetricNamed(const QString& name);
    void fidStarted(qint64 step);
    void fidProgress(qint64 step, qint64 done, qint64 total);
    void fidFinished(qint64 step, double fid);
    void fidFailed(qint64 step, const QString& message);

private:
    class Observer;
    void run(const TrainingRequest& request);
    /// The run in this process; the closing note (empty, or where a stopped run ended).
    Result<QString> trainHere(const TrainingRequest& request);

    std::atomic<bool> m_running{false};
    std::atomic<bool> m_paused{false};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_snapshot{false};
    std::atomic<bool> m_injectFault{false};
    std::atomic<QThread*> m_workThread{nullptr};
};

/// Registers the training value types for queued connections.
void registerTrainingTypes();

} // namespace dddg
