#pragma once
// What DDDG's trainer and the baselines' trainer share: the run folder (latest.ckpt,
// metrics.jsonl), the loop with its cadence of metrics lines and checkpoints, the stop agreed
// by every rank, the final checkpoint, the checks of create and resume, and the optimiser
// state that makes a resumed run repeat the uninterrupted one. A trainer supplies its step.
#include "data_parallel.h"
#include "dataset.h"
#include "trainer_state.h"
#include "training_observer.h"

#include <atomic>
#include <string>
#include <vector>

namespace dddg {

/// RUN_DIR/latest.ckpt and RUN_DIR/metrics.jsonl.
std::string latestCheckpointIn(const std::string& runDir);

/// The images of a batch, each mirrored left–right where `flip` [B] (bool) is set: the random
/// horizontal flips that photos and sprites train with (Dataset::flipsInTraining).
torch::Tensor flipWhere(const torch::Tensor& images, const torch::Tensor& flip);
std::string metricsIn(const std::string& runDir);
/// Creates the run folder; an Error when it cannot be a folder (a file on its path, say).
Status prepareRunFolder(const std::string& runDir);

/// The checks before a new run: `valid` (the config's own), the batch shared by the ranks,
/// the device and a non-empty dataset. The device to train on.
Result<torch::Device> checkNewRun(const Status& valid, const DataParallel& parallel, int64_t batch,
                                  const std::string& device, const Dataset& data);
/// The checks before resuming `checkpointPath`: the device, the dataset's image shape against
/// the model's, the batch shared by the ranks.
Result<torch::Device> checkResumedRun(const std::string& checkpointPath, const std::string& device, const Dataset& data,
                                      int64_t channels, int64_t imageSize, const DataParallel& parallel, int64_t batch);

class TrainingRun {
public:
    virtual ~TrainingRun() = default;

    /// Steps until `totalSteps()` are done or `stop` is set (on any rank: all stop at the same
    /// step); rank 0 logs metrics.jsonl and writes checkpoints on the cadence and at the end.
    /// A non-finite loss or a lost rank stops the run with an Error and keeps the last good
    /// checkpoint.
    Status run(TrainingObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr);
    virtual Status saveCheckpoint(const std::string& path) = 0;

    /// Steps done: DDDG's cycles, a baseline's optimiser steps.
    int64_t step() const { return m_step; }
    virtual int64_t totalSteps() const = 0;
    /// The run folder (--out).
    std::string runDir() const { return cadence().runDir; }
    std::string latestCheckpointPath() const { return latestCheckpointIn(runDir()); }
    std::string metricsPath() const { return metricsIn(runDir()); }
    const DataParallel& parallel() const { return m_parallel; }

protected:
    /// Where and how often the loop writes.
    struct Cadence {
        std::string runDir;
        int64_t logEvery = 1;
        int64_t checkpointEvery = 0; ///< 0: only at the end
    };

    TrainingRun(torch::Device device, DataParallel parallel);
    virtual Cadence cadence() const = 0;
    /// One step, counted in m_step; its losses in lossNames() order. Throws std::runtime_error
    /// for a non-finite loss or a lost rank (CollectiveError), which run() turns into an Error.
    virtual std::vector<double> advance() = 0;
    virtual std::vector<std::string> lossNames() const = 0;
    virtual double epochsAt(int64_t step) const = 0;
    /// Tells `observer` about the step just done.
    virtual void reportStep(TrainingObserver& observer, const std::vector<double>& losses) = 0;
    virtual NamedOptimizers namedOptimizers() const = 0;
    /// Restores what serializeState() wrote (optimisers, random stream, clock).
    virtual Status restoreState(const std::string& bytes);
    std::string serializeState() const;
    /// After a checkpoint at `step` was loaded: the counter, metrics.jsonl cut back to it
    /// (rank 0), the trainer state; errors name `checkpointPath`.
    Status continueFrom(const std::string& checkpointPath, int64_t step, const std::string& trainerState);
    double wallSeconds() const { return m_clock.seconds(); }

    // Around the loop (DDDG's background FID); nothing by default. beginRun runs on rank 0
    // only, once the run folder exists; endRun is told whether the run was stopped or failed.
    virtual void beginRun(TrainingObserver*) {}
    virtual Status afterStep(TrainingObserver*) { return {}; }
    virtual Status endRun(TrainingObserver*, bool stoppedOrFailed) { return {}; }

    torch::Device m_device;
    DataParallel m_parallel;
    int64_t m_step = 0;
    RunClock m_clock; // across the sessions of a resumed run

private:
    Status runSteps(TrainingObserver* observer, const std::atomic<bool>* stop);
    /// The metrics line of the losses averaged over the last `count` steps.
    Status logMetrics(TrainingObserver* observer, const std::vector<double>& sums, int64_t count);
    Status checkpointLatest(TrainingObserver* observer);
};

} // namespace dddg
