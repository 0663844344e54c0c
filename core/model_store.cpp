#include "model_store.h"

#include "checkpoint.h"
#include "search_paths.h"

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>

namespace dddg {
namespace fs = std::filesystem;

ModelStore::ModelStore(std::string dataset, std::string modelsDir, torch::Device device)
    : m_dataset(std::move(dataset)), m_modelsDir(std::move(modelsDir)), m_device(device)
{
}

std::vector<std::string> ModelStore::searchPath() const
{
    std::vector<std::string> dirs;
    if (!m_modelsDir.empty()) dirs.push_back(m_modelsDir);
    if (const char* env = std::getenv("DDDG_MODELS_DIR"); env && *env) dirs.emplace_back(env);
    if (auto installed = installedDataRoot(); !installed.empty()) dirs.push_back((installed / "models").string());
    if (auto source = sourceTreeRoot(); !source.empty()) dirs.push_back((source / "resources" / "models").string());
    return dirs;
}

Result<std::string> ModelStore::find(const std::string& model) const
{
    const std::string stem = model + "-" + m_dataset;
    for (const auto& dir : searchPath()) {
        for (const fs::path& candidate : {fs::path(dir) / (stem + ".ckpt"), fs::path(dir) / stem / "latest.ckpt"}) {
            std::error_code ec;
            if (fs::is_regular_file(candidate, ec)) return candidate.lexically_normal().string();
        }
    }
    return makeError("no " + model + " model for " + m_dataset + " (looked for " + stem + ".ckpt); train it with `" +
                     trainCommand(model) + "`");
}

std::string ModelStore::trainCommand(const std::string& model) const
{
    std::string method = model, extra;
    if (model.rfind("ddpm-", 0) == 0) method = "ddpm", extra = " --schedule " + model.substr(5);
    if (model.rfind("cold-", 0) == 0) method = "cold", extra = " --degradation " + model.substr(5);
    if (model == "dddg") extra = " --conditional"; // the shipped DDDG models are class-conditional
    if (m_frame && *m_frame != Frame{}) // the data's frame, so the model fits it
        extra += " --channels " + std::to_string(m_frame->channels) + " --size " + std::to_string(m_frame->size);
    std::string dir = m_modelsDir.empty() ? "models" : m_modelsDir;
    return "dddg train --method " + method + extra + " --dataset " + m_dataset + " --out " + dir + "/" + model + "-" + m_dataset +
           " --steps N";
}

Status ModelStore::checkFrame(const std::string& path, const Frame& frame) const
{
    if (!m_frame || *m_frame == frame) return {};
    return makeError("model " + path + " is " + frame.text() + "; the images are " + m_frame->text());
}

Result<std::shared_ptr<BaselineModel>> ModelStore::baseline(const std::string& model)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (auto it = m_baselines.find(model); it != m_baselines.end()) return it->second;
    auto path = find(model);
    if (!path) return path.error();
    auto loaded = loadBaselineCheckpoint(*path, m_device);
    if (!loaded) return loaded.error();
    if (loaded->model->config().modelName() != model)
        return makeError("checkpoint " + *path + " holds a " + loaded->model->config().modelName() + " model, not " + model);
    const auto& net = loaded->model->config().net;
    if (auto framed = checkFrame(*path, Frame{net.channels, net.imageSize}); !framed) return framed.error();
    m_baselines[model] = loaded->model;
    return loaded->model;
}

Result<std::shared_ptr<DddgModel>> ModelStore::dddg()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_dddg) return m_dddg;
    auto path = find("dddg");
    if (!path) return path.error();
    auto loaded = loadCheckpoint(*path, m_device);
    if (!loaded) return loaded.error();
    const auto& config = loaded->model->config();
    if (auto framed = checkFrame(*path, Frame{config.channels, config.imageSize}); !framed) return framed.error();
    m_dddg = loaded->model;
    return m_dddg;
}

} // namespace dddg
