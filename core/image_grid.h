#pragma once
// Tiles image batches into one picture for PNG export.
#include <torch/types.h>

#include <vector>

namespace dddg {

/// rows[r] is [N_r, C, H, W]; rows are stacked top to bottom, images left to right, with
/// `gap` pixels of mid-grey between cells, then every pixel is repeated `zoom` times.
/// Returns [C, H', W'] in [−1, 1].
torch::Tensor tileRows(const std::vector<torch::Tensor>& rows, int64_t gap = 2, int64_t zoom = 2);

/// A trajectory [T, B, C, H, W] as one row per batch element, time left to right.
torch::Tensor trajectoryGrid(const torch::Tensor& states, int64_t gap = 2, int64_t zoom = 2);

} // namespace dddg
