#pragma once
// Tensors in, GUI values out (and back for latent codes). Used only on the engine's thread.
#include "explorer_types.h"
#include "trajectory.h"

#include <torch/types.h>

#include <vector>

namespace dddg {

struct Dataset;

/// The classes of `dataset` as users read them (Fashion-MNIST's garments translated).
QStringList displayClassNames(const std::string& dataset, int64_t count);
/// The classes of loaded data: a folder's or CIFAR-10's own names, else as above.
QStringList displayClassNames(const Dataset& data);

/// [C, H, W] in [−1, 1] (C = 1 or 3) → an 8-bit image that owns its pixels.
QImage toImage(const torch::Tensor& image);
/// An image → [1, channels, size, size] in [−1, 1] (gray or RGB; resized when needed).
torch::Tensor fromImage(const QImage& image, int64_t size, int64_t channels);
/// A pasted or dropped picture at its own size [1, C, H, W] in [−1, 1]: grey stays grey,
/// anything else is RGB; alpha over white.
torch::Tensor fromImageAtOwnSize(const QImage& image);

/// Row b of a trajectory's latents (and label) as a code.
LatentCode codeOf(const Trajectory& trajectory, int64_t b);
/// Codes → latents [t_max, B, d_z] and labels [B] (undefined when every label is −1).
torch::Tensor latentsOf(const QVector<LatentCode>& codes);
torch::Tensor labelsOf(const QVector<LatentCode>& codes);

/// Images of every state; PSNR/SSIM of x'_t against `forward[t]` ([1, C, H, W] each) when
/// `forward` is not empty. With `reuse` (frames of the same batch whose states up to x'_k
/// are unchanged), images and metrics of t ≤ k are copied instead of recomputed.
TrajectoryFrames toFrames(const Trajectory& trajectory, const std::vector<torch::Tensor>& forward,
                          const TrajectoryFrames* reuse = nullptr, int k = 0);

} // namespace dddg
