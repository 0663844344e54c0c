#pragma once
// Training of the learned baselines (DDPM, DAED's auto-encoder and diffusion half, Cold
// Diffusion's restorer) with the run-folder conventions of DDDG's trainer: atomic
// checkpoints on a cadence and at the end, bit-for-bit resume, metrics.jsonl.
#include "baseline_model.h"
#include "data_parallel.h"
#include "dataset.h"
#include "trainer_state.h"
#include "training_observer.h"

#include <torch/optim/adam.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace dddg {

struct BaselineTrainerConfig {
    BaselineConfig model;
    std::string dataset = "fashion-mnist";
    std::string dataDir;
    std::string outDir;
    int64_t steps = 0;            ///< optimiser steps
    double epochs = 0;            ///< alternative: passes over the training split (N / batch steps each)
    int64_t batch = 32;
    double learningRate = 1e-3;
    double gradClip = 1.0;        ///< global gradient-norm clip
    double emaDecay = 0.999;
    uint64_t seed = 0;
    std::string device = "cpu";
    int64_t checkpointEvery = 1000;
    int64_t logEvery = 50;

    void writeTo(FlatJson& json) const;
    static Result<BaselineTrainerConfig> readFrom(const FlatJson& json);
    int64_t totalSteps(int64_t datasetSize) const;
    Status validate() const;
};

/// The names of the losses a baseline logs to metrics.jsonl, in order: ddpm "loss_eps",
/// dae "loss_dae", daed both, cold "loss_restore".
std::vector<std::string> baselineLossNames(BaselineKind kind);

class BaselineTrainer {
public:
    /// `parallel` as for Trainer::create: config.batch is the global batch.
    static Result<std::unique_ptr<BaselineTrainer>> create(const BaselineTrainerConfig& config, Dataset data,
                                                           DataParallel parallel = {});
    /// Continues `checkpointPath`; `overrides` may change the length, place and cadence.
    static Result<std::unique_ptr<BaselineTrainer>> resume(const std::string& checkpointPath, Dataset data,
                                                           const BaselineTrainerConfig* overrides = nullptr,
                                                           DataParallel parallel = {});

    /// One optimiser step of every network; returns its losses (baselineLossNames order).
    /// Throws std::runtime_error on a non-finite loss, before any weight is touched.
    std::vector<double> trainStep();
    /// Steps until done or `stop` (on any rank); rank 0 logs and checkpoints on the cadence
    /// and at the end.
    Status run(TrainingObserver* observer = nullptr, const std::atomic<bool>* stop = nullptr);
    Status saveCheckpoint(const std::string& path);

    std::string latestCheckpointPath() const;
    std::string metricsPath() const;
    int64_t step() const { return m_step; }
    int64_t totalSteps() const { return m_config.totalSteps(m_data.size()); }
    const BaselineTrainerConfig& config() const { return m_config; }
    BaselineModel& model() { return *m_model; }
    const DataParallel& parallel() const { return m_parallel; }

private:
    BaselineTrainer(const BaselineTrainerConfig& config, Dataset data, std::shared_ptr<BaselineModel> model, torch::Device device,
                    DataParallel parallel);
    /// The whole global batch: every rank draws the same, then trains on its rows.
    torch::Tensor drawBatch();
    /// The role's loss on this rank's rows of a training example built for the global batch.
    torch::Tensor lossOf(const std::string& role, const torch::Tensor& x0);
    std::string serializeState() const;
    Status restoreState(const std::string& bytes);
    double wallSeconds() const;
    NamedOptimizers namedOptimizers() const;

    BaselineTrainerConfig m_config;
    Dataset m_data;
    std::shared_ptr<BaselineModel> m_model;
    torch::Device m_device;
    DataParallel m_parallel;
    std::unique_ptr<NoiseSchedule> m_schedule;
    std::vector<std::unique_ptr<torch::optim::Adam>> m_optimizers; ///< one per role
    int64_t m_step = 0;
    RunClock m_clock;
};

} // namespace dddg
