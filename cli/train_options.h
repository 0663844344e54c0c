#pragma once
// `dddg train`'s flags and the one mapping from them to DDDG's TrainerConfig. The command
// line parses its own arguments with it; the GUI's training worker states a run as the same
// arguments (trainArguments) and parses them here, so both train with the same settings.
#include "cli_args.h"
#include "dataset.h"
#include "trainer_config.h"

#include <vector>

namespace dddg::cli {

/// Every flag of `dddg train` (DDDG and the baselines take the same list).
const std::vector<FlagSpec>& trainFlags();
/// DDDG's settings from `dddg train`'s flags; CliError for a bad value. With --conditional
/// the class count is −1 until the dataset is known (loadTrainingSet fills it in).
TrainerConfig trainerConfigFrom(const CliArgs& args);
/// The training split of `dataset` (--size and --channels for image folders); CliError when
/// it cannot be read.
/// t_max and the blur σ for the data's side (degradationForSide), where --tmax, --sigma-max or
/// --sigma-min do not say otherwise.
void fitDegradationToSide(const CliArgs& args, DegradationConfig& degradation, int64_t side);

Dataset loadTrainingSplit(const CliArgs& args, const std::string& dataset, const std::string& dataDir);
/// DDDG's training split; completes a conditional `config` with the dataset's class count.
Dataset loadTrainingSet(const CliArgs& args, TrainerConfig& config);

} // namespace dddg::cli
