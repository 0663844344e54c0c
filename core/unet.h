#pragma once
// The restoration networks of the baselines (DDPM's ε-predictor, DAED's denoiser, Cold
// Diffusion's restorer): one small U-Net conditioned on a scalar — the diffusion step, a
// noise level or a blur level — through a sinusoidal embedding added inside every block.
#include "flat_json.h"
#include "result.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <vector>

namespace dddg {

struct UNetConfig {
    int64_t channels = 1;                ///< image channels in and out
    int64_t imageSize = 32;              ///< side; divisible by 2^(levels − 1)
    int64_t width = 32;                  ///< channels at full resolution
    std::vector<int64_t> multipliers{1, 2, 2}; ///< channel factor per resolution

    void writeTo(FlatJson& json, const std::string& prefix) const;
    static Result<UNetConfig> readFrom(const FlatJson& json, const std::string& prefix);
    Status validate() const;
};

/// GroupNorm → SiLU → 3×3 conv, plus the embedded condition, twice, with a residual path.
class ResBlockImpl : public torch::nn::Module {
public:
    ResBlockImpl(int64_t in, int64_t out, int64_t embedDim);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& embedding);

private:
    torch::nn::GroupNorm m_norm0{nullptr}, m_norm1{nullptr};
    torch::nn::Conv2d m_conv0{nullptr}, m_conv1{nullptr}, m_skip{nullptr};
    torch::nn::Linear m_embed{nullptr};
};
TORCH_MODULE(ResBlock);

class UNetImpl : public torch::nn::Module {
public:
    explicit UNetImpl(const UNetConfig& config);
    /// x: [B, C, H, W]; condition: [B] (any float scale; the caller fixes its meaning).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& condition);
    const UNetConfig& config() const { return m_config; }

private:
    torch::Tensor embed(const torch::Tensor& condition);

    UNetConfig m_config;
    int64_t m_embedDim;
    torch::nn::Linear m_embed0{nullptr}, m_embed1{nullptr};
    torch::nn::Conv2d m_in{nullptr}, m_out{nullptr};
    torch::nn::GroupNorm m_outNorm{nullptr};
    torch::nn::ModuleList m_down, m_downsample, m_up, m_upsample;
    ResBlock m_mid0{nullptr}, m_mid1{nullptr};
};
TORCH_MODULE(UNet);

} // namespace dddg
