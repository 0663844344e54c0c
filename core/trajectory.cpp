#include "trajectory.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

namespace dddg {

torch::Tensor drawLatents(const ModelConfig& config, int64_t batch, uint64_t seed)
{
    auto generator = at::detail::createCPUGenerator(seed);
    return torch::randn({config.tMax(), batch, config.dz}, generator, torch::kFloat32);
}

namespace {

// Fills steps k..t_max−1 of `trajectory`, whose x'_k is already set.
void runSteps(DddgModel& model, Trajectory& trajectory, int64_t k)
{
    torch::NoGradGuard noGrad;
    const auto device = model.device();
    auto scales = model.scale.scales();
    auto labels = trajectory.labels.defined() ? trajectory.labels.to(device) : torch::Tensor();
    auto x = trajectory.xPrime[k].to(device);
    for (int64_t t = k; t < model.config().tMax(); ++t) {
        auto zScaled = trajectory.z[t].to(device) * scales[t];
        auto out = model.step(model.gEma, x, zScaled, t, labels);
        trajectory.xNorm[t].copy_(out.xNorm);
        trajectory.xPrime[t + 1].copy_(out.xNext);
        x = out.xNext;
    }
    trajectory.scale = scales.to(torch::kCPU);
}

Trajectory emptyTrajectory(const DddgModel& model, const torch::Tensor& z, const torch::Tensor& labels)
{
    const auto& c = model.config();
    const int64_t B = z.size(1);
    Trajectory t;
    t.xPrime = torch::empty({c.tMax() + 1, B, c.channels, c.imageSize, c.imageSize});
    t.xNorm = torch::empty({c.tMax(), B, c.channels, c.imageSize, c.imageSize});
    t.z = z.to(torch::kCPU, torch::kFloat32).contiguous();
    t.labels = labels.defined() ? labels.to(torch::kCPU, torch::kInt64) : labels;
    return t;
}

void checkLatents(const DddgModel& model, const torch::Tensor& z)
{
    const auto& c = model.config();
    TORCH_CHECK(z.dim() == 3 && z.size(0) == c.tMax() && z.size(2) == c.dz, "latents must be [t_max=", c.tMax(),
                ", B, d_z=", c.dz, "], got ", z.sizes());
}

} // namespace

Trajectory renderTrajectory(DddgModel& model, const torch::Tensor& z, const torch::Tensor& labels)
{
    checkLatents(model, z);
    auto trajectory = emptyTrajectory(model, z, labels);
    trajectory.xPrime[0].copy_(model.constantImage(z.size(1), torch::kCPU));
    runSteps(model, trajectory, 0);
    return trajectory;
}

Trajectory continueTrajectory(DddgModel& model, const Trajectory& base, int64_t k, const torch::Tensor& z)
{
    checkLatents(model, z);
    TORCH_CHECK(k >= 0 && k <= model.config().tMax(), "branch step k = ", k, " outside [0, t_max]");
    TORCH_CHECK(z.size(1) == base.batch(), "branch latents must have the base trajectory's batch size");
    Trajectory branch = base;
    branch.xPrime = base.xPrime.clone();
    branch.xNorm = base.xNorm.clone();
    branch.z = base.z.clone();
    branch.z.narrow(0, k, model.config().tMax() - k).copy_(z.narrow(0, k, model.config().tMax() - k));
    runSteps(model, branch, k);
    return branch;
}

Trajectory sample(DddgModel& model, int64_t batch, uint64_t seed, const torch::Tensor& labels)
{
    return renderTrajectory(model, drawLatents(model.config(), batch, seed), labels);
}

} // namespace dddg
