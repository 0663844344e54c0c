// ExplorerEngine's files: latent codes saved and opened as .pt, trajectories as MP4.
#include "explorer_engine_state.h"

#include "frame_conversion.h"
#include "tensor_export.h"
#include "video_export.h"

namespace dddg {

void ExplorerEngine::saveCodes(const QString& path, const QVector<LatentCode>& codes)
{
    post(tr("Save latent code"), [this, path, codes] {
        auto& model = m_state->requireModel();
        TensorDict tensors{{"z", latentsOf(codes)}, {"scale", model.scale.scales()}};
        if (auto labels = labelsOf(codes); labels.defined()) tensors["labels"] = labels;
        if (auto status = saveTensorDict(path.toStdString(), tensors); !status) throw std::runtime_error(status.error().message);
        Q_EMIT codesSaved(path);
    });
}

void ExplorerEngine::loadCodes(const QString& path)
{
    post(tr("Open latent code"), [this, path] {
        auto loaded = loadTensorDict(path.toStdString());
        if (!loaded) throw std::runtime_error(loaded.error().message);
        auto it = loaded->find("z");
        if (it == loaded->end()) throw std::runtime_error("latent file " + path.toStdString() + " has no 'z' tensor");
        auto z = it->second.to(torch::kFloat32);
        if (z.dim() == 2) z = z.unsqueeze(1); // a single code saved as [t_max, d_z]
        const auto& info = m_state->info;
        if (z.dim() != 3 || (info.isValid() && (z.size(0) != info.tMax || z.size(2) != info.dz)))
            throw std::runtime_error("latent file " + path.toStdString() + " holds z of shape " + c10::str(z.sizes()) +
                                     ", this model needs [" + std::to_string(info.tMax) + ", B, " + std::to_string(info.dz) + "]");
        Trajectory holder;
        holder.z = z;
        if (auto labels = loaded->find("labels"); labels != loaded->end()) holder.labels = labels->second.to(torch::kInt64);
        QVector<LatentCode> codes;
        for (int64_t b = 0; b < z.size(1); ++b) codes.push_back(codeOf(holder, b));
        Q_EMIT codesLoaded(path, codes);
    });
}

void ExplorerEngine::exportVideo(const QString& path, const QVector<QImage>& frames, int fps)
{
    post(tr("Export video"), [this, path, frames, fps] {
        if (auto status = writeVideo(path.toStdString(), frames, fps); !status) throw std::runtime_error(status.error().message);
        Q_EMIT videoExported(path);
    });
}

} // namespace dddg
