#pragma once
// The registry of restoration methods: stable names → factories (design §9). `dddg compare`,
// the comparison panel and the tests all go through it; a new method is one file plus one
// line in method_registry.cpp.
#include "dataset.h"
#include "model_store.h"
#include "restoration.h"

#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <memory>
#include <string>
#include <vector>

namespace dddg {

class DipCache;

/// Parameters the classical methods tuned on the training images, kept for the context's
/// lifetime: repeated runs (the comparison panel) tune once per method and degradation.
class TunedSettings {
public:
    std::optional<double> find(const std::string& key) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto it = m_values.find(key);
        return it == m_values.end() ? std::nullopt : std::optional<double>(it->second);
    }
    void store(const std::string& key, double value)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_values[key] = value;
    }
    /// The value under `key`, else what `tune` gives, stored unless it is empty (a cancelled tuning).
    std::optional<double> findOrTune(const std::string& key, const std::function<std::optional<double>()>& tune)
    {
        if (auto known = find(key)) return known;
        auto value = tune();
        if (value) store(key, *value);
        return value;
    }

private:
    mutable std::mutex m_mutex;
    std::map<std::string, double> m_values;
};

/// What a method may use besides its input: trained models, training images to tune
/// classical parameters on (never test images), and the shared DIP fits.
struct MethodContext {
    std::shared_ptr<ModelStore> models;
    std::shared_ptr<const Dataset> tuningImages; ///< a slice of the training split
    std::shared_ptr<DipCache> dipCache;
    std::shared_ptr<TunedSettings> tuned = std::make_shared<TunedSettings>();
    torch::Device device{torch::kCPU};
};

/// A method that could not be made: `missingModel` when a trained model is absent (the row is
/// skipped), otherwise a real error.
struct MethodUnavailable {
    std::string reason;
    bool missingModel = false;
};

using MethodFactory = std::function<std::unique_ptr<RestorationMethod>(const MethodContext&, MethodUnavailable&)>;

/// The degradations a method undoes at all, known without loading its model.
enum MethodScope { kUndoesNoise = 1, kUndoesBlur = 2, kUndoesAny = 3 };

struct MethodEntry {
    std::string name;
    std::string summary;  ///< one line for lists and tooltips
    std::string family;   ///< "diffusion", "prior", "gan", "classical"
    int scope = kUndoesAny;
    MethodFactory create;

    /// Empty when the method applies to `spec` in principle (its model may narrow it further).
    std::string notApplicable(const DegradationSpec& spec) const;
};

/// Every method, in the order tables list them.
const std::vector<MethodEntry>& methodRegistry();
std::vector<std::string> methodNames();
const MethodEntry* findMethod(const std::string& name);
/// "all" or a comma-separated list of names; an unknown name is an Error listing the valid ones.
Result<std::vector<std::string>> parseMethodList(const std::string& text);
/// A context for `dataset`: its model store and the first `tuningCount` training images.
Result<MethodContext> makeMethodContext(const std::string& dataset, const std::string& dataDir, const std::string& modelsDir,
                                        torch::Device device, int64_t tuningCount = 64);

// Factories, one per method file.
std::unique_ptr<RestorationMethod> makeDdpmMethod(const std::string& schedule, const MethodContext& context, MethodUnavailable& why);
std::unique_ptr<RestorationMethod> makeDipMethod(const MethodContext& context, MethodUnavailable& why);
std::unique_ptr<RestorationMethod> makeTdpmDipMethod(int64_t truncation, const MethodContext& context, MethodUnavailable& why);
std::unique_ptr<RestorationMethod> makeDaeMethod(bool withDiffusion, const MethodContext& context, MethodUnavailable& why);
std::unique_ptr<RestorationMethod> makeColdMethod(bool tacos, const MethodContext& context, MethodUnavailable& why);
std::unique_ptr<RestorationMethod> makeDddgMethod(bool refine, const MethodContext& context, MethodUnavailable& why);
std::unique_ptr<RestorationMethod> makeClassicalMethod(const std::string& filter, const MethodContext& context, MethodUnavailable& why);
std::unique_ptr<RestorationMethod> makeWienerMethod(const MethodContext& context, MethodUnavailable& why);

} // namespace dddg
