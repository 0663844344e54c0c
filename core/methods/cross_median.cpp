#include "methods/cross_median.h"

#include <torch/torch.h>

namespace dddg {

torch::Tensor crossMedian(const torch::Tensor& images, int64_t size)
{
    TORCH_CHECK(size >= 3 && size % 2 == 1 && images.dim() == 4, "crossMedian needs [N, C, H, W] and an odd size ≥ 3");
    const int64_t r = size / 2, H = images.size(2), W = images.size(3);
    TORCH_CHECK(H > r && W > r, "crossMedian: the image is smaller than the window");
    namespace F = torch::nn::functional;
    auto padded = F::pad(images, F::PadFuncOptions({r, r, r, r}).mode(torch::kReflect));
    std::vector<torch::Tensor> window;
    for (int64_t d = -r; d <= r; ++d) {
        window.push_back(padded.narrow(2, r + d, H).narrow(3, r, W)); // column through the centre
        if (d != 0) window.push_back(padded.narrow(2, r, H).narrow(3, r + d, W)); // row
    }
    return std::get<0>(torch::stack(window).median(0)); // an odd count: the true median
}

} // namespace dddg
