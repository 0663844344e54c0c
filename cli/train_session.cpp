// The part of `dddg train` that DDDG and the baselines share: stop signals, the progress
// bar and the report of where a run ended.
#include "progress_bar.h"
#include "train_support.h"

#include <csignal>
#include <cstdio>

namespace dddg::cli {
namespace {

std::atomic<bool> g_stopRequested{false};
volatile std::sig_atomic_t g_stopSignal = 0;
void onSignal(int signal)
{
    g_stopSignal = signal;
    g_stopRequested = true;
}

/// Rank 0's progress bar: DDDG's cycle losses and FID notes, or a baseline's named losses.
class ProgressObserver : public TrainingObserver {
public:
    ProgressObserver(int64_t total, int64_t resumedAt, const std::string& unit) : m_bar("train", total, unit + "s", resumedAt) {}
    void onCycle(int64_t step, int64_t, const CycleLosses& l) override
    {
        char detail[128];
        std::snprintf(detail, sizeof detail, "D %.3f G %.3f enc %.3f R1 %.3f", l.lossD, l.lossG, l.lossEnc, l.r1);
        m_bar.update(step, detail);
    }
    void onLosses(int64_t step, int64_t, const std::vector<std::pair<std::string, double>>& losses) override
    {
        std::string detail;
        for (const auto& [name, value] : losses) {
            char text[64];
            std::snprintf(text, sizeof text, "%s%s %.4f", detail.empty() ? "" : " ", name.c_str(), value);
            detail += text;
        }
        m_bar.update(step, detail);
    }
    void onFidFinished(int64_t step, double fid) override
    {
        char text[96];
        std::snprintf(text, sizeof text, "FID (LeNet) at cycle %lld: %.3f", (long long)step, fid);
        m_bar.note(text);
    }
    void onFidStarted(int64_t step) override { m_lastFidStarted = step; }
    void onFidFailed(int64_t step, const std::string& message) override
    {
        if (step != m_lastFidStarted) m_bar.note("warning: FID (LeNet) is off for this run: " + message);
        else m_bar.note("warning: FID (LeNet) at cycle " + std::to_string(step) + " failed: " + message);
    }
    void onFidSkipped(int64_t step, int64_t running) override
    {
        m_bar.note("note: FID (LeNet) at cycle " + std::to_string(step) + " skipped: the one of cycle " +
                   std::to_string(running) + " is still running");
    }
    void finish() { m_bar.finish(); }

private:
    ProgressBar m_bar;
    int64_t m_lastFidStarted = -1;
};

Status runCatchingSignals(TrainingRun& run, TrainingObserver& observer)
{
    catchStopSignals(true);
    Status status = run.run(&observer, &trainStopFlag());
    catchStopSignals(false);
    return status;
}

/// CliError for a failed run; of a data-parallel run, the message names the rank.
void requireRun(const Status& status, const DataParallel& parallel)
{
    if (!status)
        throw CliError(parallel.distributed() ? "rank " + std::to_string(parallel.rank()) + ": " + status.error().message
                                              : status.error().message);
}

} // namespace

std::atomic<bool>& trainStopFlag() { return g_stopRequested; }

void catchStopSignals(bool on)
{
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal, on ? onSignal : SIG_DFL);
}

int stoppedExitCode() { return g_stopRequested ? 128 + int(g_stopSignal) : 0; }

std::string processesNote(const DataParallel& parallel)
{
    return parallel.distributed() ? " (" + std::to_string(parallel.worldSize()) + " processes)" : "";
}

int trainAndReport(TrainingRun& run, const std::string& description, const char* unit, bool resumed)
{
    if (!run.parallel().isLeader()) { // rank 0 reports for the run
        TrainingObserver quiet;
        requireRun(runCatchingSignals(run, quiet), run.parallel());
        return stoppedExitCode();
    }
    // Made before the first line, so a folder that cannot exist is the one line printed.
    require(prepareRunFolder(run.runDir()));
    if (resumed) std::fprintf(stderr, "resuming %s at %s %lld\n", run.latestCheckpointPath().c_str(), unit, (long long)run.step());
    std::fprintf(stderr, "%s\n", description.c_str());
    ProgressObserver observer(run.totalSteps(), run.step(), unit);
    Status status = runCatchingSignals(run, observer);
    observer.finish();
    requireRun(status, run.parallel());
    std::fprintf(stderr, "%s at %s %lld: checkpoint %s, metrics %s\n", trainStopFlag().load() ? "stopped" : "done", unit,
                 (long long)run.step(), run.latestCheckpointPath().c_str(), run.metricsPath().c_str());
    return stoppedExitCode();
}

} // namespace dddg::cli
