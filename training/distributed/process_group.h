#pragma once
// Joining a data-parallel run over LibTorch's c10d (SPEC §9): rendezvous through a TCPStore,
// collectives through ProcessGroupGloo (CPU; part of Debian's libtorch) or ProcessGroupNCCL
// (CUDA builds configured with DDDG_NCCL). Only this folder includes c10d's headers.
#include "collective.h"
#include "result.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace dddg {

struct RendezvousSettings {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    int localWorldSize = 1;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    /// A launcher (`dddg train --nproc N`) hosts the store; rank 0 then joins as a client.
    bool storeHosted = false;
    std::chrono::milliseconds timeout{60000};
};

/// The settings a launcher put in RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT, LOCAL_RANK and
/// LOCAL_WORLD_SIZE (DDDG_STORE_HOSTED=1 from our own launcher); none when RANK and
/// WORLD_SIZE are both unset. An error names the variable that is wrong.
Result<std::optional<RendezvousSettings>> rendezvousFromEnvironment();

/// Meets the other ranks and returns this rank's collectives. Errors say what failed in
/// one line: a port in use, an unreachable master, ranks that did not join in time.
Result<std::shared_ptr<Collective>> joinProcessGroup(const RendezvousSettings& settings, const std::string& device);

/// The rendezvous store of a local launcher, on a port the system picks, serving
/// `worldSize` ranks until it is destroyed.
class RendezvousHost {
public:
    static Result<std::unique_ptr<RendezvousHost>> start(const std::string& address, int worldSize,
                                                         std::chrono::milliseconds timeout);
    ~RendezvousHost();
    int port() const;

private:
    struct Impl;
    explicit RendezvousHost(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Silences c10d's own log lines (they go to stderr through glog): our errors are one line.
void quietDistributedLogging();

} // namespace dddg
