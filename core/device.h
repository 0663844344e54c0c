#pragma once
// Choosing where tensors live.
#include "result.h"

#include <torch/types.h>

#include <string>

namespace dddg {

/// "cpu" or "cuda" (also "cuda:N"). "cuda" without a usable CUDA device is an Error that
/// says whether this build lacks CUDA or the machine lacks a GPU.
Result<torch::Device> parseDevice(const std::string& name);

} // namespace dddg
