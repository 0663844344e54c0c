#pragma once
// DDPM generation from pure noise: T ancestral steps with the ε-predictor (EMA weights),
// keeping the whole trajectory x_T … x_0 so it can be scrubbed or exported.
#include "baseline_model.h"
#include "result.h"

#include <functional>

namespace dddg {

struct DdpmTrajectory {
    torch::Tensor states; ///< [T+1, B, C, H, W]: x_T (pure noise) … x_0, CPU
    torch::Tensor samples() const { return states[states.size(0) - 1]; }
};

/// `progress(done, total)` after each step; return false to cancel (cancelledError()).
Result<DdpmTrajectory> ddpmGenerate(BaselineModel& model, int64_t batch, uint64_t seed,
                                    const std::function<bool(int64_t, int64_t)>& progress = {});

} // namespace dddg
