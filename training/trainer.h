#pragma once
// The DDDG training loop (paper Algorithm 1), free of Qt so the CLI, the GUI's worker and
// the tests drive the same code.
#include "checkpoint.h"
#include "data_parallel.h"
#include "dataset.h"
#include "dddg_model.h"
#include "fid_monitor.h"
#include "trainer_config.h"
#include "training_run.h"

#include <torch/optim/adam.h>

#include <memory>

namespace dddg {

class Trainer : public TrainingRun {
public:
    /// A fresh model whose constant image x_0 is `data`'s mean pixel.
    /// With `parallel` distributed, every rank calls this with the same config and data;
    /// rank 0's weights are broadcast, and config.batch is the global batch.
    static Result<std::unique_ptr<Trainer>> create(const TrainerConfig& config, Dataset data,
                                                   DataParallel parallel = {});
    /// Continues from a checkpoint written by a Trainer (optimisers, RNG and counters too),
    /// with any number of ranks (the global batch, not the world size, fixes the steps).
    static Result<std::unique_ptr<Trainer>> resume(const std::string& checkpointPath, Dataset data,
                                                   const TrainerConfig* overrides = nullptr,
                                                   DataParallel parallel = {});

    /// One cycle: for t = 0..t_max−1 a D step and a G step. Throws on a non-finite loss, with
    /// the weights, their EMA copies and v as they were before the cycle.
    CycleLosses runCycle();
    /// TrainingRun::run, with cycles as its steps. With `fidEvery` > 0, FID (LeNet) is
    /// scored in the background (see FidMonitor); at the end the run waits for a running
    /// evaluation, on `stop` or an error it cancels it: no thread outlives run().
    using TrainingRun::run;

    Status saveCheckpoint(const std::string& path) override;

    /// The fake class labels of the last cycle (one per trajectory, kept for every t); undefined
    /// for unconditional models.
    const torch::Tensor& lastCycleFakeLabels() const { return m_cycleFakeLabels; }
    /// The fake labels each step t of the last cycle trained with (all equal; tests check it).
    const std::vector<torch::Tensor>& lastCycleLabelsPerStep() const { return m_stepFakeLabels; }
    /// The cycle at which the next FID (LeNet) evaluation is due, or −1 when none is
    /// (fidEvery = 0, past the end of the run, or FID is unavailable for this run).
    int64_t nextFidStep() const;
    /// Step of the FID (LeNet) evaluation in progress, or −1.
    int64_t runningFidStep() const { return m_fid ? m_fid->runningStep() : -1; }
    int64_t totalCycles() const { return m_config.totalCycles(m_data.size()); }
    int64_t totalSteps() const override { return totalCycles(); }
    const TrainerConfig& config() const { return m_config; }
    DddgModel& model() { return *m_model; }
    std::shared_ptr<DddgModel> sharedModel() { return m_model; }

private:
    Trainer(const TrainerConfig& config, Dataset data, std::shared_ptr<DddgModel> model, torch::Device device,
            DataParallel parallel);
    /// The real batch of the whole global batch (so every rank draws the same), then this
    /// rank's rows of it.
    std::pair<torch::Tensor, torch::Tensor> drawRealBatch();
    /// One D step and one G step at t; returns [loss_D, loss_G, L_enc, R1] on the device
    /// (no host synchronisation).
    torch::Tensor trainStep(int64_t t, torch::Tensor& state, const torch::Tensor& fakeLabels);
    Cadence cadence() const override { return {m_config.outDir, m_config.logEvery, m_config.checkpointEvery}; }
    std::vector<double> advance() override;
    std::vector<std::string> lossNames() const override { return {"loss_d", "loss_g", "loss_enc", "r1"}; }
    double epochsAt(int64_t step) const override { return m_config.epochsDone(step, m_data.size()); }
    void reportStep(TrainingObserver& observer, const std::vector<double>& losses) override;
    NamedOptimizers namedOptimizers() const override { return {{"opt_g", m_optG.get()}, {"opt_d", m_optD.get()}}; }
    // The background FID (LeNet) around the loop.
    void beginRun(TrainingObserver* observer) override;
    Status afterStep(TrainingObserver* observer) override;
    Status endRun(TrainingObserver* observer, bool stoppedOrFailed) override;
    Status deliverFidEvents(TrainingObserver* observer);

    TrainerConfig m_config;
    Dataset m_data;
    std::shared_ptr<DddgModel> m_model;
    std::unique_ptr<torch::optim::Adam> m_optG, m_optD;
    torch::Tensor m_cycleFakeLabels;
    std::vector<torch::Tensor> m_stepFakeLabels;
    std::unique_ptr<FidMonitor> m_fid; // only during run()
    bool m_fidUnavailable = false;     // set when this run cannot score FID (LeNet)
};

} // namespace dddg
