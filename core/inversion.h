#pragma once
// Inversion (paper Algorithm 3) and the step-wise latent refinement of design §3.
#include "result.h"
#include "trajectory.h"

#include <functional>

namespace dddg {

struct RefineOptions {
    int64_t steps = 0;          ///< optimiser iterations per timestep; 0 = encoder only
    double learningRate = 0.3;  ///< Adam step size on z_t (docs/results.md: 0.05 → 0.3 gave +3 dB)
    double priorWeight = 1e-4;  ///< weight of mean(z_t²): keeps z_t from running far off N(0, I)
};

/// Called after each refinement iteration with (done, total); return false to cancel.
using RefineProgress = std::function<bool(int64_t done, int64_t total)>;

/// z_t = D_enc(reduce_info(x, t+1), t+1) for t = 0..t_max−1 (EMA encoder): [t_max, B, d_z].
torch::Tensor encodeLatents(DddgModel& model, const torch::Tensor& images, const torch::Tensor& labels = {});

/// Step by step in t, optimises z_t from `initial` so that x'_{t+1} matches
/// reduce_info(x, t+1), each step starting from the refined x'_t. Returns the refined
/// trajectory, or cancelledError() when `progress` returns false.
Result<Trajectory> refineLatents(DddgModel& model, const torch::Tensor& images, const torch::Tensor& initial,
                         const torch::Tensor& labels, const RefineOptions& options, const RefineProgress& progress = {});

struct Inversion {
    torch::Tensor target;  ///< [B, C, H, W]: the inverted images
    Trajectory encoder;    ///< reconstruction from the encoder's latents
    Trajectory refined;    ///< after refinement (equals `encoder` when steps = 0)
};

/// Encoder inversion, then refinement when options.steps > 0; cancelledError() when cancelled.
Result<Inversion> invert(DddgModel& model, const torch::Tensor& images, const torch::Tensor& labels = {},
                         const RefineOptions& options = {}, const RefineProgress& progress = {});

} // namespace dddg
