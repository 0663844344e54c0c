// dddg: the headless command line over the DDDG engine (design §7).
#include "cli_args.h"
#include "commands.h"
#include "cpu_runtime.h"

#include <c10/util/Exception.h>
#include <spdlog/spdlog.h>
#include <torch/utils.h>

#include <thread>

#include <cstdio>
#include <new>
#include <cstdlib>
#include <cstring>
#include <map>

namespace {

constexpr const char* kUsage =
    "usage: dddg COMMAND [flags]   (dddg COMMAND --help for its flags)\n\n"
    "commands:\n"
    "  train     train DDDG (paper Algorithm 1) or a baseline (--method) into a run directory\n"
    "  sample    sample trajectories (Algorithm 2) into a PNG grid\n"
    "  invert    invert images to latent codes (Algorithm 3, optional refinement)\n"
    "  degrade   show the forward degradation reduce_info(x, t)\n"
    "  eval      reconstruction PSNR/SSIM and FID (LeNet) on a test split (JSON line)\n"
    "  fid       FID (LeNet) of images, a trajectory file or the blurred test split (JSON line)\n"
    "  classifier  train the LeNet classifier behind FID (LeNet) (JSON line)\n"
    "  compare   restore degraded images with every method and score them (CSV, Markdown, grid)\n"
    "  export    a run's checkpoint in the compact form shipped under resources/models\n"
    "  bench     training/sampling/inversion throughput (JSON lines)\n";

} // namespace

int main(int argc, char** argv)
{
    using namespace dddg::cli;
    dddg::configureCpuRuntime();
    spdlog::set_level(spdlog::level::warn);
    // LibTorch may start with one intra-op thread; use every core unless the user chose.
    if (!std::getenv("OMP_NUM_THREADS") && std::thread::hardware_concurrency() > 1)
        torch::set_num_threads(int(std::thread::hardware_concurrency()));
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const std::map<std::string, int (*)(const Argv&)> commands{
        {"train", runTrain}, {"sample", runSample}, {"invert", runInvert},
        {"degrade", runDegrade}, {"eval", runEval}, {"bench", runBench},
        {"fid", runFid}, {"classifier", runClassifier}, {"compare", runCompare}, {"export", runExport},
    };
    auto it = commands.find(argv[1]);
    if (it == commands.end()) {
        std::fprintf(stderr, "dddg: unknown command '%s' (try dddg --help)\n", argv[1]);
        return 2;
    }
    Argv rest(argv + 2, argv + argc);
    try {
        return it->second(rest);
    } catch (const CliError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const c10::Error& e) {
        // A tensor-shape or input check that slipped past validation: still one line, exit 2.
        std::string what = e.what_without_backtrace();
        std::fprintf(stderr, "error: %s\n", what.substr(0, what.find('\n')).c_str());
        return 2;
    } catch (const std::bad_alloc&) {
        // Sizes are checked before allocating; this is the last line of defence.
        std::fprintf(stderr, "error: dddg %s ran out of memory; try fewer images or a smaller --zoom\n", argv[1]);
        return 2;
    } catch (const std::exception& e) {
        std::string what = e.what();
        std::fprintf(stderr, "error: %s\n", what.substr(0, what.find('\n')).c_str());
        return 1;
    }
}
