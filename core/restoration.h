#pragma once
// The seam every restoration method sits behind (design §9): a batch of degraded images in
// the model frame plus the degradation that made them in; restored images of the same shape,
// the network evaluations spent and, for iterative methods, the intermediate states out.
#include "degradation.h"
#include "result.h"

#include <torch/types.h>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace dddg {

enum class DamageKind { Noise, Blur, Pool, Inpaint };

std::string toString(DamageKind kind);
bool parseDamageKind(const std::string& text, DamageKind& kind);

/// The largest noise std (0-255 scale) a comparison takes: DDPM's step 1000 of the linear schedule.
constexpr double kMaxNoiseSigma = 25500.0;

/// The largest measurement noise σ_y (0–255 scale) a blur, pool, sr or inpaint spec takes.
constexpr double kMaxMeasurementSigma = 255.0;

/// Noise on an operator's measurement (SPEC §12): y = A x + σ_y·ε, then, with `quantize`,
/// rounded to 8 bits as a saved file would be.
struct MeasurementNoise {
    double sigmaY = 0;     ///< 0–255 scale
    bool quantize = false;
};

/// What was done to the clean images: additive Gaussian noise, reduce_info(x, level) (blur,
/// pool; super-resolution ×f is pool at the level whose factor is f), or an inpainting mask
/// (Cold Diffusion's fading schedule at `level`, or a user's own mask); the operators with
/// optional measurement noise.
struct DegradationSpec {
    DamageKind kind = DamageKind::Noise;
    double sigma = 25.0;               ///< noise: std on the 0–255 scale of the denoising literature
    int64_t level = 3;                 ///< blur/pool: t of reduce_info(x, t), 1 ≤ t < t_max; inpaint: 1 … kInpaintSteps
    DegradationConfig operatorConfig;  ///< blur/pool: the operator family (kind is set from `kind`)
    MeasurementNoise measurement;      ///< operators only
    int64_t srFactor = 0;              ///< pool stated as super-resolution ×f (labels it "sr ×f")
    torch::Tensor mask;                ///< inpaint with a user's mask: [1, 1, H, W], 1 kept, 0 missing
    std::string maskName;              ///< the mask file's name, for labels

    /// The noise std in the [−1, 1] model frame: 2·σ/255.
    double noiseStd() const { return 2.0 * sigma / 255.0; }
    /// The measurement noise std in the model frame, with 8-bit rounding's (1/√12 grey levels).
    double measurementStd() const;
    /// The reduce_info operator of a blur/pool spec.
    Degradation blurOperator() const;
    /// An inpaint spec's weights m [1, 1, H, W] (1 kept … 0 missing): the user's mask or the
    /// fading schedule at `level`, its hole centred.
    torch::Tensor inpaintWeights(int64_t height, int64_t width) const;
    /// "noise σ=25", "blur t=3", "pool t=2", "sr ×4", "inpaint t=50", "blur t=3 σy=12.75 8-bit".
    std::string label() const;
    /// "25" or "3": the level column of results.csv.
    std::string levelText() const;
    Status validate() const;
    /// Whether images of this size can take the spec: a mask of the same size, a factor that divides the sides.
    Status fitsImage(int64_t height, int64_t width) const;
};

/// A spec as a user states it (the CLI's flags, the comparison panel's controls): the kind's
/// name ("noise", "blur", "pool", "sr", "inpaint"), σ for noise, the level for blur/pool/inpaint
/// or the factor for sr, the operators' t_max and constant image x_0, and the measurement noise;
/// validated. The Error names the flag that is wrong.
Result<DegradationSpec> degradationSpec(const std::string& kind, double sigma, int64_t level, int64_t tMax, double constant = 0,
                                        MeasurementNoise measurement = {});

/// Reads a user's inpainting mask: a PNG (or any image) whose white pixels are missing and black
/// kept, nothing in between; returned as weights [1, 1, H, W] (1 kept, 0 missing).
Result<torch::Tensor> readInpaintMask(const std::string& path);

/// The operator's noise-free output A(x) for blur, pool and inpaint specs ([B, C, H, W] at the
/// image's size; pool is nearest-upsampled back), x itself for noise.
torch::Tensor applyOperator(const torch::Tensor& clean, const DegradationSpec& spec);

/// Degrades clean images [B, C, H, W]: noise drawn on the CPU from `seed` (the same numbers on
/// every device), not clipped; operators through applyOperator, then their measurement noise
/// (drawn at the pooled resolution for pool) and 8-bit rounding.
torch::Tensor applyDegradation(const torch::Tensor& clean, const DegradationSpec& spec, uint64_t seed);

/// Progress and cancellation of one method's run. `report` takes the fraction done, 0 … 1.
/// A method that sees `cancelled()` returns cancelledError() (result.h), never throws.
struct MethodProgress {
    std::function<void(double fraction)> onProgress;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const
    {
        if (onProgress) onProgress(fraction);
    }
};

struct RestoreOptions {
    uint64_t seed = 0;         ///< for methods that draw noise (DDPM steps, DIP's input)
    int64_t keepStates = 0;    ///< intermediate states to keep (evenly spaced); 0 = none
    int64_t dipIterations = 0; ///< DIP's budget; 0 = the method's default
    bool dipUseEma = true;     ///< DIP reports the EMA of its outputs (else the last output)
    int64_t posteriorSteps = 0;   ///< DiffPIR/DDRM network evaluations; 0 = the method's default
    int64_t posteriorSamples = 0; ///< DiffPIR/DDRM samples averaged; 0 = the method's default
    int64_t posteriorStart = 0;   ///< DiffPIR/DDRM's first step t_start; 0 = the method's default
    double diffpirLambda = 0;     ///< DiffPIR's λ; 0 = the default
    double diffpirZeta = -1;      ///< DiffPIR's ζ in [0, 1]; negative = the default
};

struct Restoration {
    torch::Tensor restored;               ///< [B, C, H, W], clipped to [−1, 1]
    int64_t nfe = 0;                      ///< network evaluations per image
    std::vector<torch::Tensor> states;    ///< intermediate states, in the order they were made
    std::vector<std::string> stateLabels; ///< one per state: "t=37", "iteration 100", …
    /// Seconds of earlier work this result reuses (a DIP fit shared by `dip` and `tdpm-dip-K`):
    /// a comparison adds them to the method's wall time, so each row shows what it costs alone.
    double reusedSeconds = 0;
};

class RestorationMethod {
public:
    virtual ~RestorationMethod() = default;
    /// The stable name of design §9 ("ddpm-linear", "nlm", …).
    virtual std::string name() const = 0;
    /// What the loaded model narrows beyond the damage kinds its registry entry declares
    /// (method_registry.h decides applicability from both): empty when its model handles
    /// `spec`, otherwise why not ("the model's t_max is 8"). Most methods have no such limit.
    virtual std::string modelLimit(const DegradationSpec&) const { return {}; }
    /// Network evaluations per image for `spec` (0 for classical filters).
    virtual int64_t nfe(const DegradationSpec& spec, const RestoreOptions& options) const = 0;
    /// Restores `degraded` [B, C, H, W] on the method's device. Cancellation is checked at
    /// least once per network evaluation or iteration; a cancelled run returns cancelledError().
    virtual Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions& options,
                                        const MethodProgress& progress) = 0;
    /// The model file it runs ("" for methods without one), for the `model` column.
    virtual std::string modelLabel() const { return {}; }
};

/// Keeps at most `keep` of `total` evenly spaced iterations (always the last): true for `index`.
bool keepsState(int64_t index, int64_t total, int64_t keep);

} // namespace dddg
