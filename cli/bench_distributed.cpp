#include "bench_distributed.h"

#include "command_support.h"
#include "flat_json.h"
#include "metrics_log.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace dddg::cli {
namespace {

std::string selfPath()
{
    char path[4096];
    const ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0) throw CliError("dddg bench: cannot find its own executable");
    return std::string(path, size_t(n));
}

struct Measured {
    double cyclesPerSecond = 0;
    double commShare = 0;
    double commSecondsPerCycle = 0;
};

/// `dddg train` with `processes` processes; rates from the metrics after the first line
/// (start-up and the first, slower cycles are left out).
Measured trainWith(const TrainerConfig& c, int processes, int64_t cycles, const std::string& dir)
{
    const std::string out = dir + "/n" + std::to_string(processes);
    std::string command = "'" + selfPath() + "' train --dataset mnist --out '" + out + "' --steps " + std::to_string(cycles) +
                          " --batch " + std::to_string(c.batch) + " --width " + std::to_string(c.model.width) + " --tmax " +
                          std::to_string(c.model.tMax()) + " --dz " + std::to_string(c.model.dz) + " --device " + c.device +
                          " --log-every 1 --checkpoint-every 0 --seed 1";
    if (processes > 1) command += " --nproc " + std::to_string(processes);
    command += " > /dev/null 2> '" + out + ".log'";
    if (std::system(command.c_str()) != 0) {
        std::ifstream log(out + ".log");
        std::string line, last;
        while (std::getline(log, line))
            if (!line.empty()) last = line;
        throw CliError("dddg bench: training with " + std::to_string(processes) + " processes failed: " + last);
    }
    MetricsFollower follower(out + "/metrics.jsonl");
    const auto lines = follower.poll();
    if (lines.size() < 3) throw CliError("dddg bench: too few metrics lines from " + out);
    const auto& first = lines[1];
    const auto& last = lines.back();
    const double cyclesRun = last.number("step", 0) - first.number("step", 0);
    const double wall = last.number("wall_s", 0) - first.number("wall_s", 0);
    const double comm = last.number("comm_s", 0) - first.number("comm_s", 0);
    Measured m;
    m.cyclesPerSecond = wall > 0 ? cyclesRun / wall : 0;
    m.commShare = wall > 0 ? comm / wall : 0;
    m.commSecondsPerCycle = cyclesRun > 0 ? comm / cyclesRun : 0;
    return m;
}

} // namespace

void benchDataParallel(const TrainerConfig& config, int maxProcesses, int64_t cycles, int64_t gradientFloats)
{
    const std::string dir = (std::filesystem::temp_directory_path() / ("dddg-bench-" + std::to_string(getpid()))).string();
    std::filesystem::create_directories(dir);
    double single = 0;
    try {
        for (int n = 1; n <= maxProcesses; ++n) {
            if (config.batch % n != 0) continue; // the global batch must split evenly
            const Measured m = trainWith(config, n, cycles, dir);
            if (n == 1) single = m.cyclesPerSecond;
            FlatJson line;
            line.set("bench", "train_data_parallel");
            line.set("nproc", long(n));
            line.set("cycles_per_s", m.cyclesPerSecond);
            line.set("speedup", single > 0 ? m.cyclesPerSecond / single : 0.0);
            line.set("comm_share", m.commShare);
            line.set("comm_ms_per_cycle", 1000 * m.commSecondsPerCycle);
            // Each cycle all-reduces every trained parameter's gradient once per step.
            line.set("grad_mib_per_cycle", double(gradientFloats) * 4.0 / (1024.0 * 1024.0));
            line.set("batch", long(config.batch));
            line.set("device", config.device);
            printJsonLine(line, {"bench", "nproc", "cycles_per_s", "speedup", "comm_share"});
        }
    } catch (...) {
        std::filesystem::remove_all(dir);
        throw;
    }
    std::filesystem::remove_all(dir);
}

} // namespace dddg::cli
