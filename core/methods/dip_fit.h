#pragma once
// Deep Image Prior (Ulyanov et al.): a skip encoder-decoder fitted to one degraded image from
// a fixed noise input; the fixed iteration budget is the early stop. B images are fitted at
// once by B independent networks that share kernels through grouped convolutions.
#include "restoration.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace dddg {

struct DipOptions {
    int64_t iterations = 0;        ///< 0 = kDefaultIterations
    int64_t channels = 32;         ///< per scale (3 scales down to 4×4 for 32×32 images)
    int64_t skipChannels = 4;
    int64_t inputChannels = 32;    ///< fixed input: U(0, 0.1)
    double inputJitter = 1.0 / 30; ///< N(0, 1)·jitter added to the input every iteration
    double learningRate = 0.01;
    double emaDecay = 0.99;        ///< the output is the EMA of the network's outputs
    bool useEma = true;
    static constexpr int64_t kDefaultIterations = 400;
};

struct DipFit {
    torch::Tensor output;                 ///< [B, C, H, W] in [−1, 1]
    std::vector<torch::Tensor> states;
    std::vector<std::string> stateLabels;
    int64_t iterations = 0;
    double seconds = 0;   ///< wall time of the fit
    bool reused = false;  ///< came from a DipCache: `seconds` were spent by an earlier caller
};

/// Fits DIP to `degraded` [B, C, H, W]: the loss is MSE(A(f(z)), y) with A the identity for
/// noise and reduce_info(·, level) for blur/pool (so DIP deblurs with the known operator).
/// Backtracking: when the fit's PSNR against y drops by more than 5 dB the weights of that
/// image go back to their last good copy. Noise and weights come from `seed`. cancelledError()
/// when `progress` is cancelled.
Result<DipFit> fitDip(const torch::Tensor& degraded, const DegradationSpec& spec, const DipOptions& options, uint64_t seed,
              int64_t keepStates, const MethodProgress& progress);

/// Fits shared by `dip` and every `tdpm-dip-K` row of one comparison: the same input, spec,
/// budget and seed are fitted once (a cancelled fit is not kept). One per method context, in
/// its SharedWork.
class DipCache {
public:
    Result<DipFit> fit(const torch::Tensor& degraded, const DegradationSpec& spec, const DipOptions& options, uint64_t seed, int64_t keepStates,
               const MethodProgress& progress);

private:
    std::mutex m_mutex;
    std::map<std::string, DipFit> m_fits;
};

} // namespace dddg
