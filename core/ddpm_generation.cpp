// DDPM and TDPM generation (ddpm_generation.h).
#include "ddpm_generation.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace dddg {

torch::Tensor diffuseTo(const NoiseSchedule& schedule, const torch::Tensor& x0, int64_t step, uint64_t seed)
{
    TORCH_CHECK(step >= 1 && step <= schedule.steps(), "the truncation step must be in [1, T]");
    auto generator = at::detail::createCPUGenerator(seed);
    auto noise = torch::randn(x0.sizes(), generator, torch::TensorOptions().dtype(torch::kFloat32)).to(x0.device());
    const double ab = schedule.alphaBar(step);
    return std::sqrt(ab) * x0 + std::sqrt(1.0 - ab) * noise;
}

std::vector<int64_t> evenlySpacedSteps(int64_t start, int64_t count)
{
    std::vector<int64_t> steps;
    for (int64_t i = 0; i < count; ++i) {
        const int64_t t = int64_t(std::llround(double(start) * double(count - 1 - i) / double(std::max<int64_t>(count - 1, 1))));
        if (steps.empty() || steps.back() != t) steps.push_back(t);
    }
    return steps;
}

Result<DdpmTrajectory> ddpmGenerate(BaselineModel& model, int64_t batch, uint64_t seed, const std::function<bool(int64_t, int64_t)>& progress,
                                    const DdpmStart& start, const std::vector<int64_t>& keepSteps)
{
    TORCH_CHECK(model.config().kind == BaselineKind::Ddpm, "only a DDPM model generates from noise");
    torch::NoGradGuard guard;
    auto& eps = model.ema("eps");
    eps->eval();
    const NoiseSchedule schedule = model.config().noiseSchedule();
    const auto& net = model.config().net;
    auto generator = at::detail::createCPUGenerator(seed);
    auto draw = [&] { return torch::randn({batch, net.channels, net.imageSize, net.imageSize}, generator).to(model.device()); };
    const int64_t first = start.step > 0 ? start.step : schedule.steps();
    TORCH_CHECK(first <= schedule.steps(), "the start step is beyond the schedule's T");
    torch::Tensor x = start.step > 0 ? start.state.to(model.device()) : draw();
    TORCH_CHECK(x.size(0) == batch, "the start state's batch differs from the one asked for");
    auto kept = [&](int64_t t) { return keepSteps.empty() || t == first || t == 0 || std::count(keepSteps.begin(), keepSteps.end(), t) > 0; };
    std::vector<torch::Tensor> states{x.cpu()};
    std::vector<int64_t> steps{first};
    for (int64_t t = first; t >= 1; --t) {
        auto epsHat = eps->forward(x, BaselineModel::stepCondition(t, batch, x.device()));
        x = schedule.reverseStep(x, epsHat, t, draw());
        if (kept(t - 1)) {
            states.push_back(x.cpu());
            steps.push_back(t - 1);
        }
        if (progress && !progress(first - t + 1, first)) return cancelledError("generation cancelled");
    }
    states.back() = states.back().clamp(-1, 1);
    return DdpmTrajectory{torch::stack(states), steps};
}

} // namespace dddg
