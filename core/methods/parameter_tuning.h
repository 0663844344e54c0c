#pragma once
// Choosing a method's parameter on training images, never on the images being scored: the
// tuning images with their own noise, and the candidate with the best mean PSNR. The filters,
// Wiener's λ and DDDG's likelihood weight all choose this way (design §9).
#include "dataset.h"
#include "restoration.h"

#include <functional>

namespace dddg {

/// The noise seed of the tuning images: their own, never the test seed.
constexpr uint64_t kTuningNoiseSeed = 9001;

struct TuningImages {
    torch::Tensor clean;    ///< the first images of the training slice
    torch::Tensor degraded; ///< the same through `spec`, with kTuningNoiseSeed
};

/// The first `n` images of `tuning` (all of them when n ≤ 0 or n is larger), and their degraded copies.
TuningImages tuningImages(const Dataset& tuning, const DegradationSpec& spec, int64_t n = 0);

/// The index of the candidate whose restoration has the best mean PSNR against `clean` (the
/// first of equals; 0 when none scores).
size_t bestByMeanPsnr(size_t candidates, const std::function<torch::Tensor(size_t)>& restore, const torch::Tensor& clean);

} // namespace dddg
