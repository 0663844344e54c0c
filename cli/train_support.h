#pragma once
// What `dddg train`'s two branches (DDDG and the baselines) share.
#include "cli_args.h"
#include "commands.h"
#include "data_parallel.h"
#include "result.h"
#include "training_observer.h"

#include <cstdio>

#include <atomic>
#include <vector>

namespace dddg::cli {

/// Every flag of `dddg train` (both branches take the same list).
const std::vector<FlagSpec>& trainFlags();
/// Set by SIGINT, SIGTERM or SIGHUP while a run is going: the loop stops after the current
/// step and writes a checkpoint.
std::atomic<bool>& trainStopFlag();
/// Installs (or removes) the handlers of those three signals.
void catchStopSignals(bool on);
/// 128 + the signal that stopped the run (130, 143, 129), or 0 when none did.
int stoppedExitCode();
/// The observer of ranks other than 0: rank 0 reports for the run.
struct SilentObserver : TrainingObserver {
    void finish() {}
};
/// " (N processes)" for a data-parallel run, else "".
inline std::string processesNote(const DataParallel& parallel)
{
    return parallel.distributed() ? " (" + std::to_string(parallel.worldSize()) + " processes)" : "";
}
/// Runs `trainer` with the stop signals caught, then reports where it ended ("cycle" or
/// "step" names the unit) and returns the exit code (0, or 128 + the stopping signal).
/// Of a data-parallel run, rank 0 reports; an error names the rank.
template <typename TrainerT, typename ObserverT>
int runCatchingSignals(TrainerT& trainer, ObserverT& observer, const char* unit)
{
    catchStopSignals(true);
    Status status = trainer.run(&observer, &trainStopFlag());
    observer.finish();
    catchStopSignals(false);
    const auto& parallel = trainer.parallel();
    if (!status)
        throw CliError(parallel.distributed() ? "rank " + std::to_string(parallel.rank()) + ": " + status.error().message
                                              : status.error().message);
    if (!parallel.isLeader()) return stoppedExitCode();
    std::fprintf(stderr, "%s at %s %lld: checkpoint %s, metrics %s\n", trainStopFlag().load() ? "stopped" : "done", unit,
                 (long long)trainer.step(), trainer.latestCheckpointPath().c_str(), trainer.metricsPath().c_str());
    return stoppedExitCode();
}

/// `dddg train --method ddpm|dae|daed|cold`.
int runBaselineTrain(const CliArgs& args, const Argv& argv);

} // namespace dddg::cli
