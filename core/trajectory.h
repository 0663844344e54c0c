#pragma once
// Sampling (paper Algorithm 2): the whole trajectory, not only the final image.
#include "dddg_model.h"

#include <cstdint>

namespace dddg {

/// Every state of one reverse run; the layout of the Python export (design §5).
struct Trajectory {
    torch::Tensor xPrime; ///< [t_max+1, B, C, H, W]: x'_0 .. x'_{t_max}
    torch::Tensor xNorm;  ///< [t_max, B, C, H, W]: x_norm_1 .. x_norm_{t_max}
    torch::Tensor z;      ///< [t_max, B, d_z]: the unscaled latents z_t
    torch::Tensor scale;  ///< [t_max, d_z]: s_t used
    torch::Tensor labels; ///< [B] int64, or undefined for unconditional models

    int64_t batch() const { return z.size(1); }
    /// The clean end of the chain, x'_{t_max}: [B, C, H, W].
    torch::Tensor result() const { return xPrime[xPrime.size(0) - 1]; }
};

/// z ~ N(0, I) of shape [t_max, B, d_z], drawn on the CPU from `seed` so that a seed names
/// the same latents on every device.
torch::Tensor drawLatents(const ModelConfig& config, int64_t batch, uint64_t seed);

/// Runs the EMA generator from x'_0 with the given latents z [t_max, B, d_z].
Trajectory renderTrajectory(DddgModel& model, const torch::Tensor& z, const torch::Tensor& labels = {});

/// Keeps `base` up to state x'_k and recomputes steps k..t_max−1 with latents `z`
/// (rows < k of z are ignored): branching without recomputing the past.
Trajectory continueTrajectory(DddgModel& model, const Trajectory& base, int64_t k, const torch::Tensor& z);

/// Algorithm 2 with fresh latents from `seed`.
Trajectory sample(DddgModel& model, int64_t batch, uint64_t seed, const torch::Tensor& labels = {});

} // namespace dddg
