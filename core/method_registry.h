#pragma once
// The registry of restoration methods (design §9): stable names → factories, the damage each
// undoes, and the one decision whether a method applies to a degradation. Every method file in
// core/methods/ lists its own entries; methods/method_files.def names those lists, so a new
// method is one file plus one line. `dddg compare`, the comparison panel and the tests all go
// through it.
#include "dataset.h"
#include "model_store.h"
#include "restoration.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <typeindex>
#include <vector>

namespace dddg {

/// Parameters that methods choose on the training images (a filter's setting, Wiener's λ,
/// DDDG's likelihood weight), kept for the context's lifetime: repeated runs (the comparison
/// panel) tune once per method and degradation.
class TunedSettings {
public:
    Result<double> find(const std::string& key) const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto it = m_values.find(key);
        if (it == m_values.end()) return makeError("nothing tuned under " + key);
        return it->second;
    }
    void store(const std::string& key, double value)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_values[key] = value;
    }
    /// The value under `key`, else what `tune` gives, stored unless it failed (a cancelled tuning).
    Result<double> findOrTune(const std::string& key, const std::function<Result<double>()>& tune)
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

/// Work that the methods of one context share, made by the first method that asks for it (DIP's
/// fits serve `dip` and every `tdpm-dip-K`). The registry never knows what is kept here.
class SharedWork {
public:
    template <typename T>
    std::shared_ptr<T> get()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        auto& slot = m_items[std::type_index(typeid(T))];
        if (!slot) slot = std::make_shared<T>();
        return std::static_pointer_cast<T>(slot);
    }

private:
    std::mutex m_mutex;
    std::map<std::type_index, std::shared_ptr<void>> m_items;
};

/// What any method may use besides its input: trained models, training images to choose its
/// parameters on (never test images), the parameters chosen so far, and shared work.
struct MethodContext {
    std::shared_ptr<ModelStore> models;
    std::shared_ptr<const Dataset> tuningImages; ///< a slice of the training split
    std::shared_ptr<TunedSettings> tuned = std::make_shared<TunedSettings>();
    std::shared_ptr<SharedWork> shared = std::make_shared<SharedWork>();
    torch::Device device{torch::kCPU};

    /// t_max of the blur/pool operators for this context: the DDDG model's when there is one
    /// (its native deblurring needs it), else the default 6.
    int64_t operatorTMax() const;
};

/// A method that could not be made: `missingModel` when a trained model is absent (the row is
/// skipped), otherwise a real error.
struct MethodUnavailable {
    std::string reason;
    bool missingModel = false;
};

using MethodFactory = std::function<std::unique_ptr<RestorationMethod>(const MethodContext&, MethodUnavailable&)>;

/// The damage kinds a method undoes at all, declared by its entry (known without a model).
enum DamageSet : int {
    kUndoesNoise = 1,
    kUndoesBlur = 2,
    kUndoesPool = 4,
    kUndoesOperators = kUndoesBlur | kUndoesPool, ///< both reduce_info families
    kUndoesAny = kUndoesNoise | kUndoesOperators,
    kUndoesInpaint = 8, ///< inpainting masks (Cold Diffusion's fading schedule, a user's mask)
};

struct MethodEntry {
    std::string name;
    std::string summary; ///< one line for lists and tooltips
    std::string family;  ///< "diffusion", "prior", "gan", "classical"
    int undoes = kUndoesAny;
    MethodFactory create;
};

/// Every method, in the order tables list them (the order of methods/method_files.def).
const std::vector<MethodEntry>& methodRegistry();
std::vector<std::string> methodNames();
const MethodEntry* findMethod(const std::string& name);
/// "all" or a comma-separated list of names; an unknown name is an Error listing the valid ones.
Result<std::vector<std::string>> parseMethodList(const std::string& text);
/// A context for `dataset`: its model store and `tuningCount` training images — the first ones
/// of a shuffled set (IDX, CIFAR-10), evenly spread over a folder stored class by class.
Result<MethodContext> makeMethodContext(const std::string& dataset, const std::string& dataDir, const std::string& modelsDir,
                                        torch::Device device, int64_t tuningCount = 64);

/// Whether a method restores a degradation, and the method when it does.
struct MethodVerdict {
    RestorationMethod* method = nullptr; ///< set when the method could be made
    std::string reason;                  ///< empty when it applies; otherwise why not
    bool missingModel = false;           ///< not applicable because its trained model is absent
    bool applies() const { return method && reason.empty(); }
};

/// The methods of one context, each made once on first use and kept: the comparison panel's
/// checklist and every run it starts, and `dddg compare`, use the same objects. Applicability
/// is decided here and nowhere else.
class MethodSet {
public:
    explicit MethodSet(MethodContext context) : m_context(std::move(context)) {}

    /// The damage kinds `name`'s entry declares, then (only if they match) whether its model
    /// could be made, then what that model narrows (RestorationMethod::modelLimit).
    MethodVerdict check(const std::string& name, const DegradationSpec& spec);
    const MethodContext& context() const { return m_context; }

private:
    MethodContext m_context;
    std::map<std::string, std::unique_ptr<RestorationMethod>> m_made;
    std::map<std::string, MethodUnavailable> m_unavailable;
};

} // namespace dddg
