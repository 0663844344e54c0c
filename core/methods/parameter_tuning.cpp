#include "methods/parameter_tuning.h"

#include "image_metrics.h"

#include <torch/torch.h>

namespace dddg {

TuningImages tuningImages(const Dataset& tuning, const DegradationSpec& spec, int64_t n)
{
    TuningImages images;
    images.clean = n > 0 && n < tuning.size() ? tuning.images.narrow(0, 0, n) : tuning.images;
    images.degraded = applyDegradation(images.clean, spec, kTuningNoiseSeed);
    return images;
}

size_t bestByMeanPsnr(size_t candidates, const std::function<torch::Tensor(size_t)>& restore, const torch::Tensor& clean)
{
    torch::NoGradGuard guard;
    const auto target = clean.cpu();
    size_t best = 0;
    double bestPsnr = -1e30;
    for (size_t i = 0; i < candidates; ++i) {
        const double score = psnr(restore(i).cpu(), target).mean().item<double>();
        if (score > bestPsnr) bestPsnr = score, best = i;
    }
    return best;
}

} // namespace dddg
