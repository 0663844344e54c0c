#pragma once
// How the Qt-free training loop reports to the CLI's progress bar or the GUI's worker.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dddg {

/// Losses of one training cycle, averaged over its t_max steps.
struct CycleLosses {
    double lossD = 0;
    double lossG = 0;
    double lossEnc = 0;
    double r1 = 0;
};

class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    /// After every cycle; `step` counts finished cycles of `total`.
    virtual void onCycle(int64_t step, int64_t total, const CycleLosses& losses) {}
    /// After every step of a baseline's training (BaselineTrainer): its named losses.
    virtual void onLosses(int64_t step, int64_t total, const std::vector<std::pair<std::string, double>>& losses) {}
    /// After a metrics.jsonl line was appended (the line, without newline).
    virtual void onMetrics(const std::string& jsonLine) {}
    virtual void onCheckpoint(const std::string& path, int64_t step) {}

    // FID every `fidEvery` cycles (or SWD where the data has no classifier), scored on a
    // background thread from a snapshot of the EMA generator at `step`. These hooks, like the
    // others, are called on the thread that runs Trainer::run (events are handed over between
    // cycles).

    /// Once, before the first evaluation: what is measured ("FID (LeNet)", "FID (emoji
    /// classifier)", "SWD (network-free)").
    virtual void onFidMetric(const std::string& name) {}

    /// The evaluation of the snapshot taken at `step` began.
    virtual void onFidStarted(int64_t step) {}
    /// `done` of `total` images scored (the first evaluation also scores the test split).
    virtual void onFidProgress(int64_t step, int64_t done, int64_t total) {}
    /// Finished; a metrics.jsonl line {step, wall_s, fid_lenet or swd} was appended just before.
    virtual void onFidFinished(int64_t step, double fid) {}
    /// Failed or cancelled (training stopped); or FID is off for the whole run (no
    /// classifier, say), reported once at the run's first `step`. Training goes on.
    virtual void onFidFailed(int64_t step, const std::string& message) {}
    /// Due at `step` while the evaluation of `runningStep` was still going: skipped.
    virtual void onFidSkipped(int64_t step, int64_t runningStep) {}
};

} // namespace dddg
