#pragma once
// The DDDG training loop (paper Algorithm 1), free of Qt so the CLI, the GUI's worker and
// the tests drive the same code.
#include "checkpoint.h"
#include "dataset.h"
#include "dddg_model.h"
#include "trainer_config.h"
#include "training_observer.h"

#include <torch/optim/adam.h>

#include <atomic>
#include <memory>

namespace dddg {

class Trainer {
public:
    /// A fresh model whose constant image x_0 is `data`'s mean pixel.
    static Result<std::unique_ptr<Trainer>> create(const TrainerConfig& config, Dataset data);
    /// Continues from a checkpoint written by a Trainer (optimisers, RNG and counters too).
    static Result<std::unique_ptr<Trainer>> resume(const std::string& checkpointPath, Dataset data,
                                                   const TrainerConfig* overrides = nullptr);

    /// One cycle: for t = 0..t_max−1 a D step and a G step. Throws on a non-finite loss.
    CycleLosses runCycle();
    /// Cycles until `config().totalCycles` are done or `stop` is set; logs metrics.jsonl,
    /// writes checkpoints on the cadence and at the end. A non-finite loss stops the run
    /// with an Error and keeps the last good checkpoint.
    Status run(TrainingObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr);

    Status saveCheckpoint(const std::string& path);
    std::string latestCheckpointPath() const;
    std::string metricsPath() const;

    int64_t step() const { return m_step; }
    int64_t totalCycles() const { return m_config.totalCycles(m_data.size()); }
    const TrainerConfig& config() const { return m_config; }
    DddgModel& model() { return *m_model; }
    std::shared_ptr<DddgModel> sharedModel() { return m_model; }

private:
    Trainer(const TrainerConfig& config, Dataset data, std::shared_ptr<DddgModel> model, torch::Device device);
    std::pair<torch::Tensor, torch::Tensor> drawRealBatch();
    CycleLosses trainStep(int64_t t, torch::Tensor& state);
    std::string serializeState() const;
    Status restoreState(const std::string& bytes);
    FlatJson metricsLine(const CycleLosses& mean) const;

    TrainerConfig m_config;
    Dataset m_data;
    std::shared_ptr<DddgModel> m_model;
    torch::Device m_device;
    std::unique_ptr<torch::optim::Adam> m_optG, m_optD;
    int64_t m_step = 0;
    double m_wallBefore = 0; // seconds spent in earlier sessions of a resumed run
    double m_wallStart = 0;
};

} // namespace dddg
