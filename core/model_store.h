#pragma once
// Finds and loads, once each, the trained models the learned restoration methods run.
#include "baseline_model.h"
#include "dddg_model.h"
#include "frame.h"
#include "result.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace dddg {

class ModelStore {
public:
    /// `modelsDir` ("" for none) is searched first; see find().
    ModelStore(std::string dataset, std::string modelsDir, torch::Device device = torch::kCPU);

    /// The file of `model` ("ddpm-linear", "dae", "daed", "cold-blur", "dddg", …) for the
    /// dataset: MODEL-DATASET.ckpt, or a run folder MODEL-DATASET/latest.ckpt, in --models DIR,
    /// $DDDG_MODELS_DIR, the installed share/dddg-explorer/models, and (build trees) the source
    /// tree's resources/models. Missing → an Error giving the command that trains it.
    Result<std::string> find(const std::string& model) const;
    /// The folders find() searches, in order.
    std::vector<std::string> searchPath() const;

    /// The frame of the images the models will see: a model file of another frame is refused
    /// by name ("… is 32×32 grey; the images are 64×64 colour"), never run into a shape error.
    void expectFrame(const Frame& frame) { m_frame = frame; }

    Result<std::shared_ptr<BaselineModel>> baseline(const std::string& model);
    Result<std::shared_ptr<DddgModel>> dddg();

    /// `dddg train …` that makes `model` for this dataset.
    std::string trainCommand(const std::string& model) const;
    const std::string& dataset() const { return m_dataset; }
    torch::Device device() const { return m_device; }

private:
    std::string m_dataset, m_modelsDir;
    torch::Device m_device;
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<BaselineModel>> m_baselines;
    std::shared_ptr<DddgModel> m_dddg;
    std::optional<Frame> m_frame;

    Status checkFrame(const std::string& path, const Frame& frame) const;
};

} // namespace dddg
