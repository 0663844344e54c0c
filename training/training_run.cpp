#include "training_run.h"

#include "device.h"
#include "metrics_log.h"

#include <filesystem>
#include <stdexcept>

namespace dddg {

torch::Tensor flipWhere(const torch::Tensor& images, const torch::Tensor& flip)
{
    return torch::where(flip.view({-1, 1, 1, 1}), images.flip(3), images);
}

std::string latestCheckpointIn(const std::string& runDir) { return (std::filesystem::path(runDir) / "latest.ckpt").string(); }
std::string metricsIn(const std::string& runDir) { return (std::filesystem::path(runDir) / "metrics.jsonl").string(); }

Status prepareRunFolder(const std::string& runDir)
{
    if (runDir.empty()) return makeError("training needs an output directory (--out)");
    std::error_code ec;
    std::filesystem::create_directories(runDir, ec);
    if (!std::filesystem::is_directory(runDir, ec)) return makeError("cannot create run directory " + runDir);
    return {};
}

Result<torch::Device> checkNewRun(const Status& valid, const DataParallel& parallel, int64_t batch, const std::string& device,
                                  const Dataset& data)
{
    if (!valid) return valid.error();
    if (auto status = parallel.checkGlobalBatch(batch); !status) return status.error();
    auto parsed = parseDevice(device);
    if (!parsed) return parsed.error();
    if (data.size() == 0) return makeError("dataset " + data.name + " is empty");
    return parsed;
}

Result<torch::Device> checkResumedRun(const std::string& checkpointPath, const std::string& device, const Dataset& data,
                                      int64_t channels, int64_t imageSize, const DataParallel& parallel, int64_t batch)
{
    auto parsed = parseDevice(device);
    if (!parsed) return parsed.error();
    if (data.images.size(1) != channels || data.images.size(2) != imageSize)
        return makeError("dataset " + data.name + " does not match the image shape of " + checkpointPath);
    if (auto status = parallel.checkGlobalBatch(batch); !status) return status.error();
    return parsed;
}

TrainingRun::TrainingRun(torch::Device device, DataParallel parallel) : m_device(device), m_parallel(std::move(parallel)) {}

Status TrainingRun::run(TrainingObserver* observer, const std::atomic<bool>* stop)
{
    const bool leader = m_parallel.isLeader(); // the only rank that writes
    if (cadence().runDir.empty()) return makeError("training needs an output directory (--out)");
    if (leader) {
        if (auto status = prepareRunFolder(runDir()); !status) return status;
        beginRun(observer);
    }
    Status status = runSteps(observer, stop);
    Status ended = endRun(observer, !status || (stop && stop->load()));
    if (!status) return status;
    if (!ended) return ended;
    if (!leader) return {};
    return checkpointLatest(observer);
}

Status TrainingRun::runSteps(TrainingObserver* observer, const std::atomic<bool>* stop)
{
    const Cadence when = cadence();
    const int64_t total = totalSteps();
    const bool leader = m_parallel.isLeader();
    std::vector<double> sums(lossNames().size(), 0.0); // since the last metrics line
    int64_t count = 0;
    while (m_step < total) {
        std::vector<double> losses;
        try {
            if (m_parallel.anyRank(stop && stop->load())) break;
            losses = advance();
        } catch (const std::runtime_error& e) { // the loop's edge (design §4a)
            return makeError(std::string(e.what()) + "; run stopped, last good checkpoint kept at " + latestCheckpointPath());
        }
        for (size_t i = 0; i < losses.size(); ++i) sums[i] += losses[i];
        ++count;
        if (observer) reportStep(*observer, losses);
        if (leader && (m_step % when.logEvery == 0 || m_step == total)) {
            if (auto status = logMetrics(observer, sums, count); !status) return status;
            std::fill(sums.begin(), sums.end(), 0.0);
            count = 0;
        }
        if (auto status = afterStep(observer); !status) return status;
        if (leader && when.checkpointEvery > 0 && m_step % when.checkpointEvery == 0 && m_step < total)
            if (auto status = checkpointLatest(observer); !status) return status;
    }
    return {};
}

Status TrainingRun::logMetrics(TrainingObserver* observer, const std::vector<double>& sums, int64_t count)
{
    const auto names = lossNames();
    FlatJson line;
    line.set("step", long(m_step));
    line.set("epoch", epochsAt(m_step));
    line.set("wall_s", wallSeconds());
    for (size_t i = 0; i < names.size(); ++i) line.set(names[i], sums[i] / double(count));
    line.set("world_size", long(m_parallel.worldSize()));
    if (m_parallel.distributed()) line.set("comm_s", m_parallel.collectiveSeconds());
    if (auto status = appendMetricsLine(metricsPath(), line); !status) return status;
    if (observer) observer->onMetrics(line.dump(metricsKeyOrder()));
    return {};
}

Status TrainingRun::checkpointLatest(TrainingObserver* observer)
{
    if (auto status = saveCheckpoint(latestCheckpointPath()); !status) return status;
    if (observer) observer->onCheckpoint(latestCheckpointPath(), m_step);
    return {};
}

std::string TrainingRun::serializeState() const { return saveTrainerState(namedOptimizers(), m_clock); }

Status TrainingRun::restoreState(const std::string& bytes)
{
    return restoreTrainerState(bytes, namedOptimizers(), m_device, m_clock);
}

Status TrainingRun::continueFrom(const std::string& checkpointPath, int64_t step, const std::string& trainerState)
{
    m_step = step;
    if (m_parallel.isLeader())
        if (auto status = truncateMetricsAfter(metricsPath(), step); !status) return status;
    if (auto status = restoreState(trainerState); !status)
        return makeError("checkpoint " + checkpointPath + ": " + status.error().message);
    return {};
}

} // namespace dddg
