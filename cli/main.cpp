// dddg: the headless command line over the DDDG engine (design §7).
#include "cli_args.h"
#include "commands.h"
#include "cpu_runtime.h"
#include "result.h"

#include <CLI/CLI.hpp>
#include <c10/util/Exception.h>
#include <spdlog/spdlog.h>
#include <torch/utils.h>

#include <thread>

#include <cstdio>
#include <new>
#include <cstdlib>
#include <string>

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const dddg::cli::Argv&);
};

constexpr Command kCommands[] = {
    {"train", "train DDDG (paper Algorithm 1) or a baseline (--method) into a run directory", dddg::cli::runTrain},
    {"sample", "sample trajectories (Algorithm 2) into a PNG grid", dddg::cli::runSample},
    {"invert", "invert images to latent codes (Algorithm 3, optional refinement)", dddg::cli::runInvert},
    {"degrade", "show the forward degradation reduce_info(x, t)", dddg::cli::runDegrade},
    {"eval", "reconstruction PSNR/SSIM and FID (LeNet) on a test split (JSON line)", dddg::cli::runEval},
    {"fid", "FID (LeNet) of images, a trajectory file or the blurred test split (JSON line)", dddg::cli::runFid},
    {"classifier", "train the LeNet classifier behind FID (LeNet) (JSON line)", dddg::cli::runClassifier},
    {"compare", "restore degraded images with every method and score them (CSV, Markdown, grid)", dddg::cli::runCompare},
    {"tune-encoder", "train a DDDG checkpoint's encoder further so that encoder-only inversion improves", dddg::cli::runTuneEncoder},
    {"export", "a run's checkpoint in the compact form shipped under resources/models", dddg::cli::runExport},
    {"bench", "training/sampling/inversion throughput (JSON lines)", dddg::cli::runBench},
};

/// CLI11 picks the subcommand; everything after its name goes, untouched, to the command,
/// which declares its own flags (and answers its own --help).
int dispatch(int argc, char** argv)
{
    CLI::App app{"DDDG Explorer's command line (dddg COMMAND --help for a command's flags)", "dddg"};
    app.require_subcommand(1);
    for (const auto& command : kCommands) {
        auto* sub = app.add_subcommand(command.name, command.summary);
        sub->prefix_command();
        sub->set_help_flag();
    }
    if (argc == 2 && std::string(argv[1]) == "help") {
        std::fputs(app.help().c_str(), stdout);
        return 0;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::fputs(app.help().c_str(), stdout);
        return 0;
    } catch (const CLI::ParseError& e) {
        if (argc < 2) {
            std::fputs(app.help().c_str(), stderr);
            return 2;
        }
        std::fprintf(stderr, "dddg: unknown command '%s' (try dddg --help)\n", argv[1]);
        return 2;
    }
    auto* chosen = app.get_subcommands().front();
    for (const auto& command : kCommands)
        if (chosen->get_name() == command.name) return command.run(chosen->remaining());
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace dddg::cli;
    dddg::configureCpuRuntime();
    spdlog::set_level(spdlog::level::warn);
    // LibTorch may start with one intra-op thread; use every core unless the user chose.
    if (!std::getenv("OMP_NUM_THREADS") && std::thread::hardware_concurrency() > 1)
        torch::set_num_threads(int(std::thread::hardware_concurrency()));
    try {
        return dispatch(argc, argv);
    } catch (const CliError& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    } catch (const c10::Error& e) {
        // A LibTorch check fired by the user's data (a tensor file of the wrong shape) that
        // slipped past validation: the user can still fix it, so one line and exit 2 (design §4a).
        std::fprintf(stderr, "error: %s\n", dddg::firstLine(e.what_without_backtrace()).c_str());
        return 2;
    } catch (const std::bad_alloc&) {
        // Sizes are checked before allocating; this is the last line of defence.
        std::fprintf(stderr, "error: dddg %s ran out of memory; try fewer images or a smaller --zoom\n", argc > 1 ? argv[1] : "");
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", dddg::firstLine(e.what()).c_str());
        return 1;
    }
}
