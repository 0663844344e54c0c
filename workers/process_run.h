#pragma once
// A training run of several processes started from the GUI: `dddg train … --nproc N` as a
// child process (data-parallel training lives in separate processes, SPEC §9), followed
// through its run folder like any run, and reported through the TrainingWorker's signals.
#include "training_types.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace dddg {

class TrainingWorker;

/// The `dddg` command line: $DDDG_CLI, beside this executable, in the build tree, or on PATH.
QString dddgCommandLine();
/// The arguments of `dddg train` for `request` (with --nproc when it asks for processes).
QStringList trainArguments(const TrainingRequest& request);

/// The wishes the GUI can send a running multi-process run (pause is not one of them: the
/// ranks' collective timeouts would end a paused run).
struct ProcessRunControl {
    const std::atomic<bool>& stop;
    std::atomic<bool>& snapshot;
};

/// Runs `request` as `dddg train --nproc N` until it ends, emitting `worker`'s runStarted,
/// stateChanged (Running, Stopping), progress, metric, checkpointSaved, filmFrame,
/// snapshotReady and fidFinished. A stop sends SIGTERM: the ranks stop at one cycle and
/// rank 0 checkpoints. Returns Finished or Failed, with `message` saying why.
RunState runInProcesses(TrainingWorker* worker, const TrainingRequest& request, ProcessRunControl control, QString& message);

} // namespace dddg
