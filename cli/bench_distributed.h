#pragma once
// `dddg bench --nproc N`: data-parallel training with 1..N local processes, measured the
// way a user runs it (`dddg train --nproc n` on MNIST), with the share of each cycle spent
// in collectives and the gradient volume they move.
#include "trainer_config.h"

#include <cstdint>

namespace dddg::cli {

/// Prints one JSON line per process count and one with the speed-up of N over 1.
/// `gradientFloats` is what one cycle all-reduces (t_max × (|G| + |D|) parameters).
void benchDataParallel(const TrainerConfig& config, int maxProcesses, int64_t cycles, int64_t gradientFloats);

} // namespace dddg::cli
