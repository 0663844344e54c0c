#pragma once
// What `dddg train`'s two branches (DDDG and the baselines) share.
#include "cli_args.h"
#include "result.h"

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
/// Runs `trainer` with the stop signals caught, then reports where it ended ("cycle" or
/// "step" names the unit) and returns the exit code (0, or 128 + the stopping signal).
template <typename TrainerT, typename ObserverT>
int runCatchingSignals(TrainerT& trainer, ObserverT& observer, const char* unit)
{
    catchStopSignals(true);
    Status status = trainer.run(&observer, &trainStopFlag());
    observer.finish();
    catchStopSignals(false);
    if (!status) throw CliError(status.error().message);
    std::fprintf(stderr, "%s at %s %lld: checkpoint %s, metrics %s\n", trainStopFlag().load() ? "stopped" : "done", unit,
                 (long long)trainer.step(), trainer.latestCheckpointPath().c_str(), trainer.metricsPath().c_str());
    return stoppedExitCode();
}

/// `dddg train --method ddpm|dae|daed|cold`.
int runBaselineTrain(const CliArgs& args);

} // namespace dddg::cli
