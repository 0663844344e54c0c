#pragma once
// A grid of images with a header over each column and a caption under each tile (OpenCV's
// Hershey font); without OpenCV the same grid is drawn without text.
#include <torch/types.h>

#include <string>
#include <vector>

namespace dddg {

struct GridColumn {
    std::string header;                ///< over the column
    torch::Tensor images;              ///< [R, C, H, W] in [−1, 1], one per row
    std::vector<std::string> captions; ///< one per row, or empty
};

/// Columns left to right, rows top to bottom; pixels repeated `zoom` times. Returns an 8-bit
/// picture [C, H', W'] (uint8): colour when the first column is, else grey.
torch::Tensor labelledGrid(const std::vector<GridColumn>& columns, int64_t zoom = 3);

} // namespace dddg
