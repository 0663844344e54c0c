#pragma once
// The files of one comparison (design §9): results.csv, results.md, grid.png, every image as
// an 8-bit PNG under images/, and results.pt for Python.
#include "comparison.h"

#include <string>
#include <vector>

namespace dddg {

/// `ids` names each image (its dataset index) in images/METHOD/ID.png.
Status writeComparison(const std::string& outDir, const std::vector<ComparisonRow>& rows, const torch::Tensor& clean,
                       const std::vector<int64_t>& ids, const DegradationSpec& spec, const std::string& settingsText);

/// The labelled grid: rows = the first `rows` images; columns clean, degraded, then each
/// scored method; every tile captioned "PSNR/SSIM". 8-bit gray [H, W].
torch::Tensor comparisonGrid(const std::vector<ComparisonRow>& rows, const torch::Tensor& clean, int64_t shownRows = 8);

} // namespace dddg
