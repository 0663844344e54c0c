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

enum class DamageKind { Noise, Blur, Pool };

std::string toString(DamageKind kind);
bool parseDamageKind(const std::string& text, DamageKind& kind);

/// The largest noise std (0-255 scale) a comparison takes: DDPM's step 1000 of the linear schedule.
constexpr double kMaxNoiseSigma = 25500.0;

/// What was done to the clean images: additive Gaussian noise, or reduce_info(x, level).
struct DegradationSpec {
    DamageKind kind = DamageKind::Noise;
    double sigma = 25.0;               ///< noise: std on the 0–255 scale of the denoising literature
    int64_t level = 3;                 ///< blur/pool: t of reduce_info(x, t), 1 ≤ t < t_max
    DegradationConfig operatorConfig;  ///< blur/pool: the operator family (kind is set from `kind`)

    /// The noise std in the [−1, 1] model frame: 2·σ/255.
    double noiseStd() const { return 2.0 * sigma / 255.0; }
    /// The reduce_info operator of a blur/pool spec.
    Degradation blurOperator() const;
    /// "noise σ=25", "blur t=3", "pool t=2".
    std::string label() const;
    /// "25" or "3": the level column of results.csv.
    std::string levelText() const;
    Status validate() const;
};

/// A spec as a user states it (the CLI's flags, the comparison panel's controls): the kind's
/// name ("noise", "blur", "pool"), σ for noise or the level for blur/pool, the operators' t_max
/// and constant image x_0; validated. The Error names the flag that is wrong.
Result<DegradationSpec> degradationSpec(const std::string& kind, double sigma, int64_t level, int64_t tMax, double constant = 0);

/// Degrades clean images [B, C, H, W]: noise drawn on the CPU from `seed` (the same numbers on
/// every device), not clipped; blur/pool through reduce_info.
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
