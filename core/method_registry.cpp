#include "method_registry.h"

#include "methods/dip_fit.h"

#include <torch/torch.h>

namespace dddg {

const std::vector<MethodEntry>& methodRegistry()
{
    using C = const MethodContext&;
    using W = MethodUnavailable&;
    auto tdpm = [](int64_t k) { return [k](C c, W w) { return makeTdpmDipMethod(k, c, w); }; };
    auto classical = [](const char* f) { return [f](C c, W w) { return makeClassicalMethod(f, c, w); }; };
    static const std::vector<MethodEntry> registry{
        {"ddpm-linear", "DDPM, linear schedule: ancestral steps from the matched noise level", "diffusion", kUndoesNoise,
         [](C c, W w) { return makeDdpmMethod("linear", c, w); }},
        {"ddpm-cosine", "DDPM, cosine schedule: ancestral steps from the matched noise level", "diffusion", kUndoesNoise,
         [](C c, W w) { return makeDdpmMethod("cosine", c, w); }},
        {"dip", "Deep Image Prior: a skip network fitted to the degraded image from fixed noise", "prior", kUndoesAny, makeDipMethod},
        {"tdpm-dip-0", "TDPM-DIP, T_trunc 0: the DIP fit alone", "prior", kUndoesAny, tdpm(0)},
        {"tdpm-dip-5", "TDPM-DIP, T_trunc 5: DIP as the implicit generator, then 5 DDPM steps", "prior", kUndoesNoise, tdpm(5)},
        {"tdpm-dip-10", "TDPM-DIP, T_trunc 10: DIP, then 10 DDPM steps", "prior", kUndoesNoise, tdpm(10)},
        {"tdpm-dip-50", "TDPM-DIP, T_trunc 50: DIP, then 50 DDPM steps", "prior", kUndoesNoise, tdpm(50)},
        {"dae", "DAED's denoising auto-encoder alone: one pass", "diffusion", kUndoesNoise, [](C c, W w) { return makeDaeMethod(false, c, w); }},
        {"daed", "DAED: diffusion steps down to the first, large step, then the auto-encoder", "diffusion", kUndoesNoise,
         [](C c, W w) { return makeDaeMethod(true, c, w); }},
        {"cold-naive", "Cold Diffusion, naive sampling x_{s-1} = D(R(x_s), s-1)", "diffusion", kUndoesBlur,
         [](C c, W w) { return makeColdMethod(false, c, w); }},
        {"cold-tacos", "Cold Diffusion, TACoS x_{s-1} = x_s - D(x0, s) + D(x0, s-1)", "diffusion", kUndoesBlur,
         [](C c, W w) { return makeColdMethod(true, c, w); }},
        {"dddg", "DDDG: encoder inversion plus the likelihood step (noise) or native deblurring from the degraded level", "gan", kUndoesAny,
         [](C c, W w) { return makeDddgMethod(false, c, w); }},
        {"dddg-refine", "DDDG with step-wise latent refinement", "gan", kUndoesAny, [](C c, W w) { return makeDddgMethod(true, c, w); }},
        {"gaussian", "Gaussian filter (σ tuned on training images)", "classical", kUndoesNoise, classical("gaussian")},
        {"median", "Median filter (size tuned on training images)", "classical", kUndoesNoise, classical("median")},
        {"bilateral", "Bilateral filter (parameters tuned on training images)", "classical", kUndoesNoise, classical("bilateral")},
        {"nlm", "Non-local means (h tuned on training images)", "classical", kUndoesNoise, classical("nlm")},
        {"wiener", "Tikhonov-regularised deconvolution with the known operator", "classical", kUndoesBlur, makeWienerMethod},
    };
    return registry;
}

std::string MethodEntry::notApplicable(const DegradationSpec& spec) const
{
    if (spec.kind == DamageKind::Noise && !(scope & kUndoesNoise)) return "a deblurring method; it does not denoise";
    if (spec.kind != DamageKind::Noise && !(scope & kUndoesBlur)) return "a denoising method; it does not deblur";
    return "";
}

std::vector<std::string> methodNames()
{
    std::vector<std::string> names;
    for (const auto& entry : methodRegistry()) names.push_back(entry.name);
    return names;
}

const MethodEntry* findMethod(const std::string& name)
{
    for (const auto& entry : methodRegistry())
        if (entry.name == name) return &entry;
    return nullptr;
}

Result<std::vector<std::string>> parseMethodList(const std::string& text)
{
    if (text == "all") return methodNames();
    std::vector<std::string> names;
    size_t at = 0;
    while (at <= text.size()) {
        size_t comma = text.find(',', at);
        std::string name = text.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        if (!findMethod(name)) {
            std::string valid;
            for (const auto& n : methodNames()) valid += (valid.empty() ? "" : ", ") + n;
            return makeError("unknown method '" + name + "'; valid: all, " + valid);
        }
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        if (comma == std::string::npos) break;
        at = comma + 1;
    }
    return names;
}

Result<MethodContext> makeMethodContext(const std::string& dataset, const std::string& dataDir, const std::string& modelsDir,
                                        torch::Device device, int64_t tuningCount)
{
    MethodContext context;
    context.device = device;
    context.models = std::make_shared<ModelStore>(dataset, modelsDir, device);
    context.dipCache = std::make_shared<DipCache>();
    context.tuned = std::make_shared<TunedSettings>();
    auto train = loadDataset(dataset, dataDir, Split::Train);
    if (!train) return train.error();
    auto slice = std::make_shared<Dataset>(*train);
    int64_t n = std::min<int64_t>(tuningCount, train->size());
    slice->images = train->images.narrow(0, 0, n).clone();
    if (train->labels.defined()) slice->labels = train->labels.narrow(0, 0, n).clone();
    context.tuningImages = slice;
    return context;
}

} // namespace dddg
