#include "smoothing.h"

#include <cmath>

namespace dddg {

QVector<double> debiasedEma(const QVector<double>& values, double weight)
{
    QVector<double> out(values.size(), std::nan(""));
    double ema = 0, correction = 1;
    for (int i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) continue;
        ema = weight * ema + (1.0 - weight) * values[i];
        correction *= weight; // weight^n after n finite values
        out[i] = weight > 0 ? ema / (1.0 - correction) : values[i];
    }
    return out;
}

} // namespace dddg
