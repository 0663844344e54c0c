#include "baseline_trainer.h"

#include "dddg_model.h"
#include "inpaint_mask.h"
#include "random_stream_guard.h"

#include "checkpoint.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace dddg {
namespace {

constexpr int64_t kConditionChunks = 4; // blur levels per batch: gaussianBlur takes one σ per call

/// Warm start: every role `model` shares with the file `path` takes that file's weights (its
/// EMA ones for a shipped file) as both its live and EMA copy; the other roles keep their
/// fresh initialisation. DAED, for one, can start its auto-encoder from a trained `dae`.
Status initialiseFrom(const std::string& path, BaselineModel& model)
{
    RandomStreamGuard sameStream; // building the file's networks must not shift the run's draws
    auto loaded = loadBaselineCheckpoint(path);
    if (!loaded) return loaded.error();
    const UNetConfig& mine = model.config().net;
    const UNetConfig& theirs = loaded->model->config().net;
    if (mine.channels != theirs.channels || mine.imageSize != theirs.imageSize || mine.width != theirs.width ||
        mine.multipliers != theirs.multipliers)
        return makeError("--init " + path + " holds a network of width " + std::to_string(theirs.width) + " at " +
                         std::to_string(theirs.imageSize) + " px × " + std::to_string(theirs.channels) + " channels; this run's is width " +
                         std::to_string(mine.width) + " at " + std::to_string(mine.imageSize) + " px × " + std::to_string(mine.channels));
    int shared = 0;
    for (const auto& role : model.config().roles()) {
        const auto theirRoles = loaded->model->config().roles();
        if (std::find(theirRoles.begin(), theirRoles.end(), role) == theirRoles.end()) continue;
        torch::NoGradGuard noGrad;
        copyWeights(*loaded->model->ema(role), *model.net(role));
        copyWeights(*loaded->model->ema(role), *model.ema(role));
        ++shared;
    }
    if (shared == 0)
        return makeError("--init " + path + ": a " + loaded->model->config().modelName() + " model has no network a " +
                         model.config().modelName() + " model has");
    return {};
}

} // namespace

void BaselineTrainerConfig::writeTo(FlatJson& json) const
{
    model.writeTo(json);
    json.set("dataset", dataset);
    json.set("data_dir", dataDir);
    json.set("steps", long(steps));
    json.set("epochs", epochs);
    json.set("batch", long(batch));
    json.set("lr", learningRate);
    json.set("grad_clip", gradClip);
    json.set("ema_decay", emaDecay);
    json.set("seed", double(seed));
    json.set("device", device);
    json.set("checkpoint_every", long(checkpointEvery));
    json.set("log_every", long(logEvery));
    json.set("init_from", initFrom);
}

Result<BaselineTrainerConfig> BaselineTrainerConfig::readFrom(const FlatJson& json)
{
    BaselineTrainerConfig c;
    auto model = BaselineConfig::readFrom(json);
    if (!model) return model.error();
    c.model = *model;
    c.dataset = json.string("dataset", c.dataset);
    c.dataDir = json.string("data_dir", c.dataDir);
    c.steps = int64_t(json.number("steps", 0));
    c.epochs = json.number("epochs", 0);
    c.batch = int64_t(json.number("batch", double(c.batch)));
    c.learningRate = json.number("lr", c.learningRate);
    c.gradClip = json.number("grad_clip", c.gradClip);
    c.emaDecay = json.number("ema_decay", c.emaDecay);
    c.seed = uint64_t(json.number("seed", 0));
    c.device = json.string("device", c.device);
    c.checkpointEvery = int64_t(json.number("checkpoint_every", double(c.checkpointEvery)));
    c.logEvery = int64_t(json.number("log_every", double(c.logEvery)));
    c.initFrom = json.string("init_from", "");
    return c;
}

int64_t BaselineTrainerConfig::totalSteps(int64_t datasetSize) const
{
    if (steps > 0) return steps;
    return std::max<int64_t>(1, int64_t(std::ceil(epochs * double(datasetSize) / double(batch))));
}

Status BaselineTrainerConfig::validate() const
{
    if (auto status = model.validate(); !status) return status;
    auto bad = [](const std::string& what) { return Status(makeError(what)); };
    if (steps < 0 || epochs < 0) return bad("--steps and --epochs must not be negative");
    if (steps == 0 && epochs <= 0) return bad("give --steps N or --epochs E");
    if (batch < kConditionChunks || batch > 4096) return bad("--batch must be in [4, 4096] for a baseline");
    if (!(learningRate > 0) || learningRate > 1) return bad("--lr must be in (0, 1]");
    if (!(gradClip > 0)) return bad("the gradient clip must be positive");
    if (emaDecay < 0 || emaDecay >= 1) return bad("EMA decay must be in [0, 1)");
    if (checkpointEvery < 0 || logEvery < 1) return bad("cadences must be positive");
    return {};
}

std::vector<std::string> baselineLossNames(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Ddpm: return {"loss_eps"};
    case BaselineKind::Dae: return {"loss_dae"};
    case BaselineKind::Daed: return {"loss_dae", "loss_eps"};
    case BaselineKind::Cold: return {"loss_restore"};
    }
    return {};
}

BaselineTrainer::BaselineTrainer(const BaselineTrainerConfig& config, Dataset data, std::shared_ptr<BaselineModel> model,
                                 torch::Device device, DataParallel parallel)
    : TrainingRun(device, std::move(parallel)), m_config(config), m_data(std::move(data)), m_model(std::move(model))
{
    m_model->to(m_device);
    m_parallel.broadcast(modelTensors(*m_model));
    m_data.images = m_data.images.to(m_device);
    m_schedule = std::make_unique<NoiseSchedule>(m_config.model.noiseSchedule());
    for (const auto& role : m_config.model.roles())
        m_optimizers.push_back(std::make_unique<torch::optim::Adam>(m_model->net(role)->parameters(),
                                                                    torch::optim::AdamOptions(m_config.learningRate)));
}

Result<std::unique_ptr<BaselineTrainer>> BaselineTrainer::create(const BaselineTrainerConfig& config, Dataset data,
                                                                 DataParallel parallel)
{
    auto device = checkNewRun(config.validate(), parallel, config.batch, config.device, data);
    if (!device) return device.error();
    BaselineTrainerConfig c = config;
    c.model.net.channels = data.images.size(1);
    c.model.net.imageSize = data.images.size(2);
    c.model.degradation.constant = data.meanPixel();
    c.model.dataset = c.dataset;
    if (auto status = c.validate(); !status) return status.error();
    torch::manual_seed(c.seed);
    auto model = std::make_shared<BaselineModel>(c.model);
    if (!c.initFrom.empty())
        if (auto status = initialiseFrom(c.initFrom, *model); !status) return status.error();
    return std::unique_ptr<BaselineTrainer>(new BaselineTrainer(c, std::move(data), model, *device, std::move(parallel)));
}

Result<std::unique_ptr<BaselineTrainer>> BaselineTrainer::resume(const std::string& checkpointPath, Dataset data,
                                                                 const BaselineTrainerConfig* overrides, DataParallel parallel)
{
    auto loaded = loadBaselineCheckpoint(checkpointPath);
    if (!loaded) return loaded.error();
    auto config = BaselineTrainerConfig::readFrom(loaded->config);
    if (!config) return makeError("checkpoint " + checkpointPath + ": " + config.error().message);
    if (overrides) {
        if (overrides->model.modelName() != config->model.modelName())
            return makeError("checkpoint " + checkpointPath + " holds a " + config->model.modelName() + " run, not " +
                             overrides->model.modelName());
        config->steps = overrides->steps;
        config->epochs = overrides->epochs;
        config->device = overrides->device;
        config->outDir = overrides->outDir;
        config->checkpointEvery = overrides->checkpointEvery;
        config->logEvery = overrides->logEvery;
    }
    auto device = checkResumedRun(checkpointPath, config->device, data, config->model.net.channels,
                                  config->model.net.imageSize, parallel, config->batch);
    if (!device) return device.error();
    std::unique_ptr<BaselineTrainer> trainer(
        new BaselineTrainer(*config, std::move(data), loaded->model, *device, std::move(parallel)));
    if (auto status = trainer->continueFrom(checkpointPath, loaded->step, loaded->trainerState); !status) return status.error();
    return trainer;
}

torch::Tensor BaselineTrainer::drawBatch()
{
    // Indices from the CPU generator, so a seed fixes the data order on every device.
    auto index = torch::randint(m_data.size(), {m_config.batch}, torch::kInt64).to(m_device);
    auto images = m_data.images.index_select(0, index);
    if (m_data.flipsInTraining) images = flipWhere(images, (torch::rand({m_config.batch}) < 0.5).to(m_device));
    return images;
}

torch::Tensor BaselineTrainer::lossOf(const std::string& role, const torch::Tensor& x0)
{
    const int64_t B = x0.size(0);
    auto& net = m_model->net(role);
    const auto& mc = m_config.model;
    if (role == "eps") { // ε-prediction at a uniform step (daed's diffusion half skips step 1, the auto-encoder's)
        const int64_t first = mc.kind == BaselineKind::Daed ? 2 : 1;
        auto t = torch::randint(first, m_schedule->steps() + 1, {B}, torch::kInt64);
        auto noise = torch::randn(x0.sizes()).to(m_device);
        auto xt = m_schedule->qSample(x0, t.to(m_device), noise);
        const auto& p = m_parallel;
        return (net->forward(p.shard(xt), p.shard(t).to(torch::kFloat32).to(m_device)) - p.shard(noise)).pow(2).mean();
    }
    if (role == "dae") { // x̂0 from y = x0 + σ·ε, σ uniform in [0, dae_max_std]
        auto std = torch::rand({B}) * mc.daeMaxStd;
        auto y = x0 + std.view({-1, 1, 1, 1}).to(m_device) * torch::randn(x0.sizes()).to(m_device);
        const auto& p = m_parallel;
        return (net->forward(p.shard(y), p.shard(1000.0 * std).to(m_device)) - p.shard(x0)).pow(2).mean();
    }
    // "restore" (Cold Diffusion): L1 x̂0 from the operator at a random level, per chunk.
    std::vector<torch::Tensor> inputs, conditions;
    const auto chunks = x0.chunk(kConditionChunks);
    for (const auto& chunk : chunks) {
        double level;
        torch::Tensor degraded;
        if (mc.degradation.kind == DegradationKind::Blur) {
            level = torch::rand({1}).item<double>() * mc.degradation.sigmaMax;
            degraded = gaussianBlur(chunk, level);
        } else if (mc.degradation.kind == DegradationKind::Inpaint) { // each image's hole at a random centre
            level = double(torch::randint(1, kInpaintSteps + 1, {1}).item<int64_t>());
            const int64_t H = chunk.size(2), W = chunk.size(3);
            auto centres = torch::rand({chunk.size(0), 2}, torch::kFloat64) * torch::tensor({double(H - 1), double(W - 1)}, torch::kFloat64);
            degraded = chunk * fadingMasks(int64_t(level), H, W, centres.round()).to(chunk.device());
        } else {
            level = double(torch::randint(1, mc.degradation.tMax, {1}).item<int64_t>());
            degraded = Degradation(mc.degradation).reduce(chunk, mc.degradation.tMax - int64_t(level));
        }
        inputs.push_back(degraded);
        conditions.push_back(torch::full({chunk.size(0)}, 100.0 * level));
    }
    const auto& p = m_parallel;
    return (net->forward(p.shard(torch::cat(inputs)), p.shard(torch::cat(conditions)).to(m_device)) - p.shard(x0)).abs().mean();
}

std::vector<double> BaselineTrainer::trainStep()
{
    const auto roles = m_config.model.roles();
    std::vector<torch::Tensor> losses;
    for (size_t i = 0; i < roles.size(); ++i) {
        m_model->net(roles[i])->train();
        auto loss = lossOf(roles[i], drawBatch());
        m_optimizers[i]->zero_grad();
        loss.backward();
        // Averaged over the ranks with the gradients: the loss logged is the global batch's.
        losses.push_back(m_parallel.averageGradients(m_model->net(roles[i])->parameters(), loss.detach()));
    }
    std::vector<double> values;
    for (const auto& l : losses) values.push_back(l.item<double>());
    // Checked before any optimiser step: a bad batch never reaches the weights or their EMA.
    for (double v : values)
        if (!std::isfinite(v)) throw std::runtime_error("a loss became NaN/Inf at step " + std::to_string(m_step));
    for (size_t i = 0; i < roles.size(); ++i) {
        torch::nn::utils::clip_grad_norm_(m_model->net(roles[i])->parameters(), m_config.gradClip);
        m_optimizers[i]->step();
    }
    m_model->updateEma(m_config.emaDecay, m_step);
    ++m_step;
    return values;
}

double BaselineTrainer::epochsAt(int64_t step) const
{
    return double(step) * double(m_config.batch) / double(m_data.size());
}

void BaselineTrainer::reportStep(TrainingObserver& observer, const std::vector<double>& losses)
{
    const auto names = lossNames();
    std::vector<std::pair<std::string, double>> named;
    for (size_t i = 0; i < names.size(); ++i) named.emplace_back(names[i], losses[i]);
    observer.onLosses(m_step, totalSteps(), named);
}

Status BaselineTrainer::saveCheckpoint(const std::string& path)
{
    BaselineCheckpoint checkpoint;
    m_config.writeTo(checkpoint.config);
    checkpoint.model = m_model;
    checkpoint.step = m_step;
    checkpoint.trainerState = serializeState();
    return saveBaselineCheckpoint(path, checkpoint);
}

NamedOptimizers BaselineTrainer::namedOptimizers() const
{
    NamedOptimizers named;
    const auto roles = m_config.model.roles();
    for (size_t i = 0; i < roles.size(); ++i) named.emplace_back("opt_" + roles[i], m_optimizers[i].get());
    return named;
}

Status BaselineTrainer::restoreState(const std::string& bytes)
{
    if (bytes.empty()) return makeError("it holds no trainer state (a shipped model, for inference only)");
    return TrainingRun::restoreState(bytes);
}

} // namespace dddg
