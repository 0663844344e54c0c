#pragma once
// Cold Diffusion's inpainting operator (its "defading" schedule): at step t the image is
// multiplied by m_t = Π_{i<t} (1 − G_i / max G_i), G_i a Gaussian around the hole's centre with
// σ_i = 0.1·(i + 1) pixels at 32×32 (in proportion at other sides), so the hole grows and its
// rim fades softly. 50 steps, as in the paper's MNIST command.
#include <torch/types.h>

namespace dddg {

constexpr int64_t kInpaintSteps = 50;

/// m_level [1, 1, H, W] in [0, 1] around (centreY, centreX) (pixel coordinates); level 0 is all ones.
torch::Tensor fadingMask(int64_t level, int64_t height, int64_t width, double centreY, double centreX);

/// The same for a batch, each image's hole at its own centre: centres [B, 2] (y, x) → [B, 1, H, W].
torch::Tensor fadingMasks(int64_t level, int64_t height, int64_t width, const torch::Tensor& centres);

} // namespace dddg
