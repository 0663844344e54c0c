#include "generator.h"

#include <torch/torch.h>

namespace dddg {
namespace F = torch::nn::functional;

StyledConvImpl::StyledConvImpl(int64_t in, int64_t out, int64_t styleDim)
{
    m_conv = register_module("conv", EqConv2d(in, out, 3));
    // Small gain: the modulation starts near identity instead of flipping channel signs.
    m_film = register_module("film", EqLinear(styleDim, 2 * out, 0.5));
}

torch::Tensor StyledConvImpl::forward(const torch::Tensor& x, const torch::Tensor& style)
{
    auto gammaBeta = m_film(style).unsqueeze(-1).unsqueeze(-1).chunk(2, 1);
    return lrelu(m_conv(x) * (1 + gammaBeta[0]) + gammaBeta[1]);
}

GeneratorImpl::GeneratorImpl(const ModelConfig& config) : m_config(config)
{
    const int64_t c0 = config.width, c1 = 2 * config.width, S = config.styleDim, E = config.embedDim;
    m_timeEmbed = register_module("time_embed", torch::nn::Embedding(config.tMax(), E));
    int64_t mapIn = config.dz + E;
    if (config.numClasses > 0) {
        m_classEmbed = register_module("class_embed", torch::nn::Embedding(config.numClasses, E));
        mapIn += E;
    }
    m_map0 = register_module("map0", EqLinear(mapIn, S));
    m_map1 = register_module("map1", EqLinear(S, S));
    if (config.latentMap) {
        const int64_t side = config.imageSize / 4;
        m_latentMap = register_module("latent_map", EqLinear(config.dz, c1 * side * side, 1.0));
    }
    m_fromImage = register_module("from_image", EqConv2d(config.channels, c0, 1));
    m_enc0 = register_module("enc0", StyledConv(c0, c0, S));
    m_down1 = register_module("down1", StyledConv(c0, c1, S));
    m_down2 = register_module("down2", StyledConv(c1, c1, S));
    m_mid = register_module("mid", StyledConv(c1, c1, S));
    m_up1 = register_module("up1", StyledConv(c1, c1, S));
    m_up0 = register_module("up0", StyledConv(c1, c0, S));
    m_toImage = register_module("to_image", EqConv2d(c0, config.channels, 1, 1.0));
}

torch::Tensor GeneratorImpl::style(const torch::Tensor& zScaled, int64_t t, const torch::Tensor& labels)
{
    const int64_t B = zScaled.size(0);
    auto tIndex = torch::full({B}, t, torch::TensorOptions().dtype(torch::kInt64).device(zScaled.device()));
    std::vector<torch::Tensor> parts{zScaled, m_timeEmbed(tIndex)};
    if (m_classEmbed) {
        TORCH_CHECK(labels.defined(), "this generator is class-conditional: pass labels");
        parts.push_back(m_classEmbed(labels.to(zScaled.device())));
    }
    return lrelu(m_map1(lrelu(m_map0(torch::cat(parts, 1)))));
}

torch::Tensor GeneratorImpl::forward(const torch::Tensor& x, const torch::Tensor& zScaled, int64_t t,
                                     const torch::Tensor& labels)
{
    TORCH_CHECK(t >= 0 && t < m_config.tMax(), "generator step t = ", t, " outside [0, t_max)");
    auto w = style(zScaled, t, labels);
    auto up = [](const torch::Tensor& h) { return h.repeat_interleave(2, 2).repeat_interleave(2, 3); };
    auto h32 = m_enc0(lrelu(m_fromImage(x)), w);
    auto h16 = m_down1(F::avg_pool2d(h32, F::AvgPool2dFuncOptions(2)), w);
    auto h8 = m_down2(F::avg_pool2d(h16, F::AvgPool2dFuncOptions(2)), w);
    if (m_latentMap) h8 = h8 + m_latentMap(zScaled).view_as(h8); // where z can place shape, not only style
    h8 = m_mid(h8, w);
    // Few full-resolution convolutions: they dominate the cost on a 2-core CPU.
    auto u16 = m_up1(up(h8), w) + h16;
    auto u32 = m_up0(up(u16), w) + h32;
    return m_toImage(u32);
}

} // namespace dddg
