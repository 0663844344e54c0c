#include "film_strip.h"

#include "frame_conversion.h"
#include "trajectory.h"

#include <ATen/ATen.h>

#include <QPainter>

namespace dddg {

QImage renderFilmFrame(DddgModel& model, int count, uint64_t seed)
{
    const int64_t K = model.config().numClasses;
    torch::Tensor labels;
    if (K > 0) labels = torch::arange(count, torch::kInt64).remainder(K);
    auto trajectory = sample(model, count, seed, labels);
    const int side = int(model.config().imageSize), gap = 2;
    QImage strip(count * (side + gap) - gap, side, QImage::Format_RGB32);
    strip.fill(QColor(128, 128, 128));
    QPainter painter(&strip);
    for (int i = 0; i < count; ++i) painter.drawImage(i * (side + gap), 0, toImage(trajectory.result()[i]));
    return strip;
}

} // namespace dddg
