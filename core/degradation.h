#pragma once
// reduce_info(x, t): DDDG's deterministic, linear degradation (design §3).
// t = t_max is the clean image, t = 0 the dataset-constant image.
#include <torch/types.h>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace dddg {

/// Inpaint is Cold Diffusion's fading family (inpaint_mask.h): its restorers train on it, but
/// reduce_info (DDDG) has only blur and pool.
enum class DegradationKind { Blur, Pool, Inpaint };

/// How images are degraded; saved in every checkpoint.
struct DegradationConfig {
    DegradationKind kind = DegradationKind::Blur;
    int64_t tMax = 6;
    double sigmaMax = 6.0;  ///< blur σ at t = 1
    double sigmaMin = 2.0;  ///< blur σ at t = t_max − 1
    double constant = 0.0;  ///< x_0's pixel value: the training set's mean pixel
};

/// The defaults for images of side `side` (design §3): one more level per doubling of the side
/// from 32 (t_max 6 at 32, 7 at 64, 5 at 16) and the blur σ in pixels in proportion to the side,
/// so that every level t < t_max keeps the relative scale it has at 32 and the extra level is
/// the finest (a 2×2 pool at 64).
DegradationConfig degradationForSide(int64_t side);

std::string toString(DegradationKind kind);
/// Parses "blur" or "pool"; returns false for anything else.
bool parseDegradationKind(const std::string& text, DegradationKind& kind);
/// Parses the operator families a Cold Diffusion restorer trains on: "blur", "pool" or "inpaint".
bool parseColdFamily(const std::string& text, DegradationKind& kind);

class Degradation {
public:
    explicit Degradation(DegradationConfig config);

    /// x: [B, C, H, W]; t in [0, t_max]. Batched, differentiable, on x's device.
    torch::Tensor reduce(const torch::Tensor& x, int64_t t) const;
    /// σ_t of the blur family (t in 1..t_max−1); 0 elsewhere.
    double sigma(int64_t t) const;
    /// Pooling factor 2^(t_max − t) of the pool family, capped at `size`.
    int64_t poolFactor(int64_t t, int64_t size) const;
    const DegradationConfig& config() const { return m_config; }
    int64_t tMax() const { return m_config.tMax; }

private:
    torch::Tensor blur(const torch::Tensor& x, double sigma) const;
    torch::Tensor pool(const torch::Tensor& x, int64_t t) const;
    torch::Tensor kernel(double sigma, int64_t radius, const torch::TensorOptions& options) const;

    DegradationConfig m_config;
    mutable std::mutex m_cacheMutex; // kernels are cached per (σ, radius, device, dtype)
    mutable std::map<std::string, torch::Tensor> m_kernels;
};

/// A 1-D Gaussian kernel of 2·radius+1 taps with standard deviation σ, summing to 1.
torch::Tensor gaussianKernel1d(double sigma, int64_t radius);

/// The blur family's Gaussian blur on its own (separable, radius ceil(3σ) capped at
/// side − 1, reflect padding); x: [B, C, H, W]. σ ≤ 0 returns x. Used to make blurred
/// image sets, e.g. for FID (LeNet) checks.
torch::Tensor gaussianBlur(const torch::Tensor& x, double sigma);

} // namespace dddg
