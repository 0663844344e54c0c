#include "image_grid.h"

#include <torch/torch.h>

namespace dddg {

torch::Tensor tileRows(const std::vector<torch::Tensor>& rows, int64_t gap, int64_t zoom)
{
    TORCH_CHECK(!rows.empty(), "tileRows needs at least one row");
    const int64_t C = rows[0].size(1), H = rows[0].size(2), W = rows[0].size(3);
    int64_t columns = 0;
    for (const auto& row : rows) columns = std::max(columns, row.size(0));
    const int64_t outH = int64_t(rows.size()) * (H + gap) + gap, outW = columns * (W + gap) + gap;
    auto canvas = torch::zeros({C, outH, outW}); // 0 is mid-grey in [−1, 1]
    for (size_t r = 0; r < rows.size(); ++r) {
        auto row = rows[r].detach().to(torch::kCPU, torch::kFloat32).clamp(-1, 1);
        for (int64_t i = 0; i < row.size(0); ++i) {
            int64_t y = gap + int64_t(r) * (H + gap), x = gap + i * (W + gap);
            canvas.narrow(1, y, H).narrow(2, x, W).copy_(row[i]);
        }
    }
    if (zoom > 1) canvas = canvas.repeat_interleave(zoom, 1).repeat_interleave(zoom, 2);
    return canvas;
}

torch::Tensor trajectoryGrid(const torch::Tensor& states, int64_t gap, int64_t zoom)
{
    TORCH_CHECK(states.dim() == 5, "trajectoryGrid expects [T, B, C, H, W]");
    std::vector<torch::Tensor> rows;
    for (int64_t b = 0; b < states.size(1); ++b) rows.push_back(states.select(1, b));
    return tileRows(rows, gap, zoom);
}

} // namespace dddg
