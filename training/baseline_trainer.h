#pragma once
// Training of the learned baselines (DDPM, DAED's auto-encoder and diffusion half, Cold
// Diffusion's restorer) with the run-folder conventions of DDDG's trainer: atomic
// checkpoints on a cadence and at the end, bit-for-bit resume, metrics.jsonl.
#include "baseline_model.h"
#include "data_parallel.h"
#include "dataset.h"
#include "training_run.h"

#include <torch/optim/adam.h>

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
    std::string initFrom;         ///< a baseline file whose networks of the same role start this run ("" none)

    void writeTo(FlatJson& json) const;
    static Result<BaselineTrainerConfig> readFrom(const FlatJson& json);
    int64_t totalSteps(int64_t datasetSize) const;
    Status validate() const;
};

/// The names of the losses a baseline logs to metrics.jsonl, in order: ddpm "loss_eps",
/// dae "loss_dae", daed both, cold "loss_restore".
std::vector<std::string> baselineLossNames(BaselineKind kind);

class BaselineTrainer : public TrainingRun {
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
    /// TrainingRun::run, with optimiser steps as its steps.
    using TrainingRun::run;
    Status saveCheckpoint(const std::string& path) override;

    int64_t totalSteps() const override { return m_config.totalSteps(m_data.size()); }
    const BaselineTrainerConfig& config() const { return m_config; }
    BaselineModel& model() { return *m_model; }

private:
    BaselineTrainer(const BaselineTrainerConfig& config, Dataset data, std::shared_ptr<BaselineModel> model, torch::Device device,
                    DataParallel parallel);
    /// The whole global batch: every rank draws the same, then trains on its rows.
    torch::Tensor drawBatch();
    /// The role's loss on this rank's rows of a training example built for the global batch.
    torch::Tensor lossOf(const std::string& role, const torch::Tensor& x0);
    Cadence cadence() const override { return {m_config.outDir, m_config.logEvery, m_config.checkpointEvery}; }
    std::vector<double> advance() override { return trainStep(); }
    std::vector<std::string> lossNames() const override { return baselineLossNames(m_config.model.kind); }
    double epochsAt(int64_t step) const override;
    void reportStep(TrainingObserver& observer, const std::vector<double>& losses) override;
    NamedOptimizers namedOptimizers() const override;
    Status restoreState(const std::string& bytes) override;

    BaselineTrainerConfig m_config;
    Dataset m_data;
    std::shared_ptr<BaselineModel> m_model;
    std::unique_ptr<NoiseSchedule> m_schedule;
    std::vector<std::unique_ptr<torch::optim::Adam>> m_optimizers; ///< one per role
};

} // namespace dddg
