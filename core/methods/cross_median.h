#pragma once
// The median over a plus-shaped window: the centre row and column of a size × size square
// (2·size − 1 pixels). Unlike a square window it keeps strokes one or two pixels wide, which a
// 3 × 3 square median erodes (docs/compare.md); OpenCV's medianBlur has square windows only.
#include <torch/types.h>

namespace dddg {

/// images [N, C, H, W]; size odd, ≥ 3; borders reflected (OpenCV's BORDER_REFLECT101).
torch::Tensor crossMedian(const torch::Tensor& images, int64_t size);

} // namespace dddg
