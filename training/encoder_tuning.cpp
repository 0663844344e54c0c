#include "encoder_tuning.h"

#include "latent_diagnostics.h"
#include "random_stream_guard.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {
namespace {

/// Sets whether a network's parameters take gradients, for the scope (the EMA copies take none
/// outside it; G EMA stays frozen: gradients flow through it, not into it).
class TrainableScope {
public:
    TrainableScope(torch::nn::Module& net, bool trainable) : m_parameters(net.parameters())
    {
        for (auto& p : m_parameters) m_flags.push_back(p.requires_grad()), p.set_requires_grad(trainable);
    }
    ~TrainableScope()
    {
        for (size_t i = 0; i < m_parameters.size(); ++i) m_parameters[i].set_requires_grad(m_flags[i]);
    }
    TrainableScope(const TrainableScope&) = delete;
    TrainableScope& operator=(const TrainableScope&) = delete;

private:
    std::vector<torch::Tensor> m_parameters;
    std::vector<bool> m_flags;
};

/// Algorithm 3 with the encoder's latents, differentiable in the encoder: the mean over t of
/// MSE(x'_{t+1}, reduce_info(x, t+1)). Later steps' errors reach earlier latents through the chain.
torch::Tensor reconstructionLoss(DddgModel& m, const torch::Tensor& x, const torch::Tensor& labels)
{
    const int64_t T = m.config().tMax();
    auto scales = m.scale.scales().to(x.device());
    auto state = m.constantImage(x.size(0), x.device());
    auto loss = torch::zeros({}, x.options());
    for (int64_t t = 0; t < T; ++t) {
        auto target = m.degradation().reduce(x, t + 1);
        auto z = m.dEma->forward(target, t + 1, labels).latent;
        state = m.step(m.gEma, state, z * scales[t], t, labels).xNext;
        loss = loss + (state - target).pow(2).mean();
    }
    return loss / double(T);
}

/// L_enc of design §3 on a batch of the model's own samples (G EMA), against the encoder being tuned.
torch::Tensor ownSampleLatentLoss(DddgModel& m, int64_t batch)
{
    const auto& c = m.config();
    auto labels = c.numClasses > 0 ? torch::randint(c.numClasses, {batch}, torch::kInt64) : torch::Tensor();
    Trajectory samples;
    {
        torch::NoGradGuard noGrad; // G EMA draws them; only the encoder learns
        samples = renderTrajectory(m, torch::randn({c.tMax(), batch, c.dz}), labels);
    }
    auto loss = encoderErrorAt(m, samples, 0, labels);
    for (int64_t t = 1; t < c.tMax(); ++t) loss = loss + encoderErrorAt(m, samples, t, labels);
    return loss / double(c.tMax());
}

} // namespace

Status tuneEncoder(DddgModel& model, const Dataset& train, const EncoderTuningOptions& options,
                   const EncoderTuningProgress& progress)
{
    const auto& c = model.config();
    if (train.size() == 0) return makeError("encoder tuning needs training images");
    if (train.images.size(1) != c.channels || train.images.size(2) != c.imageSize || train.images.size(3) != c.imageSize)
        return makeError("the dataset's images do not have the model's shape");
    if (c.numClasses > 0 && !train.labels.defined()) return makeError("a class-conditional model needs labelled images");
    if (options.steps < 0 || options.batch < 1 || !(options.learningRate > 0))
        return makeError("encoder tuning needs steps ≥ 0, batch ≥ 1 and a positive learning rate");

    c10::InferenceMode normal(false);
    RandomStreamGuard stream; // the caller's random numbers are as they were
    torch::manual_seed(options.seed);
    const auto device = model.device();
    TrainableScope frozen(*model.gEma, false), encoder(*model.dEma, true);
    torch::optim::Adam adam(model.dEma->parameters(), torch::optim::AdamOptions(options.learningRate).betas({0.0, 0.99}));
    for (int64_t step = 1; step <= options.steps; ++step) {
        auto index = torch::randint(train.size(), {options.batch}, torch::kInt64);
        auto x = train.images.index_select(0, index).to(device);
        auto labels = c.numClasses > 0 ? train.labels.index_select(0, index).to(device) : torch::Tensor();
        auto reconstruction = reconstructionLoss(model, x, labels);
        auto latent = options.latentWeight > 0 ? ownSampleLatentLoss(model, options.batch)
                                               : torch::zeros({}, x.options());
        auto total = reconstruction + options.latentWeight * latent;
        auto values = torch::stack({reconstruction.detach(), latent.detach()}).cpu();
        EncoderTuningLosses losses{values[0].item<double>(), values[1].item<double>()};
        if (!std::isfinite(losses.reconstruction) || !std::isfinite(losses.latent))
            return makeError("a loss became NaN/Inf at encoder tuning step " + std::to_string(step));
        adam.zero_grad();
        total.backward();
        adam.step();
        if (progress && !progress(step, losses)) break;
    }
    adam.zero_grad();
    return {};
}

double encoderReconstructionLoss(DddgModel& model, const torch::Tensor& images, const torch::Tensor& labels)
{
    torch::NoGradGuard noGrad;
    const auto device = model.device();
    return reconstructionLoss(model, images.to(device), labels.defined() ? labels.to(device) : labels).item<double>();
}

} // namespace dddg
