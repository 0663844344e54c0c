#pragma once
// The GUI's TrainingRequest as `dddg train` arguments: the one mapping from the training
// monitor's options to a run. A run of several processes passes them to the command line;
// a run in this window parses them back with the command line's own parser
// (cli/train_options.h), so both train with the same settings.
#include "training_types.h"

#include <QStringList>

namespace dddg {

/// The arguments of `dddg train` for `request`, starting with "train" (with --nproc when it
/// asks for processes).
QStringList trainArguments(const TrainingRequest& request);

} // namespace dddg
