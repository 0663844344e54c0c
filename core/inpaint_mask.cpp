#include "inpaint_mask.h"

#include <torch/torch.h>

namespace dddg {

torch::Tensor fadingMasks(int64_t level, int64_t height, int64_t width, const torch::Tensor& centres)
{
    const auto options = torch::TensorOptions().dtype(torch::kFloat64);
    const int64_t B = centres.size(0);
    auto mask = torch::ones({B, 1, height, width}, options);
    if (level <= 0) return mask.to(torch::kFloat32);
    auto c = centres.to(torch::kFloat64);
    auto dy = torch::arange(height, options).view({1, 1, height, 1}) - c.select(1, 0).view({B, 1, 1, 1});
    auto dx = torch::arange(width, options).view({1, 1, 1, width}) - c.select(1, 1).view({B, 1, 1, 1});
    auto r2 = dy * dy + dx * dx;
    // The step σ is 0.1 px at 32×32: the hole keeps its relative size at other sides.
    const double scale = 0.1 * double(std::min(height, width)) / 32.0;
    for (int64_t i = 0; i < level; ++i) {
        const double sigma = scale * double(i + 1);
        mask *= 1.0 - torch::exp(-r2 / (2.0 * sigma * sigma)); // 1 − G/max G
    }
    return mask.to(torch::kFloat32);
}

torch::Tensor fadingMask(int64_t level, int64_t height, int64_t width, double centreY, double centreX)
{
    return fadingMasks(level, height, width, torch::tensor({{centreY, centreX}}, torch::kFloat64));
}

} // namespace dddg
