#include "unet.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg {
namespace {

int64_t groupsFor(int64_t channels) { return channels % 8 == 0 ? 8 : channels % 4 == 0 ? 4 : 1; }

torch::nn::Conv2d conv3(int64_t in, int64_t out, int64_t stride = 1)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1));
}

} // namespace

void UNetConfig::writeTo(FlatJson& json, const std::string& prefix) const
{
    json.set(prefix + "channels", long(channels));
    json.set(prefix + "image_size", long(imageSize));
    json.set(prefix + "width", long(width));
    std::string mults;
    for (auto m : multipliers) mults += (mults.empty() ? "" : ",") + std::to_string(m);
    json.set(prefix + "multipliers", mults);
}

Result<UNetConfig> UNetConfig::readFrom(const FlatJson& json, const std::string& prefix)
{
    UNetConfig c;
    c.channels = int64_t(json.number(prefix + "channels", double(c.channels)));
    c.imageSize = int64_t(json.number(prefix + "image_size", double(c.imageSize)));
    c.width = int64_t(json.number(prefix + "width", double(c.width)));
    std::string mults = json.string(prefix + "multipliers", "1,2,2");
    c.multipliers.clear();
    size_t at = 0;
    while (at <= mults.size()) {
        size_t comma = mults.find(',', at);
        std::string item = mults.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        char* end = nullptr;
        long value = std::strtol(item.c_str(), &end, 10);
        if (item.empty() || *end != '\0') return makeError("bad U-Net multipliers '" + mults + "'");
        c.multipliers.push_back(value);
        if (comma == std::string::npos) break;
        at = comma + 1;
    }
    if (auto status = c.validate(); !status) return status.error();
    return c;
}

Status UNetConfig::validate() const
{
    if (channels != 1 && channels != 3) return makeError("U-Net channels must be 1 or 3, not " + std::to_string(channels));
    if (width < 4 || width > 512) return makeError("U-Net width must be in [4, 512], not " + std::to_string(width));
    if (multipliers.empty() || multipliers.size() > 5) return makeError("a U-Net needs 1 to 5 resolutions");
    for (auto m : multipliers)
        if (m < 1 || m > 16) return makeError("U-Net channel multipliers must be in [1, 16]");
    int64_t factor = int64_t(1) << (multipliers.size() - 1);
    if (imageSize < 8 || imageSize > 1024 || imageSize % factor != 0)
        return makeError("U-Net image size " + std::to_string(imageSize) + " is not a multiple of " + std::to_string(factor));
    return {};
}

ResBlockImpl::ResBlockImpl(int64_t in, int64_t out, int64_t embedDim)
{
    m_norm0 = register_module("norm0", torch::nn::GroupNorm(groupsFor(in), in));
    m_conv0 = register_module("conv0", conv3(in, out));
    m_embed = register_module("embed", torch::nn::Linear(embedDim, out));
    m_norm1 = register_module("norm1", torch::nn::GroupNorm(groupsFor(out), out));
    m_conv1 = register_module("conv1", conv3(out, out));
    if (in != out) m_skip = register_module("skip", torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 1)));
    // The residual branch starts at zero, so a fresh block is the identity (stable early training).
    torch::NoGradGuard guard;
    m_conv1->weight.zero_();
    m_conv1->bias.zero_();
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& embedding)
{
    auto h = m_conv0->forward(torch::silu(m_norm0->forward(x)));
    h = h + m_embed->forward(embedding).unsqueeze(-1).unsqueeze(-1);
    h = m_conv1->forward(torch::silu(m_norm1->forward(h)));
    return (m_skip ? m_skip->forward(x) : x) + h;
}

UNetImpl::UNetImpl(const UNetConfig& config) : m_config(config), m_embedDim(4 * config.width)
{
    TORCH_CHECK(config.validate().ok(), config.validate().error().message);
    const int64_t w = config.width;
    m_embed0 = register_module("embed0", torch::nn::Linear(w, m_embedDim));
    m_embed1 = register_module("embed1", torch::nn::Linear(m_embedDim, m_embedDim));
    m_in = register_module("input_conv", conv3(config.channels, w));
    std::vector<int64_t> widths;
    int64_t ch = w;
    for (size_t level = 0; level < config.multipliers.size(); ++level) {
        int64_t out = w * config.multipliers[level];
        m_down->push_back(ResBlock(ch, out, m_embedDim));
        widths.push_back(out);
        ch = out;
        if (level + 1 < config.multipliers.size()) m_downsample->push_back(conv3(ch, ch, 2));
    }
    m_mid0 = register_module("mid0", ResBlock(ch, ch, m_embedDim));
    m_mid1 = register_module("mid1", ResBlock(ch, ch, m_embedDim));
    for (size_t i = config.multipliers.size(); i-- > 0;) {
        int64_t out = w * config.multipliers[i];
        m_up->push_back(ResBlock(ch + widths[i], out, m_embedDim));
        ch = out;
        if (i > 0) m_upsample->push_back(conv3(ch, ch));
    }
    register_module("down", m_down);
    register_module("downsample", m_downsample);
    register_module("up", m_up);
    register_module("upsample", m_upsample);
    m_outNorm = register_module("out_norm", torch::nn::GroupNorm(groupsFor(ch), ch));
    m_out = register_module("output_conv", conv3(ch, config.channels));
    torch::NoGradGuard guard;
    m_out->weight.mul_(0.1);
}

torch::Tensor UNetImpl::embed(const torch::Tensor& condition)
{
    // Transformer-style sinusoids of the raw value: frequencies 1 … 1/10000.
    const int64_t half = m_config.width / 2;
    auto freqs = torch::exp(torch::arange(half, condition.options().dtype(torch::kFloat32)) * (-std::log(10000.0) / double(half)));
    auto args = condition.to(torch::kFloat32).unsqueeze(1) * freqs.unsqueeze(0);
    auto e = torch::cat({torch::sin(args), torch::cos(args)}, 1);
    if (e.size(1) < m_config.width) e = torch::nn::functional::pad(e, torch::nn::functional::PadFuncOptions({0, 1}));
    return m_embed1->forward(torch::silu(m_embed0->forward(e)));
}

torch::Tensor UNetImpl::forward(const torch::Tensor& x, const torch::Tensor& condition)
{
    TORCH_CHECK(x.dim() == 4 && x.size(1) == m_config.channels, "U-Net input must be [B, ", m_config.channels, ", H, W]");
    TORCH_CHECK(condition.dim() == 1 && condition.size(0) == x.size(0), "U-Net condition must be [B]");
    auto e = embed(condition);
    auto h = m_in->forward(x);
    std::vector<torch::Tensor> skips;
    for (size_t level = 0; level < m_down->size(); ++level) {
        h = m_down[level]->as<ResBlock>()->forward(h, e);
        skips.push_back(h);
        if (level < m_downsample->size()) h = m_downsample[level]->as<torch::nn::Conv2d>()->forward(h);
    }
    h = m_mid1->forward(m_mid0->forward(h, e), e);
    for (size_t i = 0; i < m_up->size(); ++i) {
        h = m_up[i]->as<ResBlock>()->forward(torch::cat({h, skips[skips.size() - 1 - i]}, 1), e);
        if (i < m_upsample->size()) {
            h = torch::nn::functional::interpolate(
                h, torch::nn::functional::InterpolateFuncOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest));
            h = m_upsample[i]->as<torch::nn::Conv2d>()->forward(h);
        }
    }
    return m_out->forward(torch::silu(m_outNorm->forward(h)));
}

} // namespace dddg
