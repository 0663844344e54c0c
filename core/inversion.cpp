#include "inversion.h"

#include "best_iterate.h"

#include <torch/torch.h>


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

Result<Trajectory> refineLatents(DddgModel& model, const torch::Tensor& images, const torch::Tensor& initial,
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
        BestIterate best(zt, 0);
        for (int64_t i = 0; i <= options.steps; ++i) {
            auto out = model.step(model.gEma, state, zt * scales[t], t, y);
            auto perImage = (out.xNext - target).pow(2).flatten(1).mean(1) + options.priorWeight * zt.pow(2).mean(1);
            best.offer(zt, perImage);
            if (i == options.steps) break;
            optimizer.zero_grad();
            perImage.sum().backward(); // images are independent: the sum keeps each one's gradient
            optimizer.step();
            if (progress && !progress(t * options.steps + i + 1, total)) return cancelledError("inversion cancelled");
        }
        zt = best.best();
        torch::NoGradGuard noGrad;
        z[t].copy_(zt.detach().to(torch::kCPU));
        state = model.step(model.gEma, state, zt.detach() * scales[t], t, y).xNext;
    }
    return renderTrajectory(model, z, labels);
}

Result<Inversion> invert(DddgModel& model, const torch::Tensor& images, const torch::Tensor& labels, const RefineOptions& options,
                         const RefineProgress& progress)
{
    Inversion result;
    result.target = images.to(torch::kCPU);
    auto z = encodeLatents(model, images, labels);
    result.encoder = renderTrajectory(model, z, labels);
    if (options.steps == 0) {
        result.refined = result.encoder;
        return result;
    }
    auto refined = refineLatents(model, images, z, labels, options, progress);
    if (!refined) return refined.error();
    result.refined = std::move(*refined);
    return result;
}

} // namespace dddg
