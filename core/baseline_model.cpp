#include "baseline_model.h"

#include "checkpoint.h"

#include <torch/torch.h>

namespace dddg {

std::string toString(BaselineKind kind)
{
    switch (kind) {
    case BaselineKind::Ddpm: return "ddpm";
    case BaselineKind::Dae: return "dae";
    case BaselineKind::Daed: return "daed";
    case BaselineKind::Cold: return "cold";
    }
    return "ddpm";
}

bool parseBaselineKind(const std::string& text, BaselineKind& kind)
{
    if (text == "ddpm") kind = BaselineKind::Ddpm;
    else if (text == "dae") kind = BaselineKind::Dae;
    else if (text == "daed") kind = BaselineKind::Daed;
    else if (text == "cold") kind = BaselineKind::Cold;
    else return false;
    return true;
}

std::string BaselineConfig::modelName() const
{
    switch (kind) {
    case BaselineKind::Ddpm: return "ddpm-" + toString(schedule);
    case BaselineKind::Cold: return "cold-" + toString(degradation.kind);
    default: return toString(kind);
    }
}

std::vector<std::string> BaselineConfig::roles() const
{
    switch (kind) {
    case BaselineKind::Ddpm: return {"eps"};
    case BaselineKind::Dae: return {"dae"};
    case BaselineKind::Daed: return {"dae", "eps"};
    case BaselineKind::Cold: return {"restore"};
    }
    return {};
}

NoiseSchedule BaselineConfig::noiseSchedule() const { return NoiseSchedule(schedule, diffusionSteps, firstBeta); }

void BaselineConfig::writeTo(FlatJson& json) const
{
    json.set("method", toString(kind));
    json.set("model", modelName());
    net.writeTo(json, "unet_");
    json.set("schedule", toString(schedule));
    json.set("diffusion_steps", long(diffusionSteps));
    json.set("first_beta", firstBeta);
    json.set("dae_max_std", daeMaxStd);
    json.set("degradation", toString(degradation.kind));
    json.set("tmax", long(degradation.tMax));
    json.set("sigma_max", degradation.sigmaMax);
    json.set("sigma_min", degradation.sigmaMin);
    json.set("constant", degradation.constant);
    json.set("cold_step_sigma", coldStepSigma);
    json.set("dataset", dataset);
}

Result<BaselineConfig> BaselineConfig::readFrom(const FlatJson& json)
{
    BaselineConfig c;
    if (!parseBaselineKind(json.string("method", ""), c.kind))
        return makeError("unknown baseline method '" + json.string("method", "") + "'");
    auto net = UNetConfig::readFrom(json, "unet_");
    if (!net) return net.error();
    c.net = *net;
    if (!parseScheduleKind(json.string("schedule", "linear"), c.schedule))
        return makeError("unknown noise schedule '" + json.string("schedule", "") + "'");
    c.diffusionSteps = int64_t(json.number("diffusion_steps", double(c.diffusionSteps)));
    c.firstBeta = json.number("first_beta", c.firstBeta);
    c.daeMaxStd = json.number("dae_max_std", c.daeMaxStd);
    if (!parseColdFamily(json.string("degradation", "blur"), c.degradation.kind))
        return makeError("unknown degradation '" + json.string("degradation", "") + "'");
    c.degradation.tMax = int64_t(json.number("tmax", double(c.degradation.tMax)));
    c.degradation.sigmaMax = json.number("sigma_max", c.degradation.sigmaMax);
    c.degradation.sigmaMin = json.number("sigma_min", c.degradation.sigmaMin);
    c.degradation.constant = json.number("constant", c.degradation.constant);
    c.coldStepSigma = json.number("cold_step_sigma", c.coldStepSigma);
    c.dataset = json.string("dataset", "");
    if (auto status = c.validate(); !status) return status.error();
    return c;
}

Status BaselineConfig::validate() const
{
    if (auto status = net.validate(); !status) return status;
    if (diffusionSteps < 2 || diffusionSteps > 100000) return makeError("diffusion_steps must be in [2, 100000]");
    if (!(firstBeta > 0 && firstBeta < 0.5)) return makeError("first_beta must be in (0, 0.5)");
    if (!(daeMaxStd > 0 && daeMaxStd <= 4)) return makeError("dae_max_std must be in (0, 4]");
    if (degradation.tMax < 2 || degradation.tMax > 64) return makeError("tmax must be in [2, 64]");
    if (!(degradation.sigmaMax > 0 && degradation.sigmaMin > 0 && degradation.sigmaMax <= 64)) return makeError("bad blur sigmas");
    if (!(coldStepSigma >= 0.01 && coldStepSigma <= 8)) return makeError("cold_step_sigma must be in [0.01, 8]");
    if (kind == BaselineKind::Daed && schedule != ScheduleKind::LinearCombine) return makeError("daed uses the linear_combine schedule");
    return {};
}

BaselineModel::BaselineModel(const BaselineConfig& config) : m_config(config)
{
    TORCH_CHECK(config.validate().ok(), config.validate().error().message);
    for (const auto& role : config.roles()) {
        m_nets.emplace(role, UNet(config.net));
        m_emas.emplace(role, UNet(config.net));
        torch::NoGradGuard guard;
        auto from = m_nets.at(role)->parameters();
        auto to = m_emas.at(role)->parameters();
        for (size_t i = 0; i < from.size(); ++i) to[i].copy_(from[i]);
        for (auto& p : to) p.set_requires_grad(false);
    }
}

UNet& BaselineModel::net(const std::string& role)
{
    auto it = m_nets.find(role);
    TORCH_CHECK(it != m_nets.end(), toString(m_config.kind), " has no network '", role, "'");
    return it->second;
}

UNet& BaselineModel::ema(const std::string& role)
{
    auto it = m_emas.find(role);
    TORCH_CHECK(it != m_emas.end(), toString(m_config.kind), " has no network '", role, "'");
    return it->second;
}

void BaselineModel::updateEma(double decay, int64_t step)
{
    decay = std::min(decay, (1.0 + double(step)) / (10.0 + double(step)));
    torch::NoGradGuard guard;
    for (auto& [role, live] : m_nets) {
        auto from = live->parameters();
        auto to = m_emas.at(role)->parameters();
        // One fused multi-tensor update per network instead of one small kernel per tensor.
        torch::_foreach_mul_(to, decay);
        torch::_foreach_add_(to, from, 1.0 - decay);
    }
}

void BaselineModel::to(const torch::Device& device)
{
    for (auto& [role, net] : m_nets) net->to(device);
    for (auto& [role, net] : m_emas) net->to(device);
    m_device = device;
}

int64_t BaselineModel::parameterCount() const
{
    int64_t n = 0;
    for (const auto& [role, net] : m_nets)
        for (const auto& p : net->parameters()) n += p.numel();
    return n;
}

torch::Tensor BaselineModel::stepCondition(int64_t t, int64_t batch, const torch::Device& device)
{
    return torch::full({batch}, double(t), torch::TensorOptions().device(device));
}

torch::Tensor BaselineModel::noiseCondition(double std, int64_t batch, const torch::Device& device)
{
    return torch::full({batch}, 1000.0 * std, torch::TensorOptions().device(device)); // std 0.1 ↔ "step" 100
}

torch::Tensor BaselineModel::levelCondition(double level, int64_t batch, const torch::Device& device)
{
    return torch::full({batch}, 100.0 * level, torch::TensorOptions().device(device)); // σ 1 ↔ "step" 100
}

namespace {

void convertFloating(torch::nn::Module& module, torch::Dtype dtype)
{
    torch::NoGradGuard guard;
    for (auto& p : module.parameters()) p.set_data(p.to(dtype));
    for (auto& b : module.buffers())
        if (b.is_floating_point()) b.set_data(b.to(dtype));
}

} // namespace

Status saveBaselineCheckpoint(const std::string& path, const BaselineCheckpoint& checkpoint, bool shipped)
{
    TORCH_CHECK(checkpoint.model, "saveBaselineCheckpoint: no model");
    auto& model = *checkpoint.model;
    FlatJson header = checkpoint.config;
    model.config().writeTo(header);
    header.set("shipped", shipped);
    torch::serialize::OutputArchive archive;
    for (const auto& role : model.config().roles()) {
        if (shipped) {
            UNet half(model.config().net);
            copyWeights(*model.ema(role), *half);
            convertFloating(*half, torch::kFloat16);
            writeModule(archive, "ema_" + role, *half);
        } else {
            writeModule(archive, "net_" + role, *model.net(role));
            writeModule(archive, "ema_" + role, *model.ema(role));
        }
    }
    archive.write("step", torch::tensor({checkpoint.step}, torch::kInt64), true);
    std::string state = shipped ? std::string() : checkpoint.trainerState;
    archive.write("trainer_state", torch::from_blob(state.data(), {int64_t(state.size())}, torch::kUInt8).clone(), true);
    return writeFileAtomically(path, packContainer(checkpointKind(), kCheckpointVersion, header, {"method", "model"}, archiveBytes(archive)),
                               "checkpoint");
}

Result<BaselineCheckpoint> loadBaselineCheckpoint(const std::string& path, const torch::Device& device)
{
    auto contents = readCheckpointContainer(path);
    if (!contents) return contents.error();
    const std::string method = methodOf(contents->header);
    BaselineKind kind;
    if (!parseBaselineKind(method, kind))
        return makeError("checkpoint " + path + " holds a " + method + " model, not a ddpm, dae, daed or cold one");
    auto config = BaselineConfig::readFrom(contents->header);
    if (!config) return makeError("checkpoint " + path + " has a bad config: " + config.error().message);
    BaselineCheckpoint out;
    out.config = contents->header;
    const bool shipped = contents->header.boolean("shipped", false);
    try {
        out.model = std::make_shared<BaselineModel>(*config);
        torch::serialize::InputArchive archive;
        loadArchive(archive, contents->payload);
        for (const auto& role : config->roles()) {
            if (shipped) {
                UNet half(config->net);
                convertFloating(*half, torch::kFloat16);
                readModuleStrict(archive, "ema_" + role, *half);
                convertFloating(*half, torch::kFloat32);
                copyWeights(*half, *out.model->ema(role));
                copyWeights(*half, *out.model->net(role));
            } else {
                readModuleStrict(archive, "net_" + role, *out.model->net(role));
                readModuleStrict(archive, "ema_" + role, *out.model->ema(role));
            }
        }
        torch::Tensor step, state;
        archive.read("step", step, true);
        archive.read("trainer_state", state, true);
        TORCH_CHECK(step.numel() == 1 && step.scalar_type() == torch::kInt64, "the step counter is not one integer");
        TORCH_CHECK(state.dim() == 1 && state.scalar_type() == torch::kUInt8, "the trainer state is not a byte string");
        out.step = step.item<int64_t>();
        out.trainerState.assign(reinterpret_cast<const char*>(state.data_ptr<uint8_t>()), size_t(state.numel()));
        for (const auto& role : config->roles())
            for (auto& p : out.model->ema(role)->parameters()) p.set_requires_grad(false);
        out.model->to(device);
    } catch (const std::exception& e) {
        return makeError("checkpoint " + path + " does not match its config: " + exceptionText(e));
    }
    return out;
}

} // namespace dddg
