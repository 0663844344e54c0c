#include "trainer_config.h"

#include <cmath>

namespace dddg {

void TrainerConfig::writeTo(FlatJson& json) const
{
    model.writeTo(json);
    json.set("dataset", dataset);
    json.set("data_dir", dataDir);
    json.set("steps", long(cycles));
    json.set("epochs", epochs);
    json.set("batch", long(batch));
    json.set("lr", learningRate);
    json.set("beta1", beta1);
    json.set("beta2", beta2);
    json.set("r1_weight", r1Weight);
    json.set("enc_weight", encWeight);
    json.set("ema_decay", emaDecay);
    json.set("seed", double(seed));
    json.set("device", device);
    json.set("checkpoint_every", long(checkpointEvery));
    json.set("log_every", long(logEvery));
    json.set("fid_every", long(fidEvery));
    json.set("fid_samples", long(fidSamples));
    json.set("classifier", classifierPath);
}

Result<TrainerConfig> TrainerConfig::readFrom(const FlatJson& json)
{
    TrainerConfig c;
    auto model = ModelConfig::readFrom(json);
    if (!model) return model.error();
    c.model = *model;
    c.dataset = json.string("dataset", c.dataset);
    c.dataDir = json.string("data_dir", c.dataDir);
    c.cycles = int64_t(json.number("steps", 0)); // the key keeps its first name: old runs resume
    c.epochs = json.number("epochs", 0);
    c.batch = int64_t(json.number("batch", double(c.batch)));
    c.learningRate = json.number("lr", c.learningRate);
    c.beta1 = json.number("beta1", c.beta1);
    c.beta2 = json.number("beta2", c.beta2);
    c.r1Weight = json.number("r1_weight", c.r1Weight);
    c.encWeight = json.number("enc_weight", c.encWeight);
    c.emaDecay = json.number("ema_decay", c.emaDecay);
    c.seed = uint64_t(json.number("seed", 0));
    c.device = json.string("device", c.device);
    c.checkpointEvery = int64_t(json.number("checkpoint_every", double(c.checkpointEvery)));
    c.logEvery = int64_t(json.number("log_every", double(c.logEvery)));
    c.fidEvery = int64_t(json.number("fid_every", 0));
    c.fidSamples = int64_t(json.number("fid_samples", double(c.fidSamples)));
    c.classifierPath = json.string("classifier", "");
    return c;
}

int64_t TrainerConfig::totalCycles(int64_t datasetSize) const
{
    if (cycles > 0) return cycles;
    // An epoch is one pass over the training set; a cycle draws t_max real batches.
    const double imagesPerCycle = double(batch) * double(model.tMax());
    return std::max<int64_t>(1, int64_t(std::ceil(epochs * double(datasetSize) / imagesPerCycle)));
}

double TrainerConfig::epochsDone(int64_t cycles, int64_t datasetSize) const
{
    return double(cycles) * double(batch) * double(model.tMax()) / double(std::max<int64_t>(1, datasetSize));
}

Status TrainerConfig::validate() const
{
    if (auto status = model.validate(); !status) return status;
    auto bad = [](const std::string& what) { return Status(makeError(what)); };
    if (cycles < 0 || epochs < 0) return bad("--steps and --epochs must not be negative");
    if (cycles == 0 && epochs <= 0) return bad("give --steps N or --epochs E");
    if (batch < 1 || batch > 4096) return bad("--batch must be in [1, 4096]");
    if (!(learningRate > 0)) return bad("learning rate must be positive");
    if (emaDecay < 0 || emaDecay >= 1) return bad("EMA decay must be in [0, 1)");
    if (checkpointEvery < 0 || logEvery < 1 || fidEvery < 0) return bad("cadences must be positive");
    if (fidEvery > 0 && fidSamples < 2) return bad("FID (LeNet) needs at least 2 samples per evaluation");
    return {};
}

} // namespace dddg
