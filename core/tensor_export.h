#pragma once
// Dicts of tensors that Python reads with torch.load(path) (design §5).
#include "result.h"
#include "trajectory.h"

#include <map>
#include <string>

namespace dddg {

using TensorDict = std::map<std::string, torch::Tensor>;

/// Writes `tensors` with torch::pickle_save (CPU copies).
Status saveTensorDict(const std::string& path, const TensorDict& tensors);
/// Reads a file written by saveTensorDict (or torch.save of a dict of tensors).
Result<TensorDict> loadTensorDict(const std::string& path);

/// x_prime, x_norm, z, scale (and labels when conditional).
TensorDict trajectoryTensors(const Trajectory& trajectory);

} // namespace dddg
