#pragma once
// `dddg bench --only photo`: a colour photo at its own size through the comparison pipeline,
// the way `dddg compare --image` runs it (filters whole, networks in blended tiles, DIP at
// its working scale): one JSON line per method with its seconds, PSNR and the process's peak
// RSS so far.
#include "cli_args.h"

#include <torch/types.h>

namespace dddg::cli {

void benchPhoto(const CliArgs& args, const torch::Device& device);

} // namespace dddg::cli
