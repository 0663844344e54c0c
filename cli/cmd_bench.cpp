// dddg bench: throughput of training, sampling and inversion on synthetic data, as JSON lines.
#include "baseline_model.h"
#include "bench_distributed.h"
#include "bench_photo.h"
#include "command_support.h"
#include "commands.h"
#include "image_folder.h"
#include "inversion.h"
#include "trainer.h"

#include <torch/torch.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <cstdio>

namespace dddg::cli {
namespace {

const std::vector<FlagSpec>& benchFlags()
{
    static const std::vector<FlagSpec> flags{
        {"device", "cpu|cuda", "device to measure (default cpu)"},
        {"seconds", "S", "minimum measuring time per benchmark (default 3)"},
        {"batch", "B", "training batch (default 16)"},
        {"width", "C", "base channel count of the model (default 16 on cpu, 48 on cuda)"},
        {"tmax", "T", "number of steps (default 6)"},
        {"dz", "D", "latent size (default 64)"},
        {"sample-batch", "B", "batch for sampling and inversion (default 64)"},
        {"ddpm-width", "C", "base width of the DDPM U-Net compared in generation (default 32 on cpu, 64 on cuda)"},
        {"only", "train|sample|invert|frames|folder|photo", "measure one of them alone (default: train, sample, invert); frames: training at "
                                                            "32×32 grey and 64×64 colour in one run; folder: loading --folder DIR; "
                                                            "photo: restoring a colour photo at its own size"},
        {"folder", "DIR", "image folder whose loading --only folder measures: first (decoding) and cached"},
        {"image", "FILE", "photo: this picture at its own size (default: a synthetic colour test card)"},
        {"megapixels", "M", "photo: size of the synthetic test card, 0.01–16.8 (default 1)"},
        {"methods", "LIST", "photo: methods to run one after the other (default gaussian,median,bilateral,nlm,dae)"},
        {"dataset", "NAME", "photo: whose models the networks use (default photos when ./run.sh has made it, else fashion-mnist)"},
        {"data-dir", "DIR", "photo: folder holding that dataset (default: found by name)"},
        {"models", "DIR", "photo: folder of model files (default: the shipped ones)"},
        {"sigma", "S", "photo: noise σ on the 0–255 scale (default 25)"},
        {"nproc", "N", "also train on MNIST with 1..N processes (dddg train --nproc) and report speed-up and collective share"},
        {"nproc-cycles", "K", "cycles of each of those runs (default 40)"},
    };
    return flags;
}

double now()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

void synchronize(const torch::Device& device)
{
    if (device.is_cuda()) torch::cuda::synchronize();
}

// Runs `work` once to warm up, then repeatedly for at least `seconds`; returns calls/s.
template <typename Work>
double rate(double seconds, const torch::Device& device, Work&& work)
{
    work();
    synchronize(device);
    int64_t calls = 0;
    double start = now(), elapsed = 0;
    do {
        work();
        synchronize(device);
        ++calls;
        elapsed = now() - start;
    } while (elapsed < seconds);
    return double(calls) / elapsed;
}

/// The trainer measured: the CPU or GPU defaults, or what the flags say.
TrainerConfig benchConfig(const CliArgs& args, const torch::Device& device)
{
    TrainerConfig config;
    config.device = args.text("device", "cpu");
    config.batch = args.integer("batch", 16, 1, 4096);
    config.model.width = args.integer("width", device.is_cuda() ? 48 : 16, 4, 1024);
    config.model.degradation.tMax = args.integer("tmax", 6, 1, 64);
    config.model.dz = args.integer("dz", 64, 1, 4096);
    config.cycles = 1;
    return config;
}

/// DDPM generation: T = 1000 ancestral steps of the ε-U-Net at the same batch. One step is
/// timed (every step costs the same) and the rate is images / (1000 × step time). Prints its
/// line and returns images/s.
double benchDdpmGeneration(const CliArgs& args, const torch::Device& device, int64_t sampleBatch, double seconds, const FlatJson& common)
{
    BaselineConfig ddpmConfig;
    ddpmConfig.net.width = args.integer("ddpm-width", device.is_cuda() ? 64 : 32, 8, 512);
    BaselineModel ddpm(ddpmConfig);
    ddpm.to(device);
    const NoiseSchedule schedule = ddpmConfig.noiseSchedule();
    auto x = torch::randn({sampleBatch, 1, 32, 32}, torch::TensorOptions().device(device));
    const double stepRate = rate(seconds, device, [&] {
        torch::NoGradGuard guard;
        auto epsHat = ddpm.ema("eps")->forward(x, BaselineModel::stepCondition(500, sampleBatch, device));
        x = schedule.reverseStep(x, epsHat, 500, torch::randn_like(x)).clamp(-4, 4);
    });
    const double ddpmRate = sampleBatch * stepRate / double(schedule.steps());
    FlatJson line = common;
    line.set("bench", "sample_ddpm");
    line.set("images_per_s", ddpmRate);
    line.set("batch", long(sampleBatch));
    line.set("steps", long(schedule.steps()));
    line.set("params", long(ddpm.parameterCount()));
    line.set("width", long(ddpmConfig.net.width));
    line.set("peak_rss_mib", peakRssMiB());
    printJsonLine(line, {"bench", "images_per_s", "batch", "device"});
    return ddpmRate;
}

/// DDDG training cycles/s at 32×32 grey and at 64×64 colour (t_max 6 and 7, the frames'
/// defaults), measured one after the other in this process, and their ratio.
void benchFrames(TrainerConfig config, double seconds, const torch::Device& device)
{
    std::vector<double> rates;
    for (const Frame frame : {Frame{1, 32}, Frame{3, 64}}) {
        Dataset data;
        data.name = "synthetic";
        data.images = torch::rand({256, frame.channels, frame.size, frame.size}) * 2 - 1;
        config.model.degradation.tMax = degradationForSide(frame.size).tMax;
        auto trainer = require(Trainer::create(config, data));
        rates.push_back(rate(seconds, device, [&] { trainer->runCycle(); }));
        FlatJson json;
        json.set("bench", "train_" + std::to_string(frame.size) + (frame.channels == 1 ? "_grey" : "_colour"));
        json.set("cycles_per_s", rates.back());
        json.set("batch", long(config.batch));
        json.set("tmax", long(config.model.degradation.tMax));
        json.set("device", device.str());
        json.set("peak_rss_mib", peakRssMiB());
        printJsonLine(json, {"bench", "cycles_per_s", "batch", "device"});
    }
    FlatJson ratio;
    ratio.set("bench", "train_64_colour_vs_32_grey");
    ratio.set("ratio", rates[1] / rates[0]);
    printJsonLine(ratio, {"bench", "ratio"});
}

/// Loading an image folder in its own frame: once decoding every file (into an empty cache
/// made for the measurement), once from that cache.
void benchFolder(const std::string& folder)
{
    const std::string cache = (std::filesystem::temp_directory_path() / ("dddg-bench-cache-" + std::to_string(::getpid()))).string();
    ::setenv("XDG_CACHE_HOME", cache.c_str(), 1); // a cold cache that is not the user's
    const Frame frame = require(nativeFrame(folder, ""));
    double start = now();
    const auto first = require(loadImageFolder(folder, frame));
    const double decoding = now() - start;
    start = now();
    require(loadImageFolder(folder, frame));
    const double cached = now() - start;
    std::error_code ec;
    std::filesystem::remove_all(cache, ec);
    FlatJson json;
    json.set("bench", "folder_load");
    json.set("images", long(first.size()));
    json.set("frame", frame.text());
    json.set("images_per_s_first", double(first.size()) / decoding);
    json.set("images_per_s_cached", double(first.size()) / cached);
    json.set("seconds_first", decoding);
    json.set("seconds_cached", cached);
    json.set("peak_rss_mib", peakRssMiB());
    printJsonLine(json, {"bench", "images", "frame", "images_per_s_first", "images_per_s_cached"});
}

void printGenerationRatio(double dddgRate, double ddpmRate, const torch::Device& device)
{
    FlatJson ratio;
    ratio.set("bench", "dddg_vs_ddpm_generation");
    ratio.set("ratio", dddgRate / ddpmRate);
    ratio.set("dddg_images_per_s", dddgRate);
    ratio.set("ddpm_images_per_s", ddpmRate);
    ratio.set("device", device.str());
    printJsonLine(ratio, {"bench", "ratio"});
}

} // namespace

int runBench(const Argv& argv)
{
    CliArgs args("bench", benchFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("bench", "[--device cpu|cuda] [flags]", benchFlags()).c_str());
        return 0;
    }
    auto device = requireDevice(args);
    const TrainerConfig config = benchConfig(args, device);
    double seconds = args.number("seconds", 3, 0.1, 600);
    const int64_t sampleBatch = args.integer("sample-batch", 64, 1, 4096);
    const int64_t nproc = args.integer("nproc", 0, 0, 64);
    if (nproc > 0 && config.batch % nproc != 0) throw CliError("dddg bench: --batch must be divisible by --nproc");

    Dataset data; // synthetic: the speed of the engine, not of a data set
    data.name = "synthetic";
    torch::manual_seed(0);
    data.images = torch::rand({1024, 1, 32, 32}) * 2 - 1;
    auto trainer = require(Trainer::create(config, data));
    auto& model = trainer->model();

    FlatJson common;
    common.set("device", device.str());
    common.set("threads", long(torch::get_num_threads()));
    common.set("width", long(config.model.width));
    common.set("tmax", long(config.model.tMax()));
    common.set("params", long(model.parameterCount()));
    auto emit = [&](const char* name, const char* unit, double value, int64_t batch) {
        FlatJson json = common;
        json.set("bench", name);
        json.set(unit, value);
        json.set("batch", long(batch));
        json.set("peak_rss_mib", peakRssMiB());
        printJsonLine(json, {"bench", unit, "batch", "device"});
    };

    const std::string only = args.text("only");
    if (!only.empty() && only != "train" && only != "sample" && only != "invert" && only != "frames" && only != "folder" && only != "photo")
        throw CliError("dddg bench: --only must be train, sample, invert, frames, folder or photo");
    if (only == "photo") {
        benchPhoto(args, device);
        return 0;
    }
    if (only == "folder") {
        if (!args.has("folder")) throw CliError("dddg bench: --only folder needs --folder DIR");
        benchFolder(args.text("folder"));
        return 0;
    }

    // Data-parallel training last, whatever --only chose: it starts processes of its own.
    auto finish = [&] {
        if (nproc > 0) {
            int64_t trained = 0;
            for (const auto& p : model.g->parameters()) trained += p.numel();
            for (const auto& p : model.d->parameters()) trained += p.numel();
            benchDataParallel(config, int(nproc), args.integer("nproc-cycles", 40, 5, 1000000), trained * config.model.tMax());
        }
        return 0;
    };
    if (only == "frames") {
        benchFrames(config, seconds, device);
        return finish();
    }
    if (only.empty() || only == "train")
        emit("train", "cycles_per_s", rate(seconds, device, [&] { trainer->runCycle(); }), config.batch);
    if (only == "train") return finish();
    auto images = data.images.narrow(0, 0, sampleBatch);
    if (only == "invert") {
        emit("invert", "images_per_s", sampleBatch * rate(seconds, device, [&] { require(invert(model, images)); }), sampleBatch);
        return finish();
    }
    uint64_t seed = 0;
    const double dddgRate = sampleBatch * rate(seconds, device, [&] { sample(model, sampleBatch, seed++); });
    emit("sample", "images_per_s", dddgRate, sampleBatch);
    printGenerationRatio(dddgRate, benchDdpmGeneration(args, device, sampleBatch, seconds, common), device);
    if (only == "sample") return finish();
    emit("invert", "images_per_s", sampleBatch * rate(seconds, device, [&] { require(invert(model, images)); }), sampleBatch);
    return finish();
}

} // namespace dddg::cli
