#pragma once
// The "samples over training" picture: a fixed seed (and, for conditional models, one
// sample per class) rendered with the EMA generator, so frames of different checkpoints
// are directly comparable.
#include "dddg_model.h"

#include <QImage>

namespace dddg {

/// Final images x'_{t_max} of `count` fixed-seed samples in one row, 2 px apart.
QImage renderFilmFrame(DddgModel& model, int count = 10, uint64_t seed = 2024);

} // namespace dddg
