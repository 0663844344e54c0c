#include "data_parallel.h"

#include "baseline_model.h"
#include "dddg_model.h"

#include <torch/torch.h>

#include <chrono>

namespace dddg {
namespace {

// Gradients are reduced in buckets of about this size: few collectives (each has a fixed
// latency), yet a bucket's copy-back overlaps the next bucket's reduction.
constexpr int64_t kBucketElements = int64_t(4) << 20; // 16 MiB of float

class Stopwatch {
public:
    explicit Stopwatch(double& total) : m_total(total), m_start(std::chrono::steady_clock::now()) {}
    ~Stopwatch() { m_total += std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }

private:
    double& m_total;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace

void appendStateTensors(torch::nn::Module& module, std::vector<at::Tensor>& out)
{
    for (auto& p : module.parameters()) out.push_back(p.data());
    for (auto& b : module.buffers()) out.push_back(b);
}

std::vector<at::Tensor> modelTensors(DddgModel& m)
{
    std::vector<at::Tensor> all;
    appendStateTensors(*m.g, all);
    appendStateTensors(*m.gEma, all);
    appendStateTensors(*m.d, all);
    appendStateTensors(*m.dEma, all);
    all.push_back(m.scale.variance());
    return all;
}

std::vector<at::Tensor> modelTensors(BaselineModel& m)
{
    std::vector<at::Tensor> all;
    for (const auto& role : m.config().roles()) {
        appendStateTensors(*m.net(role), all);
        appendStateTensors(*m.ema(role), all);
    }
    return all;
}

DataParallel::DataParallel(std::shared_ptr<Collective> collective) : m_collective(std::move(collective))
{
    if (m_collective && m_collective->worldSize() == 1) m_collective.reset();
}

Status DataParallel::checkGlobalBatch(int64_t batch) const
{
    const int64_t n = worldSize();
    if (n > batch) return makeError("--batch " + std::to_string(batch) + " is smaller than the " + std::to_string(n) + " processes");
    if (batch % n != 0)
        return makeError("--batch " + std::to_string(batch) + " is not divisible by the " + std::to_string(n) + " processes");
    return {};
}

at::Tensor DataParallel::shard(const at::Tensor& global) const
{
    if (!m_collective || !global.defined()) return global;
    const int64_t rows = global.size(0) / worldSize();
    return global.narrow(0, rank() * rows, rows);
}

void DataParallel::broadcast(std::vector<at::Tensor> tensors)
{
    if (!m_collective) return;
    torch::NoGradGuard noGrad;
    Stopwatch watch(m_seconds);
    for (const auto& t : tensors) m_bytes += t.numel() * int64_t(t.element_size());
    m_collective->broadcastFromRank0(tensors);
}

at::Tensor DataParallel::averageGradients(const std::vector<at::Tensor>& parameters, const at::Tensor& extras)
{
    if (!m_collective) return extras;
    torch::NoGradGuard noGrad;
    Stopwatch watch(m_seconds);
    std::vector<at::Tensor> grads;
    for (const auto& p : parameters)
        if (p.grad().defined()) grads.push_back(p.grad());
    // Flat buckets in parameter order; the extras ride in the last one.
    std::vector<std::vector<at::Tensor>> members(1);
    int64_t filled = 0;
    for (const auto& g : grads) {
        if (filled > 0 && filled + g.numel() > kBucketElements) members.emplace_back(), filled = 0;
        members.back().push_back(g);
        filled += g.numel();
    }
    const auto flatExtras = extras.detach().to(torch::kFloat32).reshape({-1});
    std::vector<at::Tensor> buckets;
    for (size_t b = 0; b < members.size(); ++b) {
        std::vector<at::Tensor> flat;
        for (const auto& g : members[b]) flat.push_back(g.reshape({-1}).to(torch::kFloat32));
        if (b + 1 == members.size()) flat.push_back(flatExtras.to(flat.empty() ? extras.device() : flat[0].device()));
        buckets.push_back(torch::cat(flat));
        m_bytes += buckets.back().numel() * int64_t(sizeof(float));
    }
    m_collective->allReduceSum(buckets);
    const double inverse = 1.0 / double(worldSize());
    for (size_t b = 0; b < members.size(); ++b) {
        buckets[b].mul_(inverse);
        int64_t offset = 0;
        for (auto& g : members[b]) {
            g.copy_(buckets[b].narrow(0, offset, g.numel()).view_as(g));
            offset += g.numel();
        }
        if (b + 1 == members.size())
            return buckets[b].narrow(0, offset, flatExtras.numel()).view(extras.sizes()).to(extras.device());
    }
    return extras; // not reached: there is always a last bucket
}

bool DataParallel::anyRank(bool flag)
{
    if (!m_collective) return flag;
    Stopwatch watch(m_seconds);
    auto value = torch::full({1}, flag ? 1.0f : 0.0f);
    m_collective->allReduceMax(value);
    return value.item<float>() > 0.5f;
}

} // namespace dddg
