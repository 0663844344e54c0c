#pragma once
// What `dddg train`'s two branches (DDDG and the baselines) share.
#include "cli_args.h"

#include <atomic>
#include <vector>

namespace dddg::cli {

/// Every flag of `dddg train` (both branches take the same list).
const std::vector<FlagSpec>& trainFlags();
/// Set by SIGINT/SIGTERM while a run is going: the loop stops after the current step and saves.
std::atomic<bool>& trainStopFlag();
void onTrainSignal(int signal);
/// `dddg train --method ddpm|dae|daed|cold`.
int runBaselineTrain(const CliArgs& args);

} // namespace dddg::cli
