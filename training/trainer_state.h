#pragma once
// What both training loops keep beside the weights so a resumed run repeats the
// uninterrupted one: the optimiser states, the CPU random stream and the wall time spent.
#include "result.h"

#include <torch/optim/optimizer.h>
#include <torch/types.h>

#include <string>
#include <utility>
#include <vector>

namespace dddg {

/// Seconds a run has spent, across all of its sessions.
class RunClock {
public:
    RunClock();
    double seconds() const;
    /// Continues from `earlierSeconds` spent by previous sessions.
    void resumeFrom(double earlierSeconds);

private:
    double m_before = 0, m_start = 0;
};

using NamedOptimizers = std::vector<std::pair<std::string, torch::optim::Optimizer*>>;

/// The optimisers (by name), the default CPU generator's state and the clock, as bytes.
std::string saveTrainerState(const NamedOptimizers& optimizers, const RunClock& clock);
/// Restores what saveTrainerState wrote; an empty string is a file exported for inference.
Status restoreTrainerState(const std::string& bytes, const NamedOptimizers& optimizers, const torch::Device& device, RunClock& clock);

} // namespace dddg
