#include "fid.h"

#include "trajectory.h"

#include <torch/torch.h>

#include <algorithm>
#include <sstream>

namespace dddg {

FeatureStats featureStatistics(const torch::Tensor& features)
{
    TORCH_CHECK(features.dim() == 2 && features.size(0) >= 2, "feature statistics need [N ≥ 2, D] features, got ",
                features.sizes());
    auto f = features.to(torch::kCPU, torch::kFloat64);
    FeatureStats stats;
    stats.count = f.size(0);
    stats.mean = f.mean(0);
    auto centered = f - stats.mean;
    auto covariance = centered.t().matmul(centered) / double(stats.count - 1);
    stats.covariance = 0.5 * (covariance + covariance.t()); // exactly symmetric for eigh
    return stats;
}

torch::Tensor psdSqrt(const torch::Tensor& matrix)
{
    TORCH_CHECK(matrix.dim() == 2 && matrix.size(0) == matrix.size(1), "psdSqrt needs a square matrix, got ", matrix.sizes());
    auto m = matrix.to(torch::kFloat64);
    auto [values, vectors] = torch::linalg_eigh(0.5 * (m + m.t()), "L");
    return vectors.matmul(torch::diag(values.clamp_min(0).sqrt())).matmul(vectors.t());
}

double frechetDistance(const FeatureStats& a, const FeatureStats& b)
{
    TORCH_CHECK(a.mean.sizes() == b.mean.sizes(), "FID: feature sizes differ (", a.mean.sizes(), " vs ", b.mean.sizes(), ")");
    auto diff = (a.mean - b.mean).to(torch::kFloat64);
    auto rootA = psdSqrt(a.covariance);
    auto inner = rootA.matmul(b.covariance.to(torch::kFloat64)).matmul(rootA);
    auto eigenvalues = torch::linalg_eigvalsh(0.5 * (inner + inner.t()), "L");
    double traceRoot = eigenvalues.clamp_min(0).sqrt().sum().item<double>();
    double fid = diff.dot(diff).item<double>() + a.covariance.trace().item<double>() +
                 b.covariance.trace().item<double>() - 2.0 * traceRoot;
    return std::max(0.0, fid); // a true distance; identical inputs may round to −1e−13
}

Result<FeatureStats> lenetStatistics(LeNet& net, int64_t n, const ImageBatches& images, const FidProgress& progress,
                                     int64_t batch)
{
    if (n < 2) return makeError("FID (LeNet) needs at least 2 images, got " + std::to_string(n));
    torch::NoGradGuard noGrad;
    net->eval();
    const auto device = net->parameters().front().device();
    std::vector<torch::Tensor> features;
    try {
        for (int64_t start = 0; start < n; start += batch) {
            int64_t count = std::min(batch, n - start);
            auto x = images(start, count);
            if (x.dim() != 4 || x.size(0) != count || x.size(1) != net->channels() || x.size(2) != net->imageSize() ||
                x.size(3) != net->imageSize()) {
                std::ostringstream shape;
                shape << x.sizes();
                return makeError("images of shape " + shape.str() + " do not fit the FID classifier, which expects [N, " +
                                 std::to_string(net->channels()) + ", " + std::to_string(net->imageSize()) + ", " +
                                 std::to_string(net->imageSize()) + "]");
            }
            features.push_back(net->features(x.to(device, torch::kFloat32).clamp(-1, 1)).to(torch::kCPU));
            if (progress && !progress(start + count, n)) return cancelledError(kFidCancelled);
        }
    } catch (const c10::Error& e) {
        return makeError("FID (LeNet) failed: " + std::string(e.what_without_backtrace()));
    }
    return featureStatistics(torch::cat(features));
}

Result<FeatureStats> lenetStatistics(LeNet& net, const torch::Tensor& images, const FidProgress& progress, int64_t batch)
{
    if (!images.defined() || images.dim() != 4) return makeError("FID (LeNet) needs images [N, C, H, W]");
    auto source = [&images](int64_t start, int64_t count) { return images.narrow(0, start, count); };
    return lenetStatistics(net, images.size(0), source, progress, batch);
}

Result<double> fidLenet(LeNet& net, const torch::Tensor& images, const FeatureStats& reference, const FidProgress& progress)
{
    auto stats = lenetStatistics(net, images, progress);
    if (!stats) return stats.error();
    return frechetDistance(*stats, reference);
}

ImageBatches generatorSamples(DddgModel& model, uint64_t seed)
{
    return [&model, seed](int64_t start, int64_t count) {
        const int64_t classes = model.config().numClasses;
        torch::Tensor labels;
        if (classes > 0) labels = torch::arange(start, start + count, torch::kInt64).remainder(classes);
        return sample(model, count, seed + uint64_t(start), labels).result();
    };
}

} // namespace dddg
