#pragma once
// FID (LeNet) (design §4): the Fréchet distance between Gaussians fitted to the penultimate
// features of the dataset's LeNet classifier. Not comparable with Inception FIDs, so it is
// always labelled "FID (LeNet)".
#include "lenet.h"
#include "result.h"

#include <torch/types.h>

#include <functional>

namespace dddg {

class DddgModel;

/// A Gaussian fitted to features, in double precision.
struct FeatureStats {
    torch::Tensor mean;       ///< [D] float64
    torch::Tensor covariance; ///< [D, D] float64, unbiased (divisor N − 1)
    int64_t count = 0;        ///< N
};

/// Mean and unbiased covariance of features [N, D] (N ≥ 2).
FeatureStats featureStatistics(const torch::Tensor& features);

/// Square root of a symmetric positive semi-definite matrix: eigendecomposition of its
/// symmetric part in double precision, negative (rounding-error) eigenvalues clamped to 0.
torch::Tensor psdSqrt(const torch::Tensor& matrix);

/// ||μa − μb||² + Tr(Σa + Σb − 2·(Σa^½ Σb Σa^½)^½). The inner matrix is symmetric, so its
/// root's trace is a sum of clamped eigenvalue roots: stable where sqrtm(Σa·Σb) is not.
double frechetDistance(const FeatureStats& a, const FeatureStats& b);

/// Images [count, C, 32, 32] in [−1, 1] for items start .. start+count−1 of a source.
using ImageBatches = std::function<torch::Tensor(int64_t start, int64_t count)>;
/// (images done, images in all) after each batch; return false to cancel.
using FidProgress = std::function<bool(int64_t done, int64_t total)>;

/// The message of the cancelledError() returned when a progress callback cancelled the work.
constexpr const char* kFidCancelled = "FID (LeNet) computation cancelled";

/// Feature statistics of `n` images fetched batch by batch (clamped to [−1, 1], as
/// generator outputs may overshoot). An Error when cancelled, when n < 2, or when the
/// images do not have the classifier's shape.
Result<FeatureStats> lenetStatistics(LeNet& net, int64_t n, const ImageBatches& images,
                                     const FidProgress& progress = {}, int64_t batch = 250);
/// The same for images [N, C, 32, 32] already in memory.
Result<FeatureStats> lenetStatistics(LeNet& net, const torch::Tensor& images, const FidProgress& progress = {},
                                     int64_t batch = 250);

/// FID (LeNet) of images [N, C, 32, 32] against reference statistics.
Result<double> fidLenet(LeNet& net, const torch::Tensor& images, const FeatureStats& reference,
                        const FidProgress& progress = {});

/// Samples of the EMA generator as an image source: latents of batch `start` drawn from
/// seed + start, classes cycling 0..K−1 (uniform) when the model is class-conditional.
/// `model` must outlive the returned function.
ImageBatches generatorSamples(DddgModel& model, uint64_t seed);

} // namespace dddg
