#pragma once
// How the Qt-free training loop reports to the CLI's progress bar or the GUI's worker.
#include <cstdint>
#include <string>

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
    /// After a metrics.jsonl line was appended (the line, without newline).
    virtual void onMetrics(const std::string& jsonLine) {}
    virtual void onCheckpoint(const std::string& path, int64_t step) {}
};

} // namespace dddg
