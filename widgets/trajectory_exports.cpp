#include "trajectory_exports.h"

#include "explorer_engine.h"
#include "latent_inspector_widget.h"

#include <QCoreApplication>

namespace dddg {
// The sentences were MainWindow's before the views exported themselves: they keep its
// translation context.
namespace {
Status cannotWrite(const QString& path)
{
    return failure(QCoreApplication::translate("dddg::MainWindow", "cannot write %1").arg(path));
}
} // namespace

Status saveViewPng(QWidget* page, const QString& path)
{
    if (!grabWithInspectors(page).save(path, "PNG")) return cannotWrite(path);
    return {};
}

QList<ExportKind> trajectoryExportKinds(bool hasCode)
{
    QList<ExportKind> kinds{ExportKind::ViewPng, ExportKind::TrajectoryStrip, ExportKind::TrajectoryVideo};
    if (hasCode) kinds << ExportKind::LatentCode;
    return kinds;
}

Status exportTrajectory(ExportKind kind, const QString& path, const TrajectoryExports& source)
{
    switch (kind) {
    case ExportKind::ViewPng: return saveViewPng(source.page, path);
    case ExportKind::TrajectoryStrip: {
        QImage strip = source.strip();
        if (strip.isNull() || !strip.save(path, "PNG")) return cannotWrite(path);
        return {};
    }
    case ExportKind::TrajectoryVideo: {
        QVector<QImage> frames = source.videoFrames();
        if (frames.isEmpty()) return failure(QCoreApplication::translate("dddg::MainWindow", "there is no trajectory to export yet"));
        source.engine->exportVideo(path, frames, 2);
        return {};
    }
    case ExportKind::LatentCode:
        if (source.codes.isEmpty() || !source.codes.front().isValid()) return failure(QCoreApplication::translate("dddg::MainWindow", "there is no code yet"));
        source.engine->saveCodes(path, source.codes);
        return {};
    default: return failure(QCoreApplication::translate("dddg::MainWindow", "this view cannot export that"));
    }
}

} // namespace dddg
