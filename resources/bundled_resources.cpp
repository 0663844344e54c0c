#include "bundled_resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dddg {

QString bundledModelPath() { return QStringLiteral(":/dddg/models/dddg-fashion-mnist.ckpt"); }
QString applicationIconPath() { return QStringLiteral(":/dddg/icons/dddg-explorer.svg"); }

QString exampleRunDir()
{
    const QString name = QStringLiteral("runs/bundled-fashion-mnist");
    QStringList candidates{QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/dddg-explorer/") + name),
                           QStringLiteral(DDDG_RESOURCES_DIR "/") + name};
    for (const QString& dir : candidates)
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("metrics.jsonl")))) return QDir(dir).absolutePath();
    return {};
}

} // namespace dddg
