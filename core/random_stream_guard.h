#pragma once
// Building a network draws its initial weights from LibTorch's default CPU generator. Code
// that builds helper networks (a classifier, a model snapshot) while a seeded run is in
// progress wraps that in this guard, so the run draws the same numbers as without it.
#include <ATen/CPUGeneratorImpl.h>

namespace dddg {

/// Saves the default CPU generator's state and puts it back when it goes out of scope.
/// Use it on the thread that owns the random stream (the training thread).
class RandomStreamGuard {
public:
    RandomStreamGuard() : m_generator(at::detail::getDefaultCPUGenerator()), m_state(m_generator.get_state()) {}
    ~RandomStreamGuard() { m_generator.set_state(m_state); }
    RandomStreamGuard(const RandomStreamGuard&) = delete;
    RandomStreamGuard& operator=(const RandomStreamGuard&) = delete;

private:
    at::Generator m_generator;
    at::Tensor m_state;
};

} // namespace dddg
