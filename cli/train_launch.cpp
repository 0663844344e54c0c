#include "train_launch.h"

#include "command_support.h"
#ifdef DDDG_HAVE_C10D
#include "process_group.h"
#endif

#include <torch/torch.h>

#include <csignal>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace dddg::cli {
namespace {

/// Checks that `nproc` processes can share the global `batch` (one line, exit 2 if not).
void checkProcessCount(int64_t nproc, int64_t batch)
{
    if (nproc > batch)
        throw CliError("dddg train: --nproc " + std::to_string(nproc) + " is larger than --batch " + std::to_string(batch) +
                       ": every process needs at least one image of the global batch");
    if (batch % nproc != 0)
        throw CliError("dddg train: --batch " + std::to_string(batch) + " is not divisible by --nproc " + std::to_string(nproc));
}

volatile std::sig_atomic_t g_forwardSignal = 0;
void onLauncherSignal(int signal) { g_forwardSignal = signal; }

/// This command's arguments without --nproc (the ranks must not launch again).
std::vector<std::string> rankArguments(const Argv& argv)
{
    std::vector<std::string> out{"dddg", "train"};
    for (size_t i = 0; i < argv.size(); ++i) {
        if (argv[i] == "--nproc") {
            ++i;
            continue;
        }
        if (argv[i].rfind("--nproc=", 0) == 0) continue;
        out.push_back(argv[i]);
    }
    return out;
}

std::vector<std::string> rankEnvironment(int rank, int nproc, int port)
{
    static const char* ours[] = {"RANK=", "WORLD_SIZE=", "LOCAL_RANK=", "LOCAL_WORLD_SIZE=", "MASTER_ADDR=", "MASTER_PORT=",
                                 "DDDG_STORE_HOSTED="};
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        bool replaced = false;
        for (const char* prefix : ours) replaced = replaced || std::strncmp(*e, prefix, std::strlen(prefix)) == 0;
        if (!replaced) env.emplace_back(*e);
    }
    for (auto [key, value] : {std::pair<const char*, int>{"RANK", rank}, {"WORLD_SIZE", nproc}, {"LOCAL_RANK", rank},
                              {"LOCAL_WORLD_SIZE", nproc}, {"MASTER_PORT", port}, {"DDDG_STORE_HOSTED", 1}})
        env.push_back(std::string(key) + "=" + std::to_string(value));
    env.emplace_back("MASTER_ADDR=127.0.0.1");
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings)
{
    std::vector<char*> out;
    for (auto& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

pid_t spawnRank(std::vector<std::string> args, std::vector<std::string> env)
{
    auto argvPtrs = pointers(args);
    auto envPtrs = pointers(env);
    pid_t pid = 0;
    if (posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, argvPtrs.data(), envPtrs.data()) != 0) return -1;
    return pid;
}

/// 0, the exit status, or 128 + the signal that ended a process.
int exitCodeOf(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

} // namespace

std::chrono::milliseconds distributedTimeout(const CliArgs& args)
{
    return std::chrono::milliseconds(int64_t(1000 * args.number("dist-timeout", 60, 1, 86400)));
}

bool startedAsRank()
{
    const char* rank = std::getenv("RANK");
    const char* world = std::getenv("WORLD_SIZE");
    return (rank && *rank) || (world && *world);
}

DataParallel joinRunFromEnvironment(const std::string& device, std::chrono::milliseconds timeout)
{
#ifdef DDDG_HAVE_C10D
    auto parsed = rendezvousFromEnvironment();
    if (!parsed) throw CliError("dddg train: " + parsed.error().message);
    auto settings = *parsed;
    if (!settings) return {};
    settings->timeout = timeout;
    if (!std::getenv("OMP_NUM_THREADS")) {
        // Ranks on one machine share its cores; oversubscribed OpenMP threads crawl.
        int cores = int(std::max(1u, std::thread::hardware_concurrency()));
        torch::set_num_threads(std::max(1, cores / settings->localWorldSize));
    }
    auto collective = joinProcessGroup(*settings, device);
    if (!collective) throw CliError("dddg train: rank " + std::to_string(settings->rank) + ": " + collective.error().message);
    return DataParallel(*collective);
#else
    (void)device, (void)timeout;
    if (startedAsRank()) throw CliError("dddg train: this build has no distributed training (c10d with Gloo was not found)");
    return {};
#endif
}

void checkRunFolder(const CliArgs& args, const std::string& latest, bool leader)
{
    const bool resume = args.has("resume"), exists = std::filesystem::exists(latest);
    if (resume && !exists) throw CliError("dddg train --resume: no checkpoint at " + latest);
    if (!resume && exists && leader)
        throw CliError("dddg train: " + latest + " exists; pass --resume to continue it or choose another --out");
}

std::optional<int> launchRanksIfAsked(const CliArgs& args, const Argv& argv, int64_t batch, const Status& config,
                                      const std::string& latest)
{
    const int64_t nproc = args.integer("nproc", 1, 1, 1024);
    if (nproc > 1) checkProcessCount(nproc, batch);
    if (nproc <= 1 || startedAsRank()) return std::nullopt;
    require(config);
    checkRunFolder(args, latest);
    return launchLocalRanks(argv, int(nproc), distributedTimeout(args));
}

int launchLocalRanks(const Argv& argv, int nproc, std::chrono::milliseconds timeout)
{
#ifdef DDDG_HAVE_C10D
    auto host = require(RendezvousHost::start("127.0.0.1", nproc, timeout));
    std::vector<pid_t> ranks;
    for (int r = 0; r < nproc; ++r) {
        pid_t pid = spawnRank(rankArguments(argv), rankEnvironment(r, nproc, host->port()));
        if (pid < 0) {
            for (pid_t p : ranks) kill(p, SIGTERM);
            for (pid_t p : ranks) waitpid(p, nullptr, 0);
            throw CliError("dddg train: cannot start rank " + std::to_string(r) + ": " + std::strerror(errno));
        }
        ranks.push_back(pid);
    }
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal, onLauncherSignal);
    // Wait for every rank. A stop signal goes to all of them (they agree on the cycle to
    // stop at); after a failure the others get the timeout to notice and end on their own.
    std::vector<bool> running(ranks.size(), true);
    int exitCode = 0, left = nproc;
    bool failed = false;
    auto deadline = std::chrono::steady_clock::time_point::max();
    while (left > 0) {
        if (int signal = g_forwardSignal) {
            g_forwardSignal = 0;
            for (size_t r = 0; r < ranks.size(); ++r)
                if (running[r]) kill(ranks[r], signal);
        }
        int status = 0;
        pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid > 0) {
            for (size_t r = 0; r < ranks.size(); ++r) {
                if (ranks[r] != pid) continue;
                running[r] = false;
                --left;
                const int code = exitCodeOf(status);
                if (code != 0 && !failed) {
                    failed = true;
                    exitCode = code;
                    deadline = std::chrono::steady_clock::now() + timeout + std::chrono::seconds(5);
                    if (WIFSIGNALED(status) && WTERMSIG(status) != SIGINT && WTERMSIG(status) != SIGTERM)
                        std::fprintf(stderr, "error: dddg train: rank %zu ended by signal %d (%s)\n", r, WTERMSIG(status),
                                     strsignal(WTERMSIG(status)));
                }
            }
            continue;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            for (size_t r = 0; r < ranks.size(); ++r)
                if (running[r]) kill(ranks[r], SIGKILL);
            deadline = std::chrono::steady_clock::time_point::max();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal, SIG_DFL);
    return exitCode;
#else
    (void)argv, (void)nproc, (void)timeout;
    throw CliError("dddg train: this build has no distributed training (c10d with Gloo was not found)");
#endif
}

} // namespace dddg::cli
