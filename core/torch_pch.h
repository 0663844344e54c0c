#pragma once
// Precompiled header shared by every engine target: LibTorch headers are the slow part.
#include <torch/torch.h>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>
