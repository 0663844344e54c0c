#include "dddg_model.h"

#include <torch/torch.h>

namespace dddg {

void copyWeights(torch::nn::Module& from, torch::nn::Module& to)
{
    torch::NoGradGuard noGrad;
    auto src = from.named_parameters(), dst = to.named_parameters();
    for (auto& item : src) dst[item.key()].copy_(item.value());
    auto srcBuf = from.named_buffers(), dstBuf = to.named_buffers();
    for (auto& item : srcBuf) dstBuf[item.key()].copy_(item.value());
}

namespace {
void freeze(torch::nn::Module& module)
{
    for (auto& p : module.parameters()) p.set_requires_grad(false);
    module.eval();
}
} // namespace

DddgModel::DddgModel(const ModelConfig& config)
    : scale(config.tMax(), config.dz), m_config(config), m_degradation(config.degradation)
{
    g = Generator(config);
    gEma = Generator(config);
    d = Discriminator(config);
    dEma = Discriminator(config);
    copyWeights(*g, *gEma);
    copyWeights(*d, *dEma);
    freeze(*gEma);
    freeze(*dEma);
}

GeneratorStep DddgModel::step(Generator& gen, const torch::Tensor& xPrev, const torch::Tensor& zScaled, int64_t t,
                              const torch::Tensor& labels) const
{
    GeneratorStep out;
    out.xNet = gen->forward(xPrev, zScaled, t, labels);
    // Keep only what reduce_info(·, t) cannot see from the net, and take the rest from x'_t:
    // then reduce_info(x'_{t+1}, t) reproduces x'_t (exactly for projections such as pool).
    out.xNorm = out.xNet - m_degradation.reduce(out.xNet, t) + xPrev;
    out.xNext = m_degradation.reduce(out.xNorm, t + 1);
    return out;
}

torch::Tensor DddgModel::constantImage(int64_t batch, const torch::Device& device) const
{
    return torch::full({batch, m_config.channels, m_config.imageSize, m_config.imageSize},
                       m_config.degradation.constant, torch::TensorOptions().device(device));
}

void DddgModel::updateEma(double decay)
{
    torch::NoGradGuard noGrad;
    auto blend = [decay](torch::nn::Module& live, torch::nn::Module& ema) {
        auto liveParams = live.parameters(), emaParams = ema.parameters();
        // Multi-tensor ops: one launch per list on CUDA (the CPU runs the same loop inside).
        at::_foreach_mul_(emaParams, decay);
        at::_foreach_add_(emaParams, liveParams, 1.0 - decay);
        auto liveBuffers = live.buffers(), emaBuffers = ema.buffers();
        for (size_t i = 0; i < liveBuffers.size(); ++i) emaBuffers[i].copy_(liveBuffers[i]);
    };
    blend(*g, *gEma);
    blend(*d, *dEma);
}

void DddgModel::to(const torch::Device& device)
{
    g->to(device);
    gEma->to(device);
    d->to(device);
    dEma->to(device);
    scale.to(device);
    m_device = device;
}

int64_t DddgModel::parameterCount() const
{
    int64_t n = 0;
    for (const auto& p : g->parameters()) n += p.numel();
    for (const auto& p : d->parameters()) n += p.numel();
    return n;
}

} // namespace dddg
