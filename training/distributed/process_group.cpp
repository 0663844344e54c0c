#include "process_group.h"

#include "file_container.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#ifdef DDDG_QUIET_GLOG
#include <glog/logging.h>
#endif
#include <torch/torch.h>

#include <cstdlib>

namespace dddg {
namespace {

/// The first line of an exception's message, without c10's backtrace or Gloo's source location.
std::string messageOf(const std::exception& e)
{
    std::string text = exceptionText(e);
    // Gloo prefixes its messages with its source location: "[./gloo/…/pair.cc:589] Read error …".
    if (text.rfind("[", 0) == 0)
        if (auto close = text.find("] "); close != std::string::npos && text.find(".cc:") < close) text.erase(0, close + 2);
    return text;
}

std::string seconds(std::chrono::milliseconds t) { return std::to_string(t.count() / 1000) + " s"; }

Result<int> integerVariable(const char* name, int fallback, int lo, int hi)
{
    const char* text = std::getenv(name);
    if (!text || !*text) return fallback;
    char* end = nullptr;
    long value = std::strtol(text, &end, 10);
    if (*end || value < lo || value > hi)
        return makeError(std::string(name) + "=" + text + " must be an integer in [" + std::to_string(lo) + ", " +
                         std::to_string(hi) + "]");
    return int(value);
}

class ProcessGroupCollective : public Collective {
public:
    ProcessGroupCollective(c10::intrusive_ptr<c10d::Store> store, c10::intrusive_ptr<c10d::ProcessGroup> group,
                           torch::Device device)
        : m_store(std::move(store)), m_group(std::move(group)), m_device(device)
    {
    }
    int rank() const override { return m_group->getRank(); }
    int worldSize() const override { return m_group->getSize(); }

    void allReduceSum(std::vector<at::Tensor>& tensors) override
    {
        c10d::AllreduceOptions options;
        options.reduceOp = c10d::ReduceOp::SUM;
        eachInFlight(tensors, [&](std::vector<at::Tensor>& one) { return m_group->allreduce(one, options); });
    }

    void allReduceMax(at::Tensor& tensor) override
    {
        c10d::AllreduceOptions options;
        options.reduceOp = c10d::ReduceOp::MAX;
        std::vector<at::Tensor> args{tensor.to(m_device)};
        guarded([&] { m_group->allreduce(args, options)->wait(); });
        tensor.copy_(args[0]);
    }

    void broadcastFromRank0(std::vector<at::Tensor>& tensors) override
    {
        c10d::BroadcastOptions options;
        options.rootRank = 0;
        eachInFlight(tensors, [&](std::vector<at::Tensor>& one) { return m_group->broadcast(one, options); });
    }

private:
    /// Starts `collective` on every tensor (c10d takes one tensor per call and device), then
    /// waits for all of them: the reductions overlap instead of running one after another.
    template <class Collective>
    void eachInFlight(std::vector<at::Tensor>& tensors, Collective&& collective)
    {
        std::vector<std::vector<at::Tensor>> args;
        for (auto& t : tensors) args.push_back({t});
        guarded([&] {
            std::vector<c10::intrusive_ptr<c10d::Work>> works;
            for (auto& a : args) works.push_back(collective(a));
            for (auto& w : works) w->wait();
        });
    }

    template <class F>
    void guarded(F&& f)
    {
        try {
            f();
        } catch (const std::exception& e) {
            throw CollectiveError("lost contact with the other ranks (" + messageOf(e) + ")");
        }
    }

    c10::intrusive_ptr<c10d::Store> m_store; // outlives the group that rendezvoused through it
    c10::intrusive_ptr<c10d::ProcessGroup> m_group;
    torch::Device m_device;
};

bool isLoopback(const std::string& address)
{
    return address == "127.0.0.1" || address == "localhost" || address == "::1";
}

std::shared_ptr<::gloo::transport::Device> glooDevice(const std::string& masterAddr)
{
    if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
        return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
    // All ranks on this machine: stay on the loopback, whatever the host name resolves to.
    if (isLoopback(masterAddr)) return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

} // namespace

void quietDistributedLogging()
{
#ifdef DDDG_QUIET_GLOG
    FLAGS_minloglevel = google::GLOG_FATAL;
#endif
}

Result<std::optional<RendezvousSettings>> rendezvousFromEnvironment()
{
    const char* rank = std::getenv("RANK");
    const char* world = std::getenv("WORLD_SIZE");
    if ((!rank || !*rank) && (!world || !*world)) return std::optional<RendezvousSettings>();
    if (!rank || !*rank) return makeError("WORLD_SIZE is set but RANK is not");
    if (!world || !*world) return makeError("RANK is set but WORLD_SIZE is not");
    RendezvousSettings s;
    auto size = integerVariable("WORLD_SIZE", 1, 1, 4096);
    if (!size) return size.error();
    s.worldSize = *size;
    auto r = integerVariable("RANK", 0, 0, s.worldSize - 1);
    if (!r) return r.error();
    s.rank = *r;
    auto port = integerVariable("MASTER_PORT", s.masterPort, 1, 65535);
    if (!port) return port.error();
    s.masterPort = *port;
    auto localWorld = integerVariable("LOCAL_WORLD_SIZE", 1, 1, 4096);
    if (!localWorld) return localWorld.error();
    s.localWorldSize = *localWorld;
    auto localRank = integerVariable("LOCAL_RANK", 0, 0, s.localWorldSize - 1);
    if (!localRank) return localRank.error();
    s.localRank = *localRank;
    if (const char* addr = std::getenv("MASTER_ADDR"); addr && *addr) s.masterAddr = addr;
    const char* hosted = std::getenv("DDDG_STORE_HOSTED");
    s.storeHosted = hosted && std::string(hosted) == "1";
    return std::optional<RendezvousSettings>(s);
}

Result<std::shared_ptr<Collective>> joinProcessGroup(const RendezvousSettings& s, const std::string& deviceName)
{
    quietDistributedLogging();
    const std::string where = s.masterAddr + ":" + std::to_string(s.masterPort);
    c10::intrusive_ptr<c10d::Store> store;
    c10d::TCPStoreOptions options;
    options.port = uint16_t(s.masterPort);
    options.timeout = s.timeout;
    options.isServer = s.rank == 0 && !s.storeHosted;
    if (options.isServer) {
        options.numWorkers = size_t(s.worldSize);
        options.waitWorkers = false; // the process group's own rendezvous waits, with our timeout
    }
    try {
        store = c10::make_intrusive<c10d::TCPStore>(s.masterAddr, options);
    } catch (const std::exception& e) {
        if (options.isServer)
            return makeError("cannot serve the rendezvous on port " + std::to_string(s.masterPort) +
                             " (MASTER_PORT): the port is in use or not allowed");
        return makeError("cannot reach the master at " + where + " within " + seconds(s.timeout) + " (" + messageOf(e) + ")");
    }
    torch::Device device(torch::kCPU);
    try {
        device = torch::Device(deviceName);
    } catch (const std::exception&) {
        return makeError("unknown device " + deviceName);
    }
    try {
        c10::intrusive_ptr<c10d::ProcessGroup> group;
#ifdef USE_C10D_NCCL
        if (device.is_cuda()) {
            auto nccl = c10::make_intrusive<c10d::ProcessGroupNCCL::Options>();
            nccl->timeout = s.timeout;
            group = c10::make_intrusive<c10d::ProcessGroupNCCL>(store, s.rank, s.worldSize, nccl);
        }
#endif
        if (!group) {
            auto gloo = c10d::ProcessGroupGloo::Options::create(s.timeout);
            gloo->devices.push_back(glooDevice(s.masterAddr));
            gloo->threads = 2;
            group = c10::make_intrusive<c10d::ProcessGroupGloo>(store, s.rank, s.worldSize, gloo);
        }
        return std::shared_ptr<Collective>(std::make_shared<ProcessGroupCollective>(store, group, device));
    } catch (const std::exception& e) {
        return makeError("could not meet the other " + std::to_string(s.worldSize - 1) + " rank(s) through " + where +
                         " within " + seconds(s.timeout) + " (" + messageOf(e) + ")");
    }
}

struct RendezvousHost::Impl {
    c10::intrusive_ptr<c10d::TCPStore> store;
};

RendezvousHost::RendezvousHost(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
RendezvousHost::~RendezvousHost() = default;
int RendezvousHost::port() const { return m_impl->store->getPort(); }

Result<std::unique_ptr<RendezvousHost>> RendezvousHost::start(const std::string& address, int worldSize,
                                                              std::chrono::milliseconds timeout)
{
    quietDistributedLogging();
    c10d::TCPStoreOptions options;
    options.port = 0; // the system picks a free one
    options.isServer = true;
    options.numWorkers = size_t(worldSize);
    options.waitWorkers = false;
    options.timeout = timeout;
    auto impl = std::make_unique<Impl>();
    try {
        impl->store = c10::make_intrusive<c10d::TCPStore>(address, options);
    } catch (const std::exception& e) {
        return makeError("cannot start the rendezvous store (" + messageOf(e) + ")");
    }
    return std::unique_ptr<RendezvousHost>(new RendezvousHost(std::move(impl)));
}

} // namespace dddg
