#pragma once
// A training run of several processes started from the GUI: `dddg train … --nproc N` as a
// child process (data-parallel training lives in separate processes, SPEC §9), followed
// through its run folder like any run, and reported to whoever started it (the TrainingWorker
// turns the reports into its signals).
#include "result.h"
#include "training_types.h"

#include <QString>

#include <atomic>

namespace dddg {

/// The `dddg` command line: $DDDG_CLI, beside this executable, in the build tree, or on PATH.
QString dddgCommandLine();

/// What a run of several processes reports while it goes, named like the TrainingWorker's
/// signals they become.
class ProcessRunReport {
public:
    virtual ~ProcessRunReport() = default;
    virtual void runStarted(const QString& runDir, qint64 totalCycles, const QString& description) = 0;
    virtual void stateChanged(RunState state) = 0;
    virtual void progress(const TrainingProgress& progress) = 0;
    virtual void metric(const MetricPoint& point) = 0;
    virtual void checkpointSaved(const QString& path, qint64 step) = 0;
    virtual void filmFrame(const FilmFrame& frame) = 0;
    virtual void snapshotReady(const QString& path) = 0;
    virtual void fidFinished(qint64 step, double fid) = 0;
    virtual void fidMetricNamed(const QString& name) = 0;
};

/// The wishes the GUI can send a running multi-process run (pause is not one of them: the
/// ranks' collective timeouts would end a paused run).
struct ProcessRunControl {
    const std::atomic<bool>& stop;
    std::atomic<bool>& snapshot;
};

/// Runs `request` as `dddg train --nproc N` until it ends, telling `report` as it goes. A stop
/// sends SIGTERM: the ranks stop at one cycle and rank 0 checkpoints. The closing note (empty,
/// or where a stopped run ended), or an Error with the run's own error line.
Result<QString> runInProcesses(ProcessRunReport& report, const TrainingRequest& request, ProcessRunControl control);

} // namespace dddg
