#pragma once
// The exports of the two trajectory views (timeline, latents), written alike: the page as
// PNG, the grid as a strip, the trajectory as video, the shown codes as a .pt file.
#include "explorer_types.h"
#include "explorer_view.h"

#include <QImage>
#include <QVector>

#include <functional>

namespace dddg {

class ExplorerEngine;

struct TrajectoryExports {
    QWidget* page = nullptr;
    ExplorerEngine* engine = nullptr;
    std::function<QImage()> strip;
    std::function<QVector<QImage>()> videoFrames;
    QVector<LatentCode> codes;
};

/// The kinds a trajectory view offers (a latent code only while it shows one).
QList<ExportKind> trajectoryExportKinds(bool hasCode);
Status exportTrajectory(ExportKind kind, const QString& path, const TrajectoryExports& source);

} // namespace dddg
