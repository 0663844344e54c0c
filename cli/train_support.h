#pragma once
// What `dddg train`'s two branches (DDDG and the baselines) share.
#include "cli_args.h"

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
/// `dddg train --method ddpm|dae|daed|cold`.
int runBaselineTrain(const CliArgs& args);

} // namespace dddg::cli
