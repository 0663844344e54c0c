#include "discriminator.h"

#include <torch/torch.h>

namespace dddg {
namespace F = torch::nn::functional;

namespace {
constexpr int64_t kHidden = 256;
}

DiscriminatorImpl::DiscriminatorImpl(const ModelConfig& config) : m_config(config)
{
    const int64_t c0 = config.width, c1 = 2 * config.width, side = config.imageSize / 8;
    m_fromImage = register_module("from_image", EqConv2d(config.channels, c0, 1));
    m_conv0 = register_module("conv0", EqConv2d(c0, c0, 3));
    m_conv1a = register_module("conv1a", EqConv2d(c0, c1, 3));
    m_conv1b = register_module("conv1b", EqConv2d(c1, c1, 3));
    m_conv2 = register_module("conv2", EqConv2d(c1, c1, 3));
    m_fc = register_module("fc", EqLinear(c1 * side * side, kHidden));
    int64_t logits = config.tMax() * std::max<int64_t>(config.numClasses, 1);
    m_adversarial = register_module("adversarial", EqLinear(kHidden, logits, 1.0));
    m_encoder = register_module("encoder", EqLinear(kHidden, config.tMax() * config.dz, 1.0));
}

torch::Tensor DiscriminatorImpl::trunk(const torch::Tensor& x)
{
    auto pool = [](const torch::Tensor& h) { return F::avg_pool2d(h, F::AvgPool2dFuncOptions(2)); };
    auto h = lrelu(m_fromImage(x));
    h = pool(lrelu(m_conv0(h)));
    h = pool(lrelu(m_conv1b(lrelu(m_conv1a(h)))));
    h = pool(lrelu(m_conv2(h)));
    return lrelu(m_fc(h.flatten(1)));
}

DiscriminatorOutput DiscriminatorImpl::forward(const torch::Tensor& x, int64_t t, const torch::Tensor& labels)
{
    TORCH_CHECK(t >= 1 && t <= m_config.tMax(), "discriminator level t = ", t, " outside [1, t_max]");
    const int64_t B = x.size(0), K = std::max<int64_t>(m_config.numClasses, 1);
    auto features = trunk(x);
    // Only the logit at (t, class) and the encoder row for this step get a loss.
    auto logits = m_adversarial(features).view({B, m_config.tMax(), K}).select(1, t - 1);
    torch::Tensor logit;
    if (m_config.numClasses > 0) {
        TORCH_CHECK(labels.defined(), "this discriminator is class-conditional: pass labels");
        logit = logits.gather(1, labels.to(x.device()).view({B, 1})).squeeze(1);
    } else {
        logit = logits.squeeze(1);
    }
    auto latent = m_encoder(features).view({B, m_config.tMax(), m_config.dz}).select(1, t - 1);
    return {logit, latent};
}

} // namespace dddg
