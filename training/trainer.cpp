#include "trainer.h"

#include "metrics_log.h"

#include <torch/torch.h>

#include <chrono>

namespace dddg {
namespace {

void setTrainable(torch::nn::Module& module, bool trainable)
{
    for (auto& p : module.parameters()) p.set_requires_grad(trainable);
}

torch::optim::AdamOptions adamOptions(const TrainerConfig& c)
{
    return torch::optim::AdamOptions(c.learningRate).betas({c.beta1, c.beta2}).eps(1e-8);
}

} // namespace

Trainer::Trainer(const TrainerConfig& config, Dataset data, std::shared_ptr<DddgModel> model, torch::Device device,
                 DataParallel parallel)
    : TrainingRun(device, std::move(parallel)), m_config(config), m_data(std::move(data)), m_model(std::move(model))
{
    m_model->to(m_device);
    m_parallel.broadcast(modelTensors(*m_model));
    m_data.images = m_data.images.to(m_device);
    if (m_data.labels.defined()) m_data.labels = m_data.labels.to(m_device);
    m_optG = std::make_unique<torch::optim::Adam>(m_model->g->parameters(), adamOptions(m_config));
    m_optD = std::make_unique<torch::optim::Adam>(m_model->d->parameters(), adamOptions(m_config));
}

Result<std::unique_ptr<Trainer>> Trainer::create(const TrainerConfig& config, Dataset data, DataParallel parallel)
{
    auto device = checkNewRun(config.validate(), parallel, config.batch, config.device, data);
    if (!device) return device.error();
    TrainerConfig c = config;
    c.model.channels = data.images.size(1);
    c.model.imageSize = data.images.size(2);
    c.model.degradation.constant = data.meanPixel();
    if (c.model.numClasses > 0 && !data.labels.defined())
        return makeError("--conditional needs a labelled dataset; " + data.name + " has no labels");
    if (auto status = c.model.validate(); !status) return status.error();
    torch::manual_seed(c.seed);
    auto model = std::make_shared<DddgModel>(c.model);
    return std::unique_ptr<Trainer>(new Trainer(c, std::move(data), model, *device, std::move(parallel)));
}

Result<std::unique_ptr<Trainer>> Trainer::resume(const std::string& checkpointPath, Dataset data,
                                                 const TrainerConfig* overrides, DataParallel parallel)
{
    auto loaded = loadCheckpoint(checkpointPath);
    if (!loaded) return loaded.error();
    auto config = TrainerConfig::readFrom(loaded->config);
    if (!config) return makeError("checkpoint " + checkpointPath + ": " + config.error().message);
    if (overrides) { // what may change between sessions of one run: length, place, cadence
        config->cycles = overrides->cycles;
        config->epochs = overrides->epochs;
        config->device = overrides->device;
        config->outDir = overrides->outDir;
        config->checkpointEvery = overrides->checkpointEvery;
        config->logEvery = overrides->logEvery;
        config->fidEvery = overrides->fidEvery;
        config->fidSamples = overrides->fidSamples;
        config->classifierPath = overrides->classifierPath;
    }
    auto device = checkResumedRun(checkpointPath, config->device, data, config->model.channels, config->model.imageSize,
                                  parallel, config->batch);
    if (!device) return device.error();
    std::unique_ptr<Trainer> trainer(new Trainer(*config, std::move(data), loaded->model, *device, std::move(parallel)));
    if (auto status = trainer->continueFrom(checkpointPath, loaded->step, loaded->trainerState); !status) return status.error();
    return trainer;
}

std::pair<torch::Tensor, torch::Tensor> Trainer::drawRealBatch()
{
    // Indices come from the CPU generator so a seed fixes the data order on every device.
    auto index = torch::randint(m_data.size(), {m_config.batch}, torch::kInt64).to(m_device);
    index = m_parallel.shard(index);
    auto labels = m_data.labels.defined() ? m_data.labels.index_select(0, index) : torch::Tensor();
    auto images = m_data.images.index_select(0, index);
    if (m_data.flipsInTraining) // drawn for the global batch, like the indices, then sharded
        images = flipWhere(images, m_parallel.shard(torch::rand({m_config.batch}) < 0.5).to(m_device));
    return {images, labels};
}

torch::Tensor Trainer::trainStep(int64_t t, torch::Tensor& state, const torch::Tensor& fakeLabels)
{
    auto& m = *m_model;
    const bool conditional = m.config().numClasses > 0;
    const int64_t B = m_config.batch; // global: every rank draws all of it, trains on its rows
    auto [real, realLabels] = drawRealBatch();
    if (!conditional) realLabels = torch::Tensor();
    auto z = m_parallel.shard(torch::randn({B, m.config().dz})).to(m_device);
    auto s = m.scale.scale(t);

    auto realNext = m.degradation().reduce(real, t + 1).detach().set_requires_grad(true);
    auto fake = m.step(m.g, state, z * s, t, fakeLabels).xNext;

    // Discriminator/encoder step: NSGAN + λ_enc·L_enc + λ_R1·R1 (R1 without the ½).
    auto outReal = m.d->forward(realNext, t + 1, realLabels);
    auto outFake = m.d->forward(fake.detach(), t + 1, fakeLabels);
    auto encD = ((z - outFake.latent) * s).pow(2).mean();
    auto grad = torch::autograd::grad({outReal.logit.sum()}, {realNext}, {}, true, true)[0];
    auto r1 = grad.pow(2).sum({1, 2, 3}).mean();
    auto lossD = torch::softplus(-outReal.logit).mean() + torch::softplus(outFake.logit).mean() +
                 m_config.encWeight * encD + m_config.r1Weight * r1;
    m_optD->zero_grad();
    lossD.backward();
    // Averaged over the ranks with the gradients: the losses logged are the global batch's.
    auto dStats = m_parallel.averageGradients(m.d->parameters(), torch::stack({lossD.detach(), r1.detach()}));
    m_optD->step();

    // Generator step against the updated D; D's weights get no gradient here.
    setTrainable(*m.d, false);
    auto outG = m.d->forward(fake, t + 1, fakeLabels);
    auto encG = ((z - outG.latent) * s).pow(2).mean();
    auto lossG = torch::softplus(-outG.logit).mean() + m_config.encWeight * encG;
    m_optG->zero_grad();
    lossG.backward();
    // DLSGAN's v update mixes the batch: its mean_batch(z'²) is averaged like a gradient.
    auto gStats = m_parallel.averageGradients(
        m.g->parameters(),
        torch::cat({torch::stack({lossG.detach(), encG.detach()}), LatentScale::secondMoment(outG.latent)}));
    m_optG->step();
    setTrainable(*m.d, true);

    m.scale.updateWithSecondMoment(t, gStats.narrow(0, 2, m.config().dz));
    m.updateEma(m_config.emaDecay);
    state = fake.detach();

    return torch::stack({dStats[0], gStats[0], gStats[1], dStats[1]});
}

CycleLosses Trainer::runCycle()
{
    m_model->g->train();
    m_model->d->train();
    auto state = m_model->constantImage(m_config.batch / m_parallel.worldSize(), m_device);
    // One class per fake trajectory for the whole cycle: x' carries it from t = 0 to t_max.
    const int64_t classes = m_model->config().numClasses;
    m_cycleFakeLabels = classes > 0 ? torch::randint(classes, {m_config.batch}, torch::kInt64).to(m_device) : torch::Tensor();
    const int64_t T = m_model->config().tMax();
    // The cycle runs without waiting on the device; its losses are read once, at the end.
    // A non-finite one puts back the state from before the cycle, so a bad step never
    // survives in the weights or their EMA (losses are averaged: every rank sees the same).
    auto guarded = modelTensors(*m_model);
    std::vector<torch::Tensor> before;
    {
        torch::NoGradGuard noGrad;
        for (const auto& tensor : guarded) before.push_back(tensor.detach().clone());
    }
    m_stepFakeLabels.clear();
    std::vector<torch::Tensor> perStep;
    for (int64_t t = 0; t < T; ++t) {
        m_stepFakeLabels.push_back(m_cycleFakeLabels);
        perStep.push_back(trainStep(t, state, m_parallel.shard(m_stepFakeLabels.back())));
    }
    auto stats = torch::stack(perStep).to(torch::kCPU, torch::kFloat64); // [T, 4]: the one sync
    auto finite = torch::isfinite(stats.narrow(1, 0, 2)).all(1);
    if (!finite.all().item<bool>()) {
        torch::NoGradGuard noGrad;
        for (size_t i = 0; i < guarded.size(); ++i) guarded[i].detach().copy_(before[i]);
        const int64_t t = torch::logical_not(finite).nonzero()[0][0].item<int64_t>();
        throw std::runtime_error("a loss became NaN/Inf at step " + std::to_string(m_step) + ", t = " + std::to_string(t));
    }
    auto mean = stats.mean(0);
    auto values = mean.accessor<double, 1>();
    ++m_step;
    return {values[0], values[1], values[2], values[3]};
}

std::vector<double> Trainer::advance()
{
    const CycleLosses l = runCycle();
    return {l.lossD, l.lossG, l.lossEnc, l.r1};
}

void Trainer::reportStep(TrainingObserver& observer, const std::vector<double>& losses)
{
    observer.onCycle(m_step, totalCycles(), {losses[0], losses[1], losses[2], losses[3]});
}

int64_t Trainer::nextFidStep() const
{
    if (m_config.fidEvery <= 0 || m_fidUnavailable) return -1;
    int64_t next = (m_step / m_config.fidEvery + 1) * m_config.fidEvery;
    return next <= totalCycles() ? next : -1;
}

void Trainer::beginRun(TrainingObserver* observer)
{
    m_fidUnavailable = false;
    if (m_config.fidEvery <= 0) return;
    // Scored against the test split, like `dddg eval`, so the curve and eval agree.
    m_fid = std::make_unique<FidMonitor>(
        FidSettings{m_config.dataset, m_config.dataDir, m_config.classifierPath, m_config.fidSamples, m_config.seed});
    if (auto status = m_fid->prepare(*m_model); !status) {
        m_fid.reset();
        m_fidUnavailable = true; // training goes on without it
        if (observer) observer->onFidFailed(m_step, status.error().message);
    } else if (observer) {
        observer->onFidMetric(m_fid->metricName());
    }
}

Status Trainer::afterStep(TrainingObserver* observer)
{
    if (!m_fid) return {};
    if (m_step % m_config.fidEvery == 0) {
        int64_t running = m_fid->runningStep();
        // One evaluation at a time: a due one is skipped rather than queued, so a slow FID
        // thins the curve instead of piling up work behind training.
        if (!m_fid->start(*m_model, m_step, wallSeconds()) && observer) observer->onFidSkipped(m_step, running);
    }
    return deliverFidEvents(observer);
}

Status Trainer::deliverFidEvents(TrainingObserver* observer)
{
    if (!m_fid) return {};
    for (const auto& e : m_fid->takeEvents()) {
        if (e.kind == FidEvent::Kind::Finished) {
            FlatJson line; // merged with the loss line of the same step by readers
            line.set("step", long(e.step));
            line.set("wall_s", e.wallSeconds);
            line.set(m_fid->metricKey(), e.fid);
            if (auto status = appendMetricsLine(metricsPath(), line); !status) return status;
            if (observer) observer->onMetrics(line.dump(metricsKeyOrder()));
        }
        if (!observer) continue;
        switch (e.kind) {
        case FidEvent::Kind::Started: observer->onFidStarted(e.step); break;
        case FidEvent::Kind::Progress: observer->onFidProgress(e.step, e.done, e.total); break;
        case FidEvent::Kind::Finished: observer->onFidFinished(e.step, e.fid); break;
        case FidEvent::Kind::Failed: observer->onFidFailed(e.step, e.message); break;
        }
    }
    return {};
}

Status Trainer::endRun(TrainingObserver* observer, bool stoppedOrFailed)
{
    // Let the last evaluation finish on a normal end; on stop or error do not wait for it.
    if (!m_fid) return {};
    Status status;
    if (stoppedOrFailed) m_fid->cancel();
    while (status && !m_fid->waitIdle(std::chrono::milliseconds(100))) status = deliverFidEvents(observer);
    m_fid->cancel(); // joins the (finished) thread
    if (status) status = deliverFidEvents(observer);
    m_fid.reset();
    return status;
}

Status Trainer::saveCheckpoint(const std::string& path)
{
    Checkpoint checkpoint;
    m_config.writeTo(checkpoint.config);
    checkpoint.model = m_model;
    checkpoint.step = m_step;
    checkpoint.trainerState = serializeState();
    return dddg::saveCheckpoint(path, checkpoint);
}

} // namespace dddg
