#include "train_options.h"

#include "checkpoint.h"

#include <cstdio>
#include <filesystem>
#include <limits>

namespace dddg::cli {

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
        {"tmax", "T", "number of degradation steps (default 6 at 32×32, one more per doubling of the side)"},
        {"dz", "D", "latent size per step (default 64)"},
        {"degradation", "blur|pool|inpaint", "degradation family (default blur; inpaint: Cold Diffusion restorers only)"},
        {"conditional", "", "class-conditional (CAGAN) training on the labels"},
        {"latent-map", "", "z_t also enters G as a spatial map at the bottleneck (see docs/results.md)"},
        {"device", "cpu|cuda", "where to train (default cpu)"},
        {"nproc", "N", "data-parallel on N local processes sharing --batch (default 1; see docs/distributed.md)"},
        {"dist-timeout", "S", "seconds a process waits for the others to join or answer (default 60)"},
        {"seed", "S", "random seed (default 0)"},
        {"resume", "", "continue RUN_DIR/latest.ckpt"},
        {"init", "FILE", "baselines: start each network the FILE model also has from its weights (same frame and width)"},
        {"fid-every", "N", "cycles between FID (LeNet) evaluations, scored in the background (default 0: none)"},
        {"fid-samples", "N", "generator samples per FID (LeNet) evaluation (default 1000)"},
        {"classifier", "FILE", "FID (LeNet) classifier weights (default: the dataset's shipped one)"},
        {"checkpoint-every", "N", "cycles between checkpoints (default 500)"},
        {"log-every", "N", "cycles between metrics.jsonl lines (default 10)"},
        {"width", "C", "base channel count of G and D (default 16 on cpu, 48 on cuda)"},
        {"lr", "LR", "Adam learning rate (default 0.002)"},
        {"enc-weight", "W", "λ_enc, weight of the latent reconstruction loss L_enc (default 1)"},
        {"r1-weight", "W", "λ_R1, weight of the R1 penalty (default 0.1)"},
        {"size", "S", "image side, a power of two 16–128 (default: the data's own; a resumed run's)"},
        {"channels", "1|3", "1 grey, 3 colour (default: the data's own; a resumed run's)"},
        {"no-flips", "", "no random left–right flips (on for image folders and CIFAR-10; never for digits)"},
        {"sigma-max", "S", "blur σ at t = 1 (default 6)"},
        {"sigma-min", "S", "blur σ at t = t_max − 1 (default 2)"},
    };
    return flags;
}

TrainerConfig trainerConfigFrom(const CliArgs& args)
{
    if (args.has("schedule")) throw CliError("dddg train: --schedule applies to --method ddpm only");
    if (args.has("init")) throw CliError("dddg train: --init applies to the baselines (--method ddpm|dae|daed|cold) only");
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
    if (args.has("conditional")) c.model.numClasses = -1; // set from the data
    return c;
}

/// The frame a run trains in: --channels and --size where given, else the resumed run's, else
/// the data's own (an emoji run is 64×64 colour without a flag; a resume needs none).
Frame trainingFrame(const CliArgs& args, const std::string& dataset, const std::string& dataDir)
{
    const std::string latest = (std::filesystem::path(args.required("out")) / "latest.ckpt").string();
    Result<Frame> base = args.has("resume") && std::filesystem::exists(latest) ? checkpointFrame(latest) : nativeFrame(dataset, dataDir);
    if (!base) throw CliError(base.error().message);
    Frame frame = *base;
    if (args.has("channels")) frame.channels = args.integer("channels", 1, 1, 3);
    if (args.has("size")) frame.size = args.integer("size", 32, 16, 128);
    if (auto valid = validateFrame(frame); !valid) throw CliError("dddg train: " + valid.error().message);
    return frame;
}

Dataset loadTrainingSplit(const CliArgs& args, const std::string& dataset, const std::string& dataDir)
{
    auto data = loadDataset(dataset, dataDir, Split::Train, trainingFrame(args, dataset, dataDir));
    if (!data) throw CliError(data.error().message);
    if (args.has("no-flips")) data->flipsInTraining = false;
    for (const auto& note : data->notes) std::fprintf(stderr, "note: %s: %s\n", data->name.c_str(), note.c_str());
    return std::move(*data);
}

void fitDegradationToSide(const CliArgs& args, DegradationConfig& degradation, int64_t side)
{
    const DegradationConfig defaults = degradationForSide(side);
    if (!args.has("tmax")) degradation.tMax = defaults.tMax;
    if (!args.has("sigma-max")) degradation.sigmaMax = defaults.sigmaMax;
    if (!args.has("sigma-min")) degradation.sigmaMin = defaults.sigmaMin;
}

Dataset loadTrainingSet(const CliArgs& args, TrainerConfig& config)
{
    Dataset data = loadTrainingSplit(args, config.dataset, config.dataDir);
    fitDegradationToSide(args, config.model.degradation, data.frame().size);
    if (config.model.numClasses < 0) {
        if (!data.labels.defined()) throw CliError("dddg train: --conditional needs a labelled dataset");
        config.model.numClasses = data.numClasses;
    }
    return data;
}

} // namespace dddg::cli
