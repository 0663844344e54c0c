#include "method_registry.h"

#include <torch/torch.h>

#include <algorithm>

namespace dddg {

#define DDDG_METHOD_FILE(list) std::vector<MethodEntry> list();
#include "methods/method_files.def"
#undef DDDG_METHOD_FILE

const std::vector<MethodEntry>& methodRegistry()
{
    static const std::vector<MethodEntry> registry = [] {
        std::vector<MethodEntry> all;
        for (auto list : {
#define DDDG_METHOD_FILE(list) list,
#include "methods/method_files.def"
#undef DDDG_METHOD_FILE
             })
            for (auto& entry : list()) all.push_back(std::move(entry));
        return all;
    }();
    return registry;
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
    auto train = loadDataset(dataset, dataDir, Split::Train);
    if (!train) return train.error();
    context.models = std::make_shared<ModelStore>(train->name, modelsDir, device); // a folder's models are named after it
    context.models->expectFrame(train->frame());
    auto slice = std::make_shared<Dataset>(*train);
    const int64_t n = std::min<int64_t>(tuningCount, train->size());
    // A folder's first files are one class (the photos' first 64 patches are all of one photo):
    // the filters would be tuned to it alone.
    const auto rows = train->storedInOrder ? torch::linspace(0, double(train->size() - 1), n).round().to(torch::kInt64)
                                           : torch::arange(n, torch::kInt64);
    slice->images = train->images.index_select(0, rows);
    if (train->labels.defined()) slice->labels = train->labels.index_select(0, rows);
    context.tuningImages = slice;
    return context;
}

int64_t MethodContext::operatorTMax() const
{
    if (models)
        if (auto model = models->dddg()) return (*model)->config().degradation.tMax;
    return DegradationConfig{}.tMax;
}

namespace {

int damageBit(DamageKind kind)
{
    switch (kind) {
    case DamageKind::Noise: return kUndoesNoise;
    case DamageKind::Blur: return kUndoesBlur;
    case DamageKind::Pool: return kUndoesPool;
    case DamageKind::Inpaint: return kUndoesInpaint;
    }
    return 0;
}

std::string kindMismatch(int undoes, DamageKind kind)
{
    if (kind == DamageKind::Inpaint) return "it does not inpaint";
    if (kind == DamageKind::Noise) return "a deblurring method; it does not denoise";
    return undoes & kUndoesNoise ? "a denoising method; it does not deblur" : "it does not undo " + toString(kind);
}

} // namespace

MethodVerdict MethodSet::check(const std::string& name, const DegradationSpec& spec)
{
    MethodVerdict verdict;
    const MethodEntry* entry = findMethod(name);
    if (!entry) {
        verdict.reason = "unknown method '" + name + "'";
        return verdict;
    }
    if (!(entry->undoes & damageBit(spec.kind))) { // no model needed to know
        verdict.reason = kindMismatch(entry->undoes, spec.kind);
        return verdict;
    }
    if (auto failed = m_unavailable.find(name); failed != m_unavailable.end()) {
        verdict.reason = failed->second.reason;
        verdict.missingModel = failed->second.missingModel;
        return verdict;
    }
    auto& made = m_made[name];
    if (!made) {
        MethodUnavailable why;
        made = entry->create(m_context, why);
        if (!made) {
            m_made.erase(name);
            m_unavailable[name] = why;
            verdict.reason = why.reason;
            verdict.missingModel = why.missingModel;
            return verdict;
        }
    }
    verdict.method = made.get();
    verdict.reason = made->modelLimit(spec);
    return verdict;
}

} // namespace dddg
