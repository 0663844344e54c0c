#pragma once
// Shared fixtures: small models, temporary folders and the real datasets.
#include "dataset.h"
#include "dddg_model.h"

#include <string>

namespace dddg::test {

/// A tiny model (width 8, d_z 8) so engine tests stay fast on two cores.
ModelConfig tinyConfig(DegradationKind kind = DegradationKind::Blur, int64_t tMax = 6, int64_t numClasses = 0);

/// A fresh, empty folder under the system temp dir, removed at process exit.
std::string tempDir(const std::string& name);

/// Writes raw bytes to a file.
void writeBytes(const std::string& path, const std::string& bytes);
std::string readBytes(const std::string& path);

/// Where the real Fashion-MNIST and MNIST live (the Debian package; the repository's data/mnist).
std::string fashionMnistDir();
std::string mnistDir();

/// True when every parameter and buffer of two modules is bitwise equal.
bool sameWeights(torch::nn::Module& a, torch::nn::Module& b);

} // namespace dddg::test
