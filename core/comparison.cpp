#include "comparison.h"

#include "image_metrics.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace dddg {
namespace {

double nowSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::string number(double value, const char* format)
{
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

} // namespace

bool isOwnSize(const torch::Tensor& images, const ModelFrame& frame)
{
    return frame.size > 0 && (images.size(1) != frame.channels || images.size(2) != frame.size || images.size(3) != frame.size);
}

std::string ownSizeLimit(const std::string& method, const DegradationSpec& spec)
{
    const MethodEntry* entry = findMethod(method);
    const ScaleHandling handling = scaleHandlingOf(entry ? entry->family : std::string());
    if (handling == ScaleHandling::Whole || (spec.kind != DamageKind::Inpaint && spec.kind != DamageKind::Pool)) return "";
    return std::string(spec.kind == DamageKind::Inpaint ? "inpaints" : "super-resolves") +
           " only in the models' frame: the mask or pixel grid is the whole picture's (untick \"At its own size\" or use --in-frame)";
}

namespace {

// One image [1, C, H, W] not in the models' frame, the way its method's family takes it.
Result<Restoration> restoreImageAtOwnSize(RestorationMethod& method, const std::string& name, const torch::Tensor& image,
                                          const ComparisonSettings& settings, const MethodProgress& progress, std::string* how)
{
    const MethodEntry* entry = findMethod(name);
    const ScaleHandling handling = scaleHandlingOf(entry ? entry->family : std::string());
    if (auto why = ownSizeLimit(name, settings.spec); !why.empty()) return makeError(why);
    auto restore = [&](const torch::Tensor& batch, const MethodProgress& part) { return method.restore(batch, settings.spec, settings.restore, part); };
    return restoreAtOwnSize(image, handling, settings.frame, restore, progress, how);
}

/// `t` on the CPU in [−1, 1], copied only when it strays outside: a 16-megapixel result is
/// 190 MB, and every clamp of it was another copy.
torch::Tensor inDataRange(const torch::Tensor& t)
{
    torch::Tensor cpu = t.to(torch::kCPU);
    if (cpu.numel() == 0) return cpu;
    const auto range = torch::aminmax(cpu);
    if (std::get<0>(range).item<float>() >= -1.0f && std::get<1>(range).item<float>() <= 1.0f) return cpu;
    return cpu.clamp(-1, 1);
}

ComparisonRow runMethod(const std::string& name, const torch::Tensor& clean, const torch::Tensor& degraded, const ComparisonSettings& settings,
                        MethodSet& methods, const ComparisonCallbacks& callbacks)
{
    ComparisonRow row;
    row.method = name;
    row.n = clean.size(0);
    const MethodVerdict verdict = methods.check(name, settings.spec);
    if (verdict.method) row.model = verdict.method->modelLabel();
    if (!verdict.applies()) {
        row.status = verdict.missingModel ? RowStatus::Skipped : RowStatus::NotApplicable;
        row.note = verdict.reason;
        return row;
    }
    RestorationMethod* method = verdict.method;
    const bool ownSize = isOwnSize(clean, settings.frame);
    if (ownSize)
        if (auto why = ownSizeLimit(name, settings.spec); !why.empty()) {
            row.status = RowStatus::NotApplicable;
            row.note = why;
            return row;
        }
    std::string howRestored;
    const int64_t n = clean.size(0), batch = ownSize ? 1 : std::max<int64_t>(1, settings.batch);
    std::vector<torch::Tensor> parts;
    std::vector<std::vector<torch::Tensor>> stateParts;
    const double start = nowSeconds();
    double reusedSeconds = 0;
    for (int64_t from = 0; from < n; from += batch) {
        const int64_t count = std::min(batch, n - from);
        MethodProgress progress;
        progress.cancel = callbacks.cancel;
        progress.onProgress = [&](double f) {
            if (callbacks.onProgress) callbacks.onProgress(name, (double(from) + f * double(count)) / double(n));
        };
        auto result = ownSize ? restoreImageAtOwnSize(*method, name, degraded.narrow(0, from, count), settings, progress, &howRestored)
                              : method->restore(degraded.narrow(0, from, count), settings.spec, settings.restore, progress);
        if (!result) {
            row.status = result.cancelled() ? RowStatus::Cancelled : RowStatus::Failed;
            row.note = result.cancelled() ? "cancelled" : result.error().message;
            return row;
        }
        parts.push_back(inDataRange(result->restored));
        row.nfe = result->nfe;
        reusedSeconds += result->reusedSeconds;
        if (from == 0) row.stateLabels = result->stateLabels;
        for (size_t k = 0; k < result->states.size(); ++k) {
            if (stateParts.size() <= k) stateParts.resize(k + 1);
            stateParts[k].push_back(result->states[k].to(torch::kCPU));
        }
    }
    row.wallSeconds = nowSeconds() - start + reusedSeconds;
    row.model = method->modelLabel(); // tuned settings are known after the run
    if (!howRestored.empty()) row.model += (row.model.empty() ? "" : "; ") + howRestored;
    for (auto& states : stateParts) row.states.push_back(torch::cat(states));
    scoreRow(row, parts.size() == 1 ? parts.front() : torch::cat(parts), clean);
    return row;
}

} // namespace

void scoreRow(ComparisonRow& row, const torch::Tensor& restored, const torch::Tensor& clean)
{
    row.restored = inDataRange(restored);
    auto target = clean.to(torch::kCPU);
    row.psnrPerImage = psnr(row.restored, target).to(torch::kFloat64);
    row.ssimPerImage = ssim(row.restored, target).to(torch::kFloat64);
    row.n = row.restored.size(0);
    row.psnr = row.psnrPerImage.mean().item<double>();
    row.ssim = row.ssimPerImage.mean().item<double>();
    // Population std over the n images (0 for a single image).
    row.psnrStd = row.n > 1 ? row.psnrPerImage.std(/*unbiased=*/false).item<double>() : 0.0;
    row.ssimStd = row.n > 1 ? row.ssimPerImage.std(/*unbiased=*/false).item<double>() : 0.0;
}

std::vector<ComparisonRow> runComparison(const torch::Tensor& clean, const torch::Tensor& degraded, const ComparisonSettings& settings,
                                         MethodSet& methods, const ComparisonCallbacks& callbacks)
{
    std::vector<ComparisonRow> rows;
    ComparisonRow floor;
    floor.method = "input";
    scoreRow(floor, degraded, clean);
    rows.push_back(floor);
    if (callbacks.onRow) callbacks.onRow(floor);
    for (const auto& name : settings.methods) {
        if (callbacks.cancel && callbacks.cancel->load()) break;
        if (callbacks.onMethodStarted) callbacks.onMethodStarted(name);
        rows.push_back(runMethod(name, clean, degraded, settings, methods, callbacks));
        ComparisonRow& row = rows.back();
        // Flagged, not hidden: a method that loses to the input it was given (a model trained
        // on other pictures than these).
        if (row.status == RowStatus::Ok && row.psnr < floor.psnr)
            row.note = "below the degraded input (" + number(row.psnr, "%.2f") + " < " + number(floor.psnr, "%.2f") + " dB)";
        if (callbacks.onRow) callbacks.onRow(row);
    }
    return rows;
}

std::string comparisonCsv(const std::vector<ComparisonRow>& rows, const DegradationSpec& spec)
{
    // The measurement columns come last, so scripts that read the first twelve keep working.
    std::string out = "method,psnr,ssim,psnr_std,ssim_std,nfe,wall_s,images_per_s,n,degradation,level,model,sigma_y,quantized,mask\n";
    const bool operatorKind = spec.kind != DamageKind::Noise;
    const std::string measurement = "," + (operatorKind ? number(spec.measurement.sigmaY, "%g") : std::string("")) + "," +
                                    (operatorKind ? (spec.measurement.quantize ? "1" : "0") : "") + "," + csvField(spec.maskName);
    for (const auto& r : rows) {
        const bool scored = r.status == RowStatus::Ok;
        auto value = [scored](double v, const char* format) { return scored ? number(v, format) : std::string("n/a"); };
        std::string model = scored ? r.model : (r.status == RowStatus::Skipped ? "skipped: " : "n/a: ") + r.note;
        out += csvField(r.method) + "," + value(r.psnr, "%.4f") + "," + value(r.ssim, "%.5f") + "," + value(r.psnrStd, "%.4f") + "," +
               value(r.ssimStd, "%.5f") + "," + std::to_string(r.nfe) + "," + number(r.wallSeconds, "%.3f") + "," +
               number(r.imagesPerSecond(), "%.3f") + "," + std::to_string(r.n) + "," + (spec.srFactor > 0 ? std::string("sr") : toString(spec.kind)) + "," + spec.levelText() + "," +
               csvField(model) + measurement + "\n";
    }
    return out;
}

std::string comparisonMarkdown(const std::vector<ComparisonRow>& rows, const DegradationSpec& spec, const std::string& settingsText)
{
    std::vector<const ComparisonRow*> order;
    for (const auto& r : rows) order.push_back(&r);
    std::stable_sort(order.begin(), order.end(), [](const ComparisonRow* a, const ComparisonRow* b) {
        const bool sa = a->status == RowStatus::Ok, sb = b->status == RowStatus::Ok;
        if (sa != sb) return sa;
        return sa && a->psnr > b->psnr;
    });
    std::string out = "# Comparison: " + spec.label() + "\n\n" + settingsText + "\n\n";
    out += "| method | PSNR (dB) | SSIM | PSNR std | SSIM std | NFE | wall (s) | images/s | model |\n";
    out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n";
    for (const auto* r : order) {
        if (r->status != RowStatus::Ok) {
            out += "| " + r->method + " | n/a | n/a | | | | | | " + (r->status == RowStatus::Skipped ? "skipped: " : "n/a: ") + r->note + " |\n";
            continue;
        }
        const std::string flag = r->note.empty() ? "" : " ⚠";
        const std::string model = r->note.empty() ? r->model : r->note + (r->model.empty() ? "" : "; " + r->model);
        out += "| " + r->method + flag + " | " + number(r->psnr, "%.2f") + " | " + number(r->ssim, "%.4f") + " | " + number(r->psnrStd, "%.2f") +
               " | " + number(r->ssimStd, "%.4f") + " | " + std::to_string(r->nfe) + " | " + number(r->wallSeconds, "%.2f") + " | " +
               number(r->imagesPerSecond(), "%.1f") + " | " + model + " |\n";
    }
    return out;
}

} // namespace dddg
