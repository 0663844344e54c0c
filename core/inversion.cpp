#include "inversion.h"

#include <torch/torch.h>

#include <limits>
#include <stdexcept>

namespace dddg {

torch::Tensor encodeLatents(DddgModel& model, const torch::Tensor& images, const torch::Tensor& labels)
{
    torch::NoGradGuard noGrad;
    const auto device = model.device();
    auto x = images.to(device);
    auto y = labels.defined() ? labels.to(device) : labels;
    std::vector<torch::Tensor> rows;
    for (int64_t t = 0; t < model.config().tMax(); ++t)
        rows.push_back(model.dEma->forward(model.degradation().reduce(x, t + 1), t + 1, y).latent);
    return torch::stack(rows).to(torch::kCPU);
}

Trajectory refineLatents(DddgModel& model, const torch::Tensor& images, const torch::Tensor& initial,
                         const torch::Tensor& labels, const RefineOptions& options, const RefineProgress& progress)
{
    const auto device = model.device();
    const int64_t T = model.config().tMax();
    auto x = images.to(device);
    auto y = labels.defined() ? labels.to(device) : labels;
    auto scales = model.scale.scales();
    auto z = initial.to(torch::kCPU, torch::kFloat32).clone();
    auto state = model.constantImage(x.size(0), device);
    const int64_t total = options.steps * T;
    for (int64_t t = 0; t < T; ++t) {
        auto target = model.degradation().reduce(x, t + 1).detach();
        auto zt = z[t].to(device).clone().set_requires_grad(true);
        torch::optim::Adam optimizer({zt}, torch::optim::AdamOptions(options.learningRate));
        // Each image keeps its best iterate (the encoder's guess counts as iterate 0), so
        // refinement never ends worse than where it started.
        auto best = zt.detach().clone();
        auto bestLoss = torch::full({x.size(0)}, std::numeric_limits<double>::infinity(), x.options());
        for (int64_t i = 0; i <= options.steps; ++i) {
            auto out = model.step(model.gEma, state, zt * scales[t], t, y);
            auto perImage = (out.xNext - target).pow(2).flatten(1).mean(1) + options.priorWeight * zt.pow(2).mean(1);
            {
                torch::NoGradGuard noGrad;
                auto better = perImage.detach() < bestLoss;
                best = torch::where(better.unsqueeze(1), zt.detach(), best);
                bestLoss = torch::where(better, perImage.detach(), bestLoss);
            }
            if (i == options.steps) break;
            optimizer.zero_grad();
            perImage.sum().backward(); // images are independent: the sum keeps each one's gradient
            optimizer.step();
            if (progress && !progress(t * options.steps + i + 1, total)) throw std::runtime_error("cancelled");
        }
        zt = best;
        torch::NoGradGuard noGrad;
        z[t].copy_(zt.detach().to(torch::kCPU));
        state = model.step(model.gEma, state, zt.detach() * scales[t], t, y).xNext;
    }
    return renderTrajectory(model, z, labels);
}

Inversion invert(DddgModel& model, const torch::Tensor& images, const torch::Tensor& labels,
                 const RefineOptions& options, const RefineProgress& progress)
{
    Inversion result;
    result.target = images.to(torch::kCPU);
    auto z = encodeLatents(model, images, labels);
    result.encoder = renderTrajectory(model, z, labels);
    result.refined = options.steps > 0 ? refineLatents(model, images, z, labels, options, progress) : result.encoder;
    return result;
}

} // namespace dddg
