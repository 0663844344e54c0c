// Classical denoisers (OpenCV): Gaussian, median, bilateral and non-local means, each with
// its parameter chosen once per noise level by mean PSNR on training images (their own noise
// seed), never on the images being scored. 8-bit in and out, as the filters expect.
#include "method_registry.h"
#include "methods/cross_median.h"
#include "methods/mat_conversion.h"
#include "methods/method_support.h"
#include "methods/parameter_tuning.h"

#include <torch/torch.h>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgproc.hpp>
#include <opencv2/photo.hpp>
#endif

#include <map>

namespace dddg {

#ifdef DDDG_HAVE_OPENCV
namespace {

/// One filter setting: up to three numbers whose meaning depends on the filter.
struct FilterSetting {
    double a = 0, b = 0, c = 0;
    std::string text;
};

std::vector<FilterSetting> settingsFor(const std::string& filter)
{
    std::vector<FilterSetting> grid;
    auto add = [&grid](double a, double b, double c, std::string text) { grid.push_back({a, b, c, std::move(text)}); };
    if (filter == "gaussian")
        for (double s = 0.3; s <= 3.01; s += 0.1) add(s, 0, 0, "sigma " + std::to_string(s).substr(0, 3));
    if (filter == "median") {
        for (int k : {3, 5, 7}) add(k, 0, 0, "size " + std::to_string(k));
        for (int k : {3, 5}) add(k, 1, 0, "cross " + std::to_string(k)); // b = 1: plus-shaped window
    }
    if (filter == "bilateral")
        for (int d : {3, 5, 7})
            for (double color : {20.0, 40.0, 60.0, 80.0, 110.0, 150.0, 200.0})
                for (double space : {1.0, 2.0, 3.0})
                    add(d, color, space, "d " + std::to_string(d) + ", colour " + std::to_string(int(color)) + ", space " + std::to_string(int(space)));
    if (filter == "nlm")
        for (double h = 5; h <= 100; h += 5)
            for (int window : {5, 7}) add(h, window, 0, "h " + std::to_string(int(h)) + ", window " + std::to_string(window));
    return grid;
}

cv::Mat applyFilter(const std::string& filter, const FilterSetting& s, const cv::Mat& in)
{
    cv::Mat out;
    if (filter == "gaussian") cv::GaussianBlur(in, out, cv::Size(0, 0), s.a, s.a, cv::BORDER_REFLECT101);
    else if (filter == "median") cv::medianBlur(in, out, int(s.a));
    else if (filter == "bilateral") cv::bilateralFilter(in, out, int(s.a), s.b, s.c, cv::BORDER_REFLECT101);
    else cv::fastNlMeansDenoising(in, out, float(s.a), int(s.b), 21);
    return out;
}

Result<torch::Tensor> filterBatch(const std::string& filter, const FilterSetting& setting, const torch::Tensor& batch,
                                  const MethodProgress* progress)
{
    auto x = batch.to(torch::kCPU).to(torch::kFloat32);
    if (filter == "median" && setting.b > 0) { // plus-shaped: on the 8-bit levels, like the OpenCV filters
        auto levels = ((x.clamp(-1, 1) + 1) * 127.5).round();
        return crossMedian(levels, int64_t(setting.a)) / 127.5 - 1.0;
    }
    auto out = torch::empty_like(x);
    for (int64_t i = 0; i < x.size(0); ++i) {
        if (progress && progress->cancelled()) return cancelledError();
        // Bilateral weighs pixels by their colour distance, so colour is filtered as colour. NLM
        // runs per channel: OpenCV's coloured variant (Lab, h = h_colour) scored 1.2 dB lower on
        // emoji at σ 25 with h tuned (design §9).
        if (filter == "nlm")
            for (int64_t c = 0; c < x.size(1); ++c) out[i][c].copy_(fromBytes(applyFilter(filter, setting, toBytes(x[i].narrow(0, c, 1))))[0]);
        else
            out[i].copy_(fromBytes(applyFilter(filter, setting, toBytes(x[i]))));
        if (progress) progress->report(double(i + 1) / double(x.size(0)));
    }
    return out;
}

class ClassicalMethod : public RestorationMethod {
public:
    ClassicalMethod(std::string filter, std::shared_ptr<const Dataset> tuning, std::shared_ptr<TunedSettings> tuned)
        : m_filter(std::move(filter)), m_tuning(std::move(tuning)), m_tuned(std::move(tuned))
    {
    }

    std::string name() const override { return m_filter; }
    int64_t nfe(const DegradationSpec&, const RestoreOptions&) const override { return 0; }
    std::string modelLabel() const override { return m_lastSetting; }

    Result<Restoration> restore(const torch::Tensor& degraded, const DegradationSpec& spec, const RestoreOptions&,
                                const MethodProgress& progress) override
    {
        const FilterSetting setting = tuned(spec);
        m_lastSetting = setting.text;
        progress.report(0); // tuning is done: the rate starts here
        auto x = filterBatch(m_filter, setting, degraded, &progress);
        if (!x) return x.error();
        Restoration out;
        out.restored = x->clamp_(-1, 1);
        return out;
    }

private:
    FilterSetting tuned(const DegradationSpec& spec)
    {
        const auto settings = settingsFor(m_filter);
        auto index = m_tuned->findOrTune(m_filter + "/" + spec.label(), [&]() -> Result<double> {
            const auto images = tuningImages(*m_tuning, spec);
            // Tuning runs without a cancel flag, so every filter pass returns a value.
            return double(bestByMeanPsnr(settings.size(), [&](size_t i) { return *filterBatch(m_filter, settings[i], images.degraded, nullptr); },
                                         images.clean));
        });
        return settings[size_t(*index)];
    }

    std::string m_filter;
    std::shared_ptr<const Dataset> m_tuning;
    std::shared_ptr<TunedSettings> m_tuned;
    std::string m_lastSetting;
};

} // namespace
#endif

namespace {

std::unique_ptr<RestorationMethod> makeClassicalMethod(const std::string& filter, const MethodContext& context, MethodUnavailable& why)
{
#ifdef DDDG_HAVE_OPENCV
    (void)why;
    return std::make_unique<ClassicalMethod>(filter, context.tuningImages, context.tuned);
#else
    (void)context;
    why = {"the classical filters need OpenCV, which this headless build lacks", false};
    return nullptr;
#endif
}

} // namespace

std::vector<MethodEntry> classicalMethods()
{
    auto filter = [](const char* name) { return [name](const MethodContext& c, MethodUnavailable& w) { return makeClassicalMethod(name, c, w); }; };
    return {
        {"gaussian", "Gaussian filter (σ tuned on training images)", "classical", kUndoesNoise, filter("gaussian")},
        {"median", "Median filter (size tuned on training images)", "classical", kUndoesNoise, filter("median")},
        {"bilateral", "Bilateral filter (parameters tuned on training images)", "classical", kUndoesNoise, filter("bilateral")},
        {"nlm", "Non-local means (h tuned on training images)", "classical", kUndoesNoise, filter("nlm")},
    };
}

} // namespace dddg
