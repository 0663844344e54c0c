#pragma once
// Measurements of how much the latents carry (issue: "make the latents matter"): the
// encoder's error per step on the model's own samples, and how varied samples of one class
// are next to real images of that class.
#include "dataset.h"
#include "dddg_model.h"
#include "trajectory.h"

#include <vector>

namespace dddg {

/// L_enc_t = mean(((z_t − E(x'_{t+1}, t+1)) ∘ s_t)²) for t = 0..t_max−1, on `n` samples of
/// the EMA generator from `seed`, encoded by the EMA encoder: 0 when the encoder recovers
/// z_t, 1 when it predicts nothing (Σ s_t² = d_z).
std::vector<double> encoderErrorPerStep(DddgModel& model, int64_t n, uint64_t seed);

/// L_enc_t of one step of a trajectory the model rendered (labels as it used them), on the
/// model's device; differentiable in the EMA encoder when gradients are on.
torch::Tensor encoderErrorAt(DddgModel& model, const Trajectory& trajectory, int64_t t, const torch::Tensor& labels);

/// Mean L2 distance over all pairs of images [N, C, H, W] (N ≥ 2).
double meanPairwiseDistance(const torch::Tensor& images);

/// Per class: mean pairwise distance of `perClass` samples of that class over that of (up
/// to) `perClass` real images of the class in `data` — 1 when samples vary as much as the
/// data. One entry (the whole set) for unconditional models.
std::vector<double> diversityRatioPerClass(DddgModel& model, const Dataset& data, int64_t perClass, uint64_t seed);

} // namespace dddg
