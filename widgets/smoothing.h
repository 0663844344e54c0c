#pragma once
// Curve smoothing for the training monitor: an exponential moving average whose start-up
// bias is divided out (as TensorBoard and W&B do), so the first points are not dragged
// towards zero. Non-finite values are skipped (they stay NaN in the output).
#include <QVector>

namespace dddg {

/// weight in [0, 1): 0 = raw values; 0.99 = very smooth.
QVector<double> debiasedEma(const QVector<double>& values, double weight);

} // namespace dddg
