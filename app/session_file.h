#pragma once
// What every export carries beside it: `NAME.session.json` with the checkpoint (path and
// hash), dataset, real image, seed, t and latents, so the view can be reopened exactly.
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace dddg {

struct ModelInfo;

/// The sidecar path of an exported file: "dir/x.png" → "dir/x.session.json".
QString sessionPathFor(const QString& exportPath);

/// Writes the sidecar of `exportPath`.
Status writeSession(const QString& exportPath, const ModelInfo& model, const QString& dataset, const QJsonObject& view);

/// Reads a sidecar (or finds the sidecar of an exported file).
Result<QJsonObject> readSession(const QString& path);

} // namespace dddg
