// dddg train: Algorithm 1 on a dataset, writing RUN_DIR/latest.ckpt and metrics.jsonl.
#include "command_support.h"
#include "commands.h"
#include "progress_bar.h"
#include "train_launch.h"
#include "train_support.h"
#include "trainer.h"

#include <csignal>
#include <cstdio>
#include <filesystem>

namespace dddg::cli {
namespace {

std::atomic<bool> g_stopRequested{false};
volatile std::sig_atomic_t g_stopSignal = 0;
void onSignal(int signal)
{
    g_stopSignal = signal;
    g_stopRequested = true;
}

} // namespace

const std::vector<FlagSpec>& trainFlags()
{
    static const std::vector<FlagSpec> flags{
        {"dataset", "NAME|DIR", "fashion-mnist, mnist or an image folder (required)"},
        {"method", "M", "dddg (default), or a baseline: ddpm, dae, daed, cold"},
        {"schedule", "linear|cosine", "ddpm's noise schedule (default linear)"},
        {"out", "RUN_DIR", "run directory for latest.ckpt and metrics.jsonl (required)"},
        {"data-dir", "D", "folder with the dataset's IDX files"},
        {"steps", "N", "training cycles (one cycle = t_max G/D updates)"},
        {"epochs", "E", "alternative to --steps: passes over the training set (a cycle draws t_max batches)"},
        {"batch", "B", "batch size (default 16)"},
        {"tmax", "T", "number of degradation steps (default 6)"},
        {"dz", "D", "latent size per step (default 64)"},
        {"degradation", "blur|pool", "degradation family (default blur)"},
        {"conditional", "", "class-conditional (CAGAN) training on the labels"},
        {"latent-map", "", "z_t also enters G as a spatial map at the bottleneck (see docs/results.md)"},
        {"device", "cpu|cuda", "where to train (default cpu)"},
        {"nproc", "N", "data-parallel on N local processes sharing --batch (default 1; see docs/distributed.md)"},
        {"dist-timeout", "S", "seconds a process waits for the others to join or answer (default 60)"},
        {"seed", "S", "random seed (default 0)"},
        {"resume", "", "continue RUN_DIR/latest.ckpt"},
        {"fid-every", "N", "cycles between FID (LeNet) evaluations, scored in the background (default 0: none)"},
        {"fid-samples", "N", "generator samples per FID (LeNet) evaluation (default 1000)"},
        {"classifier", "FILE", "FID (LeNet) classifier weights (default: the dataset's shipped one)"},
        {"checkpoint-every", "N", "cycles between checkpoints (default 500)"},
        {"log-every", "N", "cycles between metrics.jsonl lines (default 10)"},
        {"width", "C", "base channel count of G and D (default 16 on cpu, 48 on cuda)"},
        {"lr", "LR", "Adam learning rate (default 0.002)"},
        {"enc-weight", "W", "λ_enc, weight of the latent reconstruction loss L_enc (default 1)"},
        {"r1-weight", "W", "λ_R1, weight of the R1 penalty (default 0.1)"},
        {"size", "S", "image side for image folders (default 32)"},
        {"channels", "1|3", "channels for image folders (default 1)"},
        {"sigma-max", "S", "blur σ at t = 1 (default 6)"},
        {"sigma-min", "S", "blur σ at t = t_max − 1 (default 2)"},
    };
    return flags;
}

std::atomic<bool>& trainStopFlag() { return g_stopRequested; }

void catchStopSignals(bool on)
{
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal, on ? onSignal : SIG_DFL);
}

int stoppedExitCode() { return g_stopRequested ? 128 + int(g_stopSignal) : 0; }

namespace {

TrainerConfig configFrom(const CliArgs& args)
{
    TrainerConfig c;
    c.dataset = args.required("dataset");
    c.outDir = args.required("out");
    c.dataDir = args.text("data-dir");
    c.cycles = args.integer("steps", 0, 0, int64_t(1) << 40);
    c.epochs = args.number("epochs", 0, 0, 1e6);
    if (c.cycles == 0 && c.epochs == 0) throw CliError("dddg train: give --steps N or --epochs E");
    c.batch = args.integer("batch", 16, 1, 4096);
    c.model.degradation.tMax = args.integer("tmax", 6, 1, 64);
    c.model.dz = args.integer("dz", 64, 1, 4096);
    if (!parseDegradationKind(args.text("degradation", "blur"), c.model.degradation.kind))
        throw CliError("dddg train: --degradation must be blur or pool");
    c.model.degradation.sigmaMax = args.number("sigma-max", 6.0, 0.1, 100);
    c.model.degradation.sigmaMin = args.number("sigma-min", 2.0, 0.1, 100);
    c.device = args.text("device", "cpu");
    c.model.width = args.integer("width", c.device == "cpu" ? 16 : 48, 4, 1024);
    c.learningRate = args.number("lr", 0.002, 1e-8, 1);
    c.model.latentMap = args.has("latent-map");
    c.encWeight = args.number("enc-weight", 1.0, 0, 1e4);
    c.r1Weight = args.number("r1-weight", 0.1, 0, 1e4);
    c.seed = uint64_t(args.integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    c.fidEvery = args.integer("fid-every", 0, 0, int64_t(1) << 40);
    c.fidSamples = args.integer("fid-samples", 1000, 2, 1 << 20);
    c.classifierPath = args.text("classifier");
    if (!c.classifierPath.empty() && !std::filesystem::is_regular_file(c.classifierPath))
        throw CliError("dddg train: --classifier " + c.classifierPath + " does not exist");
    c.checkpointEvery = args.integer("checkpoint-every", 500, 0, int64_t(1) << 40);
    c.logEvery = args.integer("log-every", 10, 1, int64_t(1) << 40);
    return c;
}

class CliObserver : public TrainingObserver {
public:
    CliObserver(int64_t total, int64_t resumedAt) : m_bar("train", total, "cycles", resumedAt) {}
    void onCycle(int64_t step, int64_t, const CycleLosses& l) override
    {
        char detail[128];
        std::snprintf(detail, sizeof detail, "D %.3f G %.3f enc %.3f R1 %.3f", l.lossD, l.lossG, l.lossEnc, l.r1);
        m_bar.update(step, detail);
    }
    void onFidFinished(int64_t step, double fid) override
    {
        char text[96];
        std::snprintf(text, sizeof text, "FID (LeNet) at cycle %lld: %.3f", (long long)step, fid);
        m_bar.note(text);
    }
    void onFidStarted(int64_t step) override { m_lastFidStarted = step; }
    void onFidFailed(int64_t step, const std::string& message) override
    {
        if (step != m_lastFidStarted) m_bar.note("warning: FID (LeNet) is off for this run: " + message);
        else m_bar.note("warning: FID (LeNet) at cycle " + std::to_string(step) + " failed: " + message);
    }
    void onFidSkipped(int64_t step, int64_t running) override
    {
        m_bar.note("note: FID (LeNet) at cycle " + std::to_string(step) + " skipped: the one of cycle " +
                   std::to_string(running) + " is still running");
    }
    void finish() { m_bar.finish(); }

private:
    ProgressBar m_bar;
    int64_t m_lastFidStarted = -1;
};

} // namespace

int runTrain(const Argv& argv)
{
    CliArgs args("train", trainFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("train", "--dataset NAME|DIR --out RUN_DIR (--steps N | --epochs E) [flags]", trainFlags()).c_str());
        return 0;
    }
    const std::string method = args.text("method", "dddg");
    if (method != "dddg") return runBaselineTrain(args, argv);
    if (args.has("schedule")) throw CliError("dddg train: --schedule applies to --method ddpm only");
    TrainerConfig config = configFrom(args);
    if (args.has("conditional")) config.model.numClasses = -1; // set from the data below
    auto data = require(loadDataset(config.dataset, config.dataDir, Split::Train, args.integer("size", 32, 8, 256),
                                    args.integer("channels", 1, 1, 3)));
    if (config.model.numClasses < 0) {
        if (!data.labels.defined()) throw CliError("dddg train: --conditional needs a labelled dataset");
        config.model.numClasses = data.numClasses;
    }
    std::string latest = (std::filesystem::path(config.outDir) / "latest.ckpt").string();
    if (auto launched = launchRanksIfAsked(args, argv, config.batch, config.validate(), latest)) return *launched;
    DataParallel parallel = joinRunFromEnvironment(config.device, distributedTimeout(args));
    checkRunFolder(args, latest, parallel.isLeader());
    std::unique_ptr<Trainer> trainer;
    if (args.has("resume")) {
        // Cadences, FID settings and the device keep the run's own values unless given again.
        auto saved = require(readCheckpointContainer(latest));
        if (auto previous = TrainerConfig::readFrom(saved.header); previous.ok()) {
            if (!args.has("device")) config.device = previous->device;
            if (!args.has("checkpoint-every")) config.checkpointEvery = previous->checkpointEvery;
            if (!args.has("log-every")) config.logEvery = previous->logEvery;
            if (!args.has("fid-every")) config.fidEvery = previous->fidEvery;
            if (!args.has("fid-samples")) config.fidSamples = previous->fidSamples;
            if (!args.has("classifier")) config.classifierPath = previous->classifierPath;
        }
        trainer = require(Trainer::resume(latest, std::move(data), &config, parallel));
        if (parallel.isLeader()) std::fprintf(stderr, "resuming %s at cycle %lld\n", latest.c_str(), (long long)trainer->step());
    } else {
        trainer = require(Trainer::create(config, std::move(data), parallel));
    }
    if (!parallel.isLeader()) { // rank 0 reports for the run
        SilentObserver quiet;
        return runCatchingSignals(*trainer, quiet, "cycle");
    }
    std::fprintf(stderr, "training %s on %s%s: %lld parameters, t_max %lld, d_z %lld, batch %lld, %lld cycles\n",
                 trainer->config().dataset.c_str(), trainer->config().device.c_str(), processesNote(parallel).c_str(),
                 (long long)trainer->model().parameterCount(), (long long)trainer->model().config().tMax(),
                 (long long)trainer->model().config().dz, (long long)trainer->config().batch,
                 (long long)trainer->totalCycles());

    CliObserver observer(trainer->totalCycles(), trainer->step());
    return runCatchingSignals(*trainer, observer, "cycle");
}

} // namespace dddg::cli
