#pragma once
// The network-free distance for sets without labels (design §4): ProGAN's multi-scale sliced
// Wasserstein distance. Random 7×7 patches of every Laplacian-pyramid level (the full side
// down to 16×16), each set normalised per channel by its own mean and standard deviation,
// compared by 1-D Wasserstein distances along random unit directions. Reported ×10³ like
// ProGAN's tables; lower is closer. It needs no classifier, so it works on any folder.
#include "result.h"

#include <torch/types.h>

#include <cstdint>
#include <vector>

namespace dddg {

constexpr const char* kSwdMetricName = "SWD (network-free)";

struct SwdSettings {
    int64_t descriptorsPerImage = 128; ///< random patches taken from every level of every image
    int64_t maxDescriptors = 1 << 17;  ///< per level; a larger set gives this many from random images
    int64_t patchSize = 7;
    int64_t directionsPerRepeat = 128;
    int64_t repeats = 4;               ///< 4 × 128 = 512 directions, as ProGAN
    int64_t smallestLevel = 16;        ///< the coarsest level's side
    uint64_t seed = 0;                 ///< patch positions and directions
};

/// Laplacian pyramid of images [N, C, S, S]: band-pass levels at S, S/2, …, then the
/// low-pass image at `smallest`. Upsampling each level and adding gives the input back.
std::vector<torch::Tensor> laplacianPyramid(const torch::Tensor& images, int64_t smallest = 16);
/// The inverse of laplacianPyramid (used to test it).
torch::Tensor collapsePyramid(const std::vector<torch::Tensor>& levels);

/// Normalised patch descriptors of every pyramid level, finest first.
struct SwdDescriptors {
    std::vector<torch::Tensor> levels; ///< [N·descriptorsPerImage, C·p·p] each
    std::vector<int64_t> sides;        ///< the level's side: S, S/2, …
};

/// An Error when the images are not square [N ≥ 1, C, S, S] with S ≥ smallestLevel.
Result<SwdDescriptors> swdDescriptors(const torch::Tensor& images, const SwdSettings& settings = {});

/// Sliced Wasserstein distance between two descriptor sets of the same width: the mean over
/// random unit directions of the mean |sorted projection differences|. The larger set is
/// subsampled (seeded) to the smaller's size.
double slicedWasserstein(const torch::Tensor& a, const torch::Tensor& b, int64_t directionsPerRepeat, int64_t repeats,
                         uint64_t seed);

struct SwdResult {
    std::vector<int64_t> levelSides; ///< S, S/2, …, smallest
    std::vector<double> perLevel;    ///< ×10³
    double mean = 0;                 ///< ×10³, the number reported as the metric
};

/// SWD between the descriptors of two sets (from swdDescriptors with the same settings).
Result<SwdResult> swdBetween(const SwdDescriptors& a, const SwdDescriptors& b, const SwdSettings& settings = {});
/// SWD between two image sets [N, C, S, S] in [−1, 1].
Result<SwdResult> swd(const torch::Tensor& a, const torch::Tensor& b, const SwdSettings& settings = {});

} // namespace dddg
