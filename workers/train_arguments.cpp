#include "train_arguments.h"

#include <algorithm>

namespace dddg {

QStringList trainArguments(const TrainingRequest& r)
{
    QStringList a{QStringLiteral("train"), QStringLiteral("--dataset"), r.dataset, QStringLiteral("--out"), r.outDir};
    auto add = [&a](const char* flag, const QString& value) { a << QString::fromLatin1(flag) << value; };
    if (!r.dataDir.isEmpty()) add("--data-dir", r.dataDir);
    add("--steps", QString::number(r.cycles));
    add("--batch", QString::number(r.batch));
    if (r.channels > 0) add("--channels", QString::number(r.channels));
    if (r.size > 0) add("--size", QString::number(r.size));
    if (!r.flips) a << QStringLiteral("--no-flips");
    if (r.tMax > 0) add("--tmax", QString::number(r.tMax));
    add("--dz", QString::number(r.dz));
    add("--width", QString::number(r.width));
    add("--degradation", r.degradation);
    add("--device", r.device);
    add("--seed", QString::number(r.seed));
    add("--checkpoint-every", QString::number(r.checkpointEvery));
    add("--log-every", QString::number(std::max<qint64>(1, r.logEvery)));
    add("--fid-every", QString::number(r.fidEvery));
    add("--fid-samples", QString::number(r.fidSamples));
    if (r.conditional) a << QStringLiteral("--conditional");
    if (r.resume) a << QStringLiteral("--resume");
    if (r.processes > 1) add("--nproc", QString::number(r.processes));
    return a;
}

} // namespace dddg
