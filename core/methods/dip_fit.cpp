#include "methods/dip_fit.h"

#include "checkpoint.h"
#include "image_metrics.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>

namespace dddg {
namespace F = torch::nn::functional;
namespace {

/// G independent conv layers as one grouped convolution: weight [G·out, in, k, k].
struct GroupedConv {
    torch::Tensor weight, bias;
    int64_t stride = 1, padding = 0;

    GroupedConv(int64_t groups, int64_t in, int64_t out, int64_t kernel, int64_t stride_, torch::Generator& gen)
        : stride(stride_), padding(kernel / 2)
    {
        // PyTorch's default conv initialisation: U(−1/√fan_in, 1/√fan_in).
        const double bound = 1.0 / std::sqrt(double(in * kernel * kernel));
        weight = (torch::rand({groups * out, in, kernel, kernel}, gen) * 2 - 1) * bound;
        bias = (torch::rand({groups * out}, gen) * 2 - 1) * bound;
        weight.set_requires_grad(true);
        bias.set_requires_grad(true);
    }

    torch::Tensor forward(const torch::Tensor& x, int64_t groups) const
    {
        auto padded = padding > 0 ? F::pad(x, F::PadFuncOptions({padding, padding, padding, padding}).mode(torch::kReflect)) : x;
        return F::conv2d(padded, weight, F::Conv2dFuncOptions().bias(bias).stride(stride).groups(groups));
    }
};

/// Batch norm over one image's pixels, per channel (train mode, as DIP runs throughout).
torch::Tensor normAct(const torch::Tensor& x, const torch::Tensor& gamma, const torch::Tensor& beta)
{
    auto y = F::batch_norm(x, torch::Tensor(), torch::Tensor(), F::BatchNormFuncOptions().weight(gamma).bias(beta).training(true));
    return F::leaky_relu(y, F::LeakyReLUFuncOptions().negative_slope(0.2));
}

torch::Tensor upsample(const torch::Tensor& x)
{
    return F::interpolate(x, F::InterpolateFuncOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kBilinear).align_corners(false));
}

/// The skip encoder-decoder for G images: 3 stride-2 scales, skip 1×1 convs, sigmoid output.
class DipNets {
public:
    DipNets(int64_t groups, int64_t imageChannels, const DipOptions& o, torch::Generator& gen) : m_groups(groups)
    {
        const int64_t c = o.channels, s = o.skipChannels;
        int64_t in = o.inputChannels;
        for (int level = 0; level < kLevels; ++level) {
            m_skip.emplace_back(groups, in, s, 1, 1, gen);
            m_down0.emplace_back(groups, in, c, 3, 2, gen);
            m_down1.emplace_back(groups, c, c, 3, 1, gen);
            in = c;
        }
        for (int level = 0; level < kLevels; ++level) m_up.emplace_back(groups, c + s, c, 3, 1, gen);
        m_out = std::make_unique<GroupedConv>(groups, c, imageChannels, 1, 1, gen);
        const int64_t norms = 3 * kLevels + kLevels;
        for (int64_t i = 0; i < norms; ++i) {
            const int64_t width = i < kLevels ? s : c;
            m_gamma.push_back(torch::ones({groups * width}).set_requires_grad(true));
            m_beta.push_back(torch::zeros({groups * width}).set_requires_grad(true));
        }
    }

    torch::Tensor forward(const torch::Tensor& input) const
    {
        std::vector<torch::Tensor> skips;
        auto h = input;
        size_t norm = kLevels;
        for (int level = 0; level < kLevels; ++level) {
            skips.push_back(normAct(m_skip[size_t(level)].forward(h, m_groups), m_gamma[size_t(level)], m_beta[size_t(level)]));
            h = normAct(m_down0[size_t(level)].forward(h, m_groups), m_gamma[norm], m_beta[norm]), ++norm;
            h = normAct(m_down1[size_t(level)].forward(h, m_groups), m_gamma[norm], m_beta[norm]), ++norm;
        }
        for (int level = kLevels - 1; level >= 0; --level) {
            h = upsample(h);
            // Interleave per group: [skip_g, h_g] for every network g.
            const auto& skip = skips[size_t(level)];
            auto joined = torch::cat({h.view({1, m_groups, -1, h.size(2), h.size(3)}), skip.view({1, m_groups, -1, h.size(2), h.size(3)})}, 2)
                              .view({1, -1, h.size(2), h.size(3)});
            h = normAct(m_up[size_t(level)].forward(joined, m_groups), m_gamma[norm], m_beta[norm]), ++norm;
        }
        return torch::sigmoid(m_out->forward(h, m_groups));
    }

    std::vector<torch::Tensor> parameters() const
    {
        std::vector<torch::Tensor> out;
        auto add = [&out](const GroupedConv& c) {
            out.push_back(c.weight);
            out.push_back(c.bias);
        };
        for (const auto& c : m_skip) add(c);
        for (const auto& c : m_down0) add(c);
        for (const auto& c : m_down1) add(c);
        for (const auto& c : m_up) add(c);
        add(*m_out);
        out.insert(out.end(), m_gamma.begin(), m_gamma.end());
        out.insert(out.end(), m_beta.begin(), m_beta.end());
        return out;
    }

    int64_t groups() const { return m_groups; }

private:
    static constexpr int kLevels = 3;
    int64_t m_groups;
    std::vector<GroupedConv> m_skip, m_down0, m_down1, m_up;
    std::unique_ptr<GroupedConv> m_out;
    std::vector<torch::Tensor> m_gamma, m_beta;
};

/// Per-image PSNR of `a` against `b`, both [B, C, H, W] in the model frame.
torch::Tensor psnrPerImage(const torch::Tensor& a, const torch::Tensor& b)
{
    auto mse = (a - b).pow(2).flatten(1).mean(1).clamp_min(1e-12);
    return 10.0 * torch::log10(4.0 / mse);
}

/// Which rows of a parameter belong to image g: parameters are laid out group-major.
torch::Tensor groupMask(const torch::Tensor& param, const torch::Tensor& imageMask, int64_t groups)
{
    auto shape = std::vector<int64_t>(size_t(param.dim()), 1);
    shape[0] = param.size(0);
    return imageMask.repeat_interleave(param.size(0) / groups).view(shape).to(param.dtype());
}

} // namespace

Result<DipFit> fitDip(const torch::Tensor& degraded, const DegradationSpec& spec, const DipOptions& options, uint64_t seed,
              int64_t keepStates, const MethodProgress& progress)
{
    c10::InferenceMode normal(false);
    const int64_t B = degraded.size(0), C = degraded.size(1), H = degraded.size(2), W = degraded.size(3);
    const int64_t iterations = options.iterations > 0 ? options.iterations : DipOptions::kDefaultIterations;
    auto gen = at::detail::createCPUGenerator(seed);
    DipNets nets(B, C, options, gen);
    auto input = torch::rand({1, B * options.inputChannels, H, W}, gen) * 0.1;
    auto target = degraded.to(torch::kCPU).to(torch::kFloat32);
    if (auto fits = spec.fitsImage(H, W); !fits) return fits.error();
    auto operatorOf = [&spec](const torch::Tensor& x) { return applyOperator(x, spec); };

    auto params = nets.parameters();
    torch::optim::Adam adam(params, torch::optim::AdamOptions(options.learningRate));
    std::vector<torch::Tensor> saved;
    for (const auto& p : params) saved.push_back(p.detach().clone());
    torch::Tensor lastPsnr, ema;
    DipFit fit;
    fit.iterations = iterations;
    for (int64_t i = 0; i < iterations; ++i) {
        if (progress.cancelled()) return cancelledError();
        auto jittered = input + torch::randn(input.sizes(), gen) * options.inputJitter;
        auto out = nets.forward(jittered).view({B, C, H, W}) * 2.0 - 1.0; // sigmoid → [−1, 1]
        auto fitted = operatorOf(out);
        // Summed per-image losses keep the B networks' gradients independent of each other.
        auto loss = (fitted - target).pow(2).flatten(1).mean(1).sum();
        adam.zero_grad();
        loss.backward();
        {
            torch::NoGradGuard guard;
            auto psnr = psnrPerImage(fitted.detach(), target);
            // Backtracking (as the reference does away from every 100th iteration): an image
            // whose fit lost more than 5 dB gets its last good weights back; others are saved.
            if (i % 100 != 0 && lastPsnr.defined()) {
                auto collapsed = (psnr - lastPsnr) < -5.0;
                for (size_t k = 0; k < params.size(); ++k) {
                    auto mask = groupMask(params[k], collapsed, B);
                    params[k].copy_(mask * saved[k] + (1 - mask) * params[k]);
                    saved[k].copy_(mask * saved[k] + (1 - mask) * params[k]);
                }
                psnr = torch::where(collapsed, lastPsnr, psnr);
            } else {
                for (size_t k = 0; k < params.size(); ++k) saved[k].copy_(params[k]);
            }
            lastPsnr = psnr;
            auto raw = out.detach();
            ema = ema.defined() ? options.emaDecay * ema + (1 - options.emaDecay) * raw : raw.clone();
            if (keepsState(i, iterations, keepStates)) {
                fit.states.push_back((options.useEma ? ema : raw).clamp(-1, 1).clone());
                fit.stateLabels.push_back("iteration " + std::to_string(i + 1));
            }
            if (i + 1 == iterations) fit.output = (options.useEma ? ema : raw).clamp(-1, 1).clone();
        }
        adam.step();
        progress.report(double(i + 1) / double(iterations));
    }
    return fit;
}

Result<DipFit> DipCache::fit(const torch::Tensor& degraded, const DegradationSpec& spec, const DipOptions& options, uint64_t seed,
                     int64_t keepStates, const MethodProgress& progress)
{
    auto bytesOf = [](const torch::Tensor& t) {
        auto c = t.to(torch::kCPU).to(torch::kFloat32).contiguous();
        return std::string(static_cast<const char*>(c.data_ptr()), size_t(c.numel()) * sizeof(float));
    };
    const std::string key = bytesHash(bytesOf(degraded)) + "/" + spec.label() + "/" + std::to_string(options.iterations) + "/" +
                            std::to_string(options.useEma) + "/" + std::to_string(seed) + "/" + std::to_string(keepStates);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (auto it = m_fits.find(key); it != m_fits.end()) {
            progress.report(1.0);
            DipFit reused = it->second;
            reused.reused = true;
            return reused;
        }
    }
    const auto start = std::chrono::steady_clock::now();
    auto fit = fitDip(degraded, spec, options, seed, keepStates, progress);
    if (!fit) return fit;
    fit->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_fits[key] = *fit;
    return fit;
}

} // namespace dddg
