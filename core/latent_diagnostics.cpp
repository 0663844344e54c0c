#include "latent_diagnostics.h"

#include "trajectory.h"

#include <torch/torch.h>

namespace dddg {

std::vector<double> encoderErrorPerStep(DddgModel& model, int64_t n, uint64_t seed)
{
    torch::NoGradGuard noGrad;
    const auto& c = model.config();
    auto labels = c.numClasses > 0 ? torch::arange(n, torch::kInt64) % c.numClasses : torch::Tensor();
    auto trajectory = sample(model, n, seed, labels);
    std::vector<double> error;
    for (int64_t t = 0; t < c.tMax(); ++t) error.push_back(encoderErrorAt(model, trajectory, t, labels).item<double>());
    return error;
}

torch::Tensor encoderErrorAt(DddgModel& model, const Trajectory& trajectory, int64_t t, const torch::Tensor& labels)
{
    const auto device = model.device();
    auto predicted = model.dEma->forward(trajectory.xPrime[t + 1].to(device), t + 1, labels.defined() ? labels.to(device) : labels).latent;
    return ((trajectory.z[t].to(device) - predicted) * trajectory.scale[t].to(device)).pow(2).mean();
}

double meanPairwiseDistance(const torch::Tensor& images)
{
    TORCH_CHECK(images.size(0) >= 2, "meanPairwiseDistance needs at least two images");
    auto flat = images.to(torch::kCPU, torch::kDouble).flatten(1);
    auto distances = torch::cdist(flat, flat);
    const double n = double(flat.size(0));
    return distances.sum().item<double>() / (n * (n - 1)); // the diagonal is zero
}

std::vector<double> diversityRatioPerClass(DddgModel& model, const Dataset& data, int64_t perClass, uint64_t seed)
{
    torch::NoGradGuard noGrad;
    const int64_t classes = model.config().numClasses;
    std::vector<double> ratios;
    if (classes <= 0) {
        auto real = data.images.narrow(0, 0, std::min(perClass, data.size()));
        ratios.push_back(meanPairwiseDistance(sample(model, perClass, seed).result()) / meanPairwiseDistance(real));
        return ratios;
    }
    for (int64_t k = 0; k < classes; ++k) {
        auto index = (data.labels == k).nonzero().flatten();
        if (index.numel() < 2) continue;
        auto real = data.images.index_select(0, index.narrow(0, 0, std::min(perClass, index.numel())));
        auto samples = sample(model, perClass, seed + uint64_t(k), torch::full({perClass}, k, torch::kInt64)).result();
        ratios.push_back(meanPairwiseDistance(samples) / meanPairwiseDistance(real));
    }
    return ratios;
}

} // namespace dddg
