#pragma once
// DDPM generation: ancestral steps with the ε-predictor (EMA weights) from pure noise at
// t = T, or — TDPM (Zheng et al., truncated diffusion) — from the truncation step K, where
// an implicit generator's sample stands in for x_K and only K reverse steps remain.
#include "baseline_model.h"
#include "result.h"

#include <functional>
#include <vector>

namespace dddg {

struct DdpmTrajectory {
    torch::Tensor states; ///< [S, B, C, H, W]: the kept states, first x_start, last x_0, CPU
    std::vector<int64_t> steps; ///< t of each kept state, descending to 0
    torch::Tensor samples() const { return states[states.size(0) - 1]; }
};

/// Where the reverse chain starts: step 0 means T with x_T ~ N(0, I); otherwise step K with
/// `state` = x_K [B, C, H, W] (see diffuseTo).
struct DdpmStart {
    int64_t step = 0;
    torch::Tensor state;
};

/// x_K = √ᾱ_K·x̂₀ + √(1 − ᾱ_K)·ε, ε drawn from `seed`: clean samples x̂₀ of an implicit
/// generator carried to the truncation step, a sample of q(x_K) as far as x̂₀ follows the data.
torch::Tensor diffuseTo(const NoiseSchedule& schedule, const torch::Tensor& x0, int64_t step, uint64_t seed);

/// `progress(done, total)` after each step; return false to cancel (cancelledError()).
/// `keepSteps`: the t values whose states are kept (empty: every state); the start and
/// x_0 are always kept.
Result<DdpmTrajectory> ddpmGenerate(BaselineModel& model, int64_t batch, uint64_t seed,
                                    const std::function<bool(int64_t, int64_t)>& progress = {},
                                    const DdpmStart& start = {}, const std::vector<int64_t>& keepSteps = {});

/// `count` steps evenly spaced from `start` down to 0 (both included): the columns of a grid.
std::vector<int64_t> evenlySpacedSteps(int64_t start, int64_t count);

} // namespace dddg
