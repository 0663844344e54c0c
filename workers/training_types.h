#pragma once
// Value types of the training monitor: what a run is asked to do, and what it reports.
#include <QImage>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace dddg {

/// The options of `dddg train`, as the GUI fills them in.
struct TrainingRequest {
    QString dataset = QStringLiteral("fashion-mnist");
    QString dataDir;
    QString outDir;
    qint64 cycles = 2000; ///< training cycles (`dddg train --steps`)
    int batch = 16;
    int channels = 0; ///< 1 grey, 3 colour; 0 = the data's own (a resumed run's)
    int size = 0;     ///< image side, a power of two 16–128; 0 = the data's own
    bool flips = true; ///< random left–right flips where the data suits them (folders, CIFAR-10)
    int tMax = 0;     ///< 0 = the rule for the side (6 at 32×32, one more per doubling)
    int dz = 64;
    int width = 16;
    QString degradation = QStringLiteral("blur");
    bool conditional = true;
    QString device = QStringLiteral("cpu");
    quint64 seed = 1;
    bool resume = false;
    qint64 checkpointEvery = 100;
    qint64 logEvery = 5;
    qint64 fidEvery = 200;
    qint64 fidSamples = 500;
    int threads = 1; ///< intra-op threads of the training thread (1 leaves a core to the UI)
    int processes = 1; ///< > 1: data-parallel `dddg train --nproc N` in child processes
};

/// One line of metrics.jsonl: `step`, and whichever values it has (loss_d, fid_lenet, …).
struct MetricPoint {
    qint64 step = 0;
    double wallSeconds = 0;
    QMap<QString, double> values;
};

/// Samples of the EMA generator with a fixed seed, at one checkpoint.
struct FilmFrame {
    qint64 step = 0;
    QImage image;
};

enum class RunState { Idle, Starting, Running, Paused, Stopping, Finished, Failed };

/// Progress of the run in this window (sent about ten times a second).
struct TrainingProgress {
    qint64 step = 0;
    qint64 total = 0;
    double cyclesPerSecond = 0;
    double etaSeconds = 0;
    qint64 nextFidStep = -1;    ///< −1: no FID due
    qint64 runningFidStep = -1; ///< −1: none running
    int worldSize = 1;              ///< processes training the run
    double communicationShare = 0;  ///< of the wall time, spent in collectives (world size > 1)
};

} // namespace dddg

Q_DECLARE_METATYPE(dddg::TrainingRequest)
Q_DECLARE_METATYPE(dddg::MetricPoint)
Q_DECLARE_METATYPE(dddg::FilmFrame)
Q_DECLARE_METATYPE(dddg::RunState)
Q_DECLARE_METATYPE(dddg::TrainingProgress)
