#pragma once
// FID during training without stalling it: the trainer copies the EMA generator and the
// latent scale into a snapshot (cheap), and one background thread scores the snapshot while
// training goes on. Events are queued and handed to the training thread, so observers and
// metrics.jsonl are only ever touched from there. With a classifier for the dataset the
// score is its FID ("FID (LeNet)", "FID (emoji classifier)"); without one (an unlabelled
// folder) it is the network-free SWD, and the metrics line says which by its key.
#include "dddg_model.h"
#include "fid.h"
#include "lenet.h"
#include "result.h"
#include "swd.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace dddg {

struct FidSettings {
    std::string dataset;        ///< name whose classifier and test split are used
    std::string dataDir;
    std::string classifierPath; ///< "" = the shipped classifier of `dataset`, else SWD
    int64_t samples = 1000;     ///< generator samples per evaluation
    uint64_t seed = 0;          ///< the same latents every time: FID changes only with G
};

/// Something that happened to an evaluation, reported on the training thread.
struct FidEvent {
    enum class Kind { Started, Progress, Finished, Failed };
    Kind kind = Kind::Started;
    int64_t step = 0;        ///< training cycle of the snapshot
    double wallSeconds = 0;  ///< training wall time at the snapshot
    int64_t done = 0, total = 0;
    double fid = 0;
    std::string message;     ///< why it failed
};

/// What a monitor with these settings measures, as shown to the user: the classifier's FID
/// name, or kSwdMetricName where no classifier is found (and none was asked for).
std::string monitorMetricName(const FidSettings& settings);

class FidMonitor {
public:
    explicit FidMonitor(FidSettings settings);
    /// Cancels a running evaluation and joins its thread.
    ~FidMonitor();
    FidMonitor(const FidMonitor&) = delete;
    FidMonitor& operator=(const FidMonitor&) = delete;

    /// Loads the classifier and the test split and builds the snapshot model. Call it on the
    /// training thread: building networks touches the default random stream (put back).
    Status prepare(const DddgModel& model);
    /// Copies G_ema and v of `model` into the snapshot and starts scoring it in the
    /// background. False (nothing started) while an evaluation is still running.
    bool start(DddgModel& model, int64_t step, double wallSeconds);

    /// After prepare(): "FID (LeNet)", "FID (emoji classifier)" or "SWD (network-free)".
    const std::string& metricName() const { return m_metricName; }
    /// After prepare(): the metrics.jsonl key of the score, "fid_lenet" or "swd".
    const char* metricKey() const { return m_useSwd ? "swd" : "fid_lenet"; }

    bool busy() const { return m_busy.load(); }
    /// Step of the evaluation in progress, or −1.
    int64_t runningStep() const { return m_runningStep.load(); }
    /// Events since the last call, oldest first.
    std::vector<FidEvent> takeEvents();
    /// Blocks until idle or `timeout` passed; true when idle.
    bool waitIdle(std::chrono::milliseconds timeout);
    /// Asks the evaluation to stop after its current batch and joins the thread.
    void cancel();

private:
    void evaluate(int64_t step, double wallSeconds);
    /// The score of the snapshot; an Error when scoring failed or was cancelled.
    Result<double> score(int64_t step, double wallSeconds);
    Result<double> scoreSwd(int64_t step, double wallSeconds);
    void post(FidEvent event);

    FidSettings m_settings;
    Classifier m_classifier;
    torch::Tensor m_testImages;                 // reference images (CPU)
    std::optional<FeatureStats> m_reference;    // fitted by the first evaluation, then reused
    bool m_useSwd = false;
    std::string m_metricName;
    std::optional<SwdDescriptors> m_swdReference;
    std::unique_ptr<DddgModel> m_snapshot;      // only the FID thread reads it while busy
    std::thread m_thread;
    std::atomic<bool> m_busy{false}, m_cancel{false};
    std::atomic<int64_t> m_runningStep{-1};
    std::mutex m_mutex;
    std::condition_variable m_idle;
    std::vector<FidEvent> m_events;
};

} // namespace dddg
