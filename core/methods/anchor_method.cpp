// The classical anchors of SPEC §12 for the operators other than blur: OpenCV's inpainting
// (Telea's fast marching, Navier–Stokes) for masks and bicubic upsampling for
// super-resolution. Wiener (wiener_method.cpp) is blur's.
#include "measurement_operator.h"
#include "method_registry.h"
#include "methods/mat_conversion.h"
#include "methods/method_support.h"

#include <torch/torch.h>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/photo.hpp>
#endif

namespace dddg {
namespace {
namespace F = torch::nn::functional;

#ifdef DDDG_HAVE_OPENCV
/// Pixels whose weight is below this are missing; faded ones above it are divided back.
constexpr double kKeptWeight = 0.5;
/// The neighbourhood each inpainted pixel draws on, in pixels (OpenCV's usual 3).
constexpr double kInpaintRadius = 3.0;

class InpaintMethod : public RestorationMethod {
public:
    explicit InpaintMethod(bool telea) : m_telea(telea) {}

    std::string name() const override { return m_telea ? "inpaint-telea" : "inpaint-ns"; }
    int64_t nfe(const DegradationSpec&, const RestoreOptions&) const override { return 0; }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions&,
                                const MethodProgress& progress) override
    {
        auto y = degraded.cpu().to(torch::kFloat32);
        if (auto fits = spec.fitsImage(y.size(2), y.size(3)); !fits) return fits.error();
        const auto weights = spec.inpaintWeights(y.size(2), y.size(3));
        const auto kept = weights >= kKeptWeight;
        auto unfaded = torch::where(kept, y / weights.clamp_min(kKeptWeight), torch::zeros_like(y));
        auto holes = (~kept).to(torch::kUInt8).mul_(255)[0][0].contiguous();
        cv::Mat mask(int(holes.size(0)), int(holes.size(1)), CV_8UC1, holes.data_ptr());
        auto out = torch::empty_like(y);
        for (int64_t i = 0; i < y.size(0); ++i) {
            if (progress.cancelled()) return cancelledRestoration();
            cv::Mat filled;
            cv::inpaint(toBytes(unfaded[i]), mask, filled, kInpaintRadius, m_telea ? cv::INPAINT_TELEA : cv::INPAINT_NS);
            out[i].copy_(fromBytes(filled));
            progress.report(double(i + 1) / double(y.size(0)));
        }
        Restoration r;
        r.restored = out.clamp_(-1, 1);
        return r;
    }

private:
    bool m_telea;
};
#endif

/// Bicubic upsampling of the low-resolution image (the block means of the pool input).
class BicubicMethod : public RestorationMethod {
public:
    std::string name() const override { return "bicubic"; }
    int64_t nfe(const DegradationSpec&, const RestoreOptions&) const override { return 0; }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions&,
                                const MethodProgress& progress) override
    {
        const int64_t H = degraded.size(2), W = degraded.size(3);
        auto op = MeasurementOperator::make(spec, H, W);
        if (!op) return op.error();
        auto small = op->measurement(degraded.cpu().to(torch::kFloat32));
        Restoration out;
        out.restored = F::interpolate(small, F::InterpolateFuncOptions().size(std::vector<int64_t>{H, W}).mode(torch::kBicubic).align_corners(false))
                           .clamp(-1, 1);
        progress.report(1.0);
        return out;
    }
};

} // namespace

std::vector<MethodEntry> anchorMethods()
{
    auto inpaint = [](bool telea) {
        return [telea](const MethodContext&, MethodUnavailable& why) -> std::unique_ptr<RestorationMethod> {
#ifdef DDDG_HAVE_OPENCV
            (void)why;
            return std::make_unique<InpaintMethod>(telea);
#else
            (void)telea;
            why = {"OpenCV's inpainting is missing from this headless build", false};
            return nullptr;
#endif
        };
    };
    auto bicubic = [](const MethodContext&, MethodUnavailable&) -> std::unique_ptr<RestorationMethod> { return std::make_unique<BicubicMethod>(); };
    return {
        {"inpaint-telea", "OpenCV inpainting, Telea's fast marching (radius 3)", "classical", kUndoesInpaint, inpaint(true)},
        {"inpaint-ns", "OpenCV inpainting, Navier-Stokes (radius 3)", "classical", kUndoesInpaint, inpaint(false)},
        {"bicubic", "Bicubic upsampling of the low-resolution image", "classical", kUndoesPool, bicubic},
    };
}

} // namespace dddg
