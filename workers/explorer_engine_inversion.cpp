// ExplorerEngine's inversion: encoder, then optional step-wise refinement with progress
// and cancel, and the numbers that compare the two.
#include "explorer_engine_state.h"

#include "frame_conversion.h"
#include "image_metrics.h"
#include "inversion.h"


namespace dddg {
namespace {

// The class whose encoder reconstruction fits `image` best (for images without a label).
int64_t bestClass(DddgModel& model, const torch::Tensor& image)
{
    const int64_t K = model.config().numClasses;
    auto images = image.expand({K, image.size(1), image.size(2), image.size(3)}).contiguous();
    auto labels = torch::arange(K, torch::kInt64);
    auto trajectory = renderTrajectory(model, encodeLatents(model, images, labels), labels);
    return psnr(trajectory.result().clamp(-1, 1), images).argmax().item<int64_t>();
}

} // namespace

int64_t ExplorerEngine::State::referenceClass() const
{
    return referenceLabel >= 0 ? int64_t(referenceLabel) : bestClass(*model, reference);
}

void ExplorerEngine::invertReference(quint64 stamp, int refineSteps)
{
    m_cancelInversion = false; // here, not in the job: a cancel before it starts must count
    post(tr("Invert image"), [this, stamp, refineSteps] { doInvert(stamp, refineSteps); });
}

void ExplorerEngine::doInvert(quint64 stamp, int refineSteps)
{
    auto& s = *m_state;
    auto& model = s.requireModel();
    if (!s.reference.defined()) throw std::runtime_error("choose an image to invert first");
    QElapsedTimer timer, sinceProgress;
    timer.start();
    sinceProgress.start();
    torch::Tensor labels;
    if (s.conditional()) labels = torch::full({1}, s.referenceClass(), torch::kInt64);
    InversionOutcome outcome;
    outcome.stamp = stamp;
    outcome.source = s.referenceSource;
    outcome.refineSteps = refineSteps;
    auto z = encodeLatents(model, s.reference, labels);
    auto encoder = renderTrajectory(model, z, labels);
    Trajectory refined = encoder;
    if (refineSteps > 0) {
        RefineOptions options;
        options.steps = refineSteps;
        auto progress = [&](int64_t done, int64_t total) {
            if (sinceProgress.elapsed() >= 40 || done == total) {
                Q_EMIT inversionProgress(stamp, int(done), int(total));
                sinceProgress.restart();
            }
            return !m_cancelInversion.load();
        };
        auto result = refineLatents(model, s.reference, z, labels, options, progress);
        if (result) refined = std::move(*result);
        else if (result.cancelled()) outcome.cancelled = true; // the encoder's trajectory stands
        else throw std::runtime_error(result.error().message);
    }
    outcome.encoder = toFrames(encoder, s.forward);
    outcome.refined = toFrames(refined, s.forward);
    outcome.psnrEncoder = psnr(encoder.result().clamp(-1, 1), s.reference).item<double>();
    outcome.ssimEncoder = ssim(encoder.result().clamp(-1, 1), s.reference).item<double>();
    outcome.psnrRefined = psnr(refined.result().clamp(-1, 1), s.reference).item<double>();
    outcome.ssimRefined = ssim(refined.result().clamp(-1, 1), s.reference).item<double>();
    outcome.elapsedMs = elapsedMs(timer);
    Q_EMIT inversionFinished(outcome);
}

} // namespace dddg
