#pragma once
// Where the embedded resources live inside the executable.
#include <QString>

namespace dddg {

/// The bundled Fashion-MNIST model (a Qt resource path).
QString bundledModelPath();
/// The application icon (SVG).
QString applicationIconPath();
/// The training run of the bundled model (its metrics.jsonl), for the monitor to follow:
/// the installed copy, else the source tree's; empty when neither exists.
QString exampleRunDir();

} // namespace dddg
