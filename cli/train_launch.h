#pragma once
// `dddg train` on several processes (SPEC §9): the local launcher behind --nproc N, and how
// a rank started by any launcher (ours, torchrun-style, Slurm) joins the run.
#include "cli_args.h"
#include "commands.h"
#include "data_parallel.h"
#include "result.h"

#include <chrono>
#include <optional>
#include <string>

namespace dddg::cli {

/// --dist-timeout: how long a rank waits for the rendezvous and for any collective.
std::chrono::milliseconds distributedTimeout(const CliArgs& args);
/// True when this process is a rank of a multi-process run (RANK/WORLD_SIZE are set).
bool startedAsRank();
/// Joins the run the environment describes (RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT, …);
/// a single process when none. Splits this machine's cores between its local ranks unless
/// OMP_NUM_THREADS is set.
DataParallel joinRunFromEnvironment(const std::string& device, std::chrono::milliseconds timeout);
/// The run folder fits --resume: with it, `latest` must exist; without it, it must not (checked
/// by the writing process only, `leader`, so that other ranks of a new run do not race it).
void checkRunFolder(const CliArgs& args, const std::string& latest, bool leader = true);
/// With --nproc N > 1 in a process that is not a rank yet: the checks one process makes
/// first (`config` valid, the run folder fits --resume), so bad input is reported once,
/// then launchLocalRanks. Its exit code, or none when this process trains by itself.
std::optional<int> launchRanksIfAsked(const CliArgs& args, const Argv& argv, int64_t batch, const Status& config,
                                      const std::string& latestCheckpoint);
/// `dddg train … --nproc N`: hosts the rendezvous store, starts N copies of this command as
/// ranks 0..N−1 on this machine, forwards stop signals, and when one rank fails stops the
/// others after the timeout. Returns the run's exit code.
int launchLocalRanks(const Argv& argv, int nproc, std::chrono::milliseconds timeout);

} // namespace dddg::cli
