#pragma once
// Shared fixtures: small models, temporary folders and the real datasets.
#include "dataset.h"
#include "dddg_model.h"

#include <cstdlib>
#include <optional>
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

/// Sets an environment variable for one scope, restoring the old value after.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : m_name(name)
    {
        if (const char* old = std::getenv(name)) m_old = old;
        ::setenv(name, value.c_str(), 1);
    }
    ~ScopedEnv()
    {
        if (m_old) ::setenv(m_name, m_old->c_str(), 1);
        else ::unsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

/// True when every parameter and buffer of two modules is bitwise equal.
bool sameWeights(torch::nn::Module& a, torch::nn::Module& b);

} // namespace dddg::test
