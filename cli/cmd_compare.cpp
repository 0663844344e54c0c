// dddg compare: every chosen restoration method on the same degraded images, with one seed;
// writes results.csv, results.md, a labelled grid.png, every image as a PNG, and results.pt.
#include "command_support.h"
#include "noise_schedule.h"
#include "commands.h"
#include "comparison.h"
#include "comparison_export.h"
#include "image_file.h"
#include "progress_bar.h"

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <memory>
#include <optional>

namespace dddg::cli {
namespace {
namespace fs = std::filesystem;

const std::vector<FlagSpec>& compareFlags()
{
    static const std::vector<FlagSpec> flags{
        {"dataset", "NAME", "fashion-mnist, mnist, cifar10, emoji, photos or an image folder: its test images are restored, its models and training images used (default fashion-mnist; with --image photos when ./run.sh has made it)"},
        {"image", "IMG", "restore one image file instead, at its own size and colour (up to 16 megapixels): filters whole, networks in blended tiles, DIP at its working scale, DDDG on a letterboxed copy"},
        {"in-frame", "", "with --image: bring the image to the dataset's frame first (shorter side resized, centre crop)"},
        {"data-dir", "D", "folder with a named dataset's files (IDX, CIFAR-10 batches)"},
        {"n", "N", "number of test images (default 100)"},
        {"first", "I", "index of the first test image (default 0)"},
        {"split", "test|train", "the split the images come from (default test; train for tuning a method's settings)"},
        {"degradation", "noise|blur|pool|sr|inpaint", "what is done to the images (required)"},
        {"sigma", "S", "noise std on the 0-255 scale (noise; default 25)"},
        {"noise-step", "T", "noise: instead of --sigma, DDPM's noise at step T of the linear schedule, sigma = 127.5*sqrt((1-abar_T)/abar_T) (t 600 = sigma 782)"},
        {"level", "t", "reduce_info level, 1 <= t < t_max (blur, pool; default 3); inpaint: Cold Diffusion's fading step, 1 <= t <= 50 (default 50)"},
        {"factor", "F", "sr: the super-resolution factor 2, 4 or 8 (area down, nearest up; default 4)"},
        {"mask", "PNG", "inpaint: your own mask of the image's size, white = missing, black = kept (instead of --level)"},
        {"sigma-y", "S", "blur, pool, sr, inpaint: measurement noise std on the 0-255 scale, added to A(x) (default 0)"},
        {"quantize", "", "blur, pool, sr, inpaint: round the measurement to 8 bits, as a saved file would be"},
        {"nfe", "N", "diffpir/ddrm: steps per sample (default 33 for diffpir, 20 for ddrm)"},
        {"samples", "S", "diffpir/ddrm: samples averaged into the result, an estimate of the posterior mean (NFE = steps x samples; default 3 for diffpir, 1 for ddrm)"},
        {"t-start", "T", "diffpir/ddrm: start at step T from the degraded image noised to it (default 300 for diffpir; ddrm: pure noise at step 1000)"},
        {"diffpir-lambda", "L", "DiffPIR's lambda in rho_t = lambda*sigma_n^2/sigma_t^2 (default 0.2)"},
        {"diffpir-zeta", "Z", "DiffPIR's share of fresh noise when re-noising, 0-1 (default 1)"},
        {"tmax", "T", "t_max of the blur/pool operator family (default 6)"},
        {"methods", "LIST", "all, or a comma-separated list of method names (default all)"},
        {"models", "DIR", "folder searched first for trained models (MODEL-DATASET.ckpt or MODEL-DATASET/latest.ckpt)"},
        {"dip-iters", "N", "Deep Image Prior's iteration budget (default 400)"},
        {"dip-output", "ema|raw", "DIP's result: the 0.99 EMA of its outputs (default) or the last output"},
        {"seed", "S", "seed of the noise and of the methods' own randomness (default 0)"},
        {"device", "cpu|cuda", "where the networks run (default cpu)"},
        {"out", "DIR", "output folder (required)"},
    };
    return flags;
}

DegradationSpec specFrom(const CliArgs& args)
{
    if (!args.has("degradation")) throw CliError("dddg compare: --degradation is required (noise, blur, pool, sr or inpaint)");
    const std::string kind = args.text("degradation");
    const int64_t tMax = args.integer("tmax", 6, 2, 64);
    const bool noise = kind == "noise";
    if (noise && args.has("level")) throw CliError("dddg compare: --level goes with blur, pool or inpaint; noise takes --sigma");
    if (!noise && (args.has("sigma") || args.has("noise-step")))
        throw CliError("dddg compare: --sigma and --noise-step go with noise; the operators take --level (sr --factor) and --sigma-y");
    if (noise && (args.has("sigma-y") || args.has("quantize")))
        throw CliError("dddg compare: --sigma-y and --quantize go with blur, pool, sr or inpaint; noise takes --sigma");
    if (args.has("factor") && kind != "sr") throw CliError("dddg compare: --factor goes with --degradation sr");
    if (kind == "sr" && args.has("level")) throw CliError("dddg compare: sr takes --factor, not --level");
    if (args.has("mask") && kind != "inpaint") throw CliError("dddg compare: --mask goes with --degradation inpaint");
    if (args.has("mask") && args.has("level")) throw CliError("dddg compare: give --mask or --level for inpaint, not both");
    if (args.has("sigma") && args.has("noise-step")) throw CliError("dddg compare: give --sigma or --noise-step, not both");
    double sigma = noise ? args.number("sigma", 25.0, -1e9, 1e9) : 25.0;
    if (args.has("noise-step")) // the TDPM-DIP report's noise levels: x_t / √ᾱ_t = x_0 + that std · ε
        sigma = 127.5 * NoiseSchedule(ScheduleKind::Linear).noiseToSignal(args.integer("noise-step", 600, 1, 1000));
    const int64_t anyInt = std::numeric_limits<int32_t>::max();
    int64_t level = noise ? 3 : args.integer("level", kind == "inpaint" ? 50 : 3, -anyInt, anyInt);
    if (kind == "sr") level = args.integer("factor", 4, -anyInt, anyInt);
    MeasurementNoise measurement;
    measurement.sigmaY = args.number("sigma-y", 0.0, -1e9, 1e9);
    measurement.quantize = args.has("quantize");
    auto spec = degradationSpec(kind, sigma, level, tMax, 0, measurement);
    if (!spec) throw CliError("dddg compare: " + spec.error().message);
    if (args.has("mask")) {
        auto mask = readInpaintMask(args.text("mask"));
        if (!mask) throw CliError("dddg compare: " + mask.error().message);
        spec->mask = *mask;
        spec->maskName = fs::path(args.text("mask")).filename().string();
    }
    return *spec;
}

/// Refuses an output folder that cannot be written, or whose outputs would overwrite the input image.
void prepareOutputFolder(const std::string& out, const std::string& image)
{
    std::error_code ec;
    fs::create_directories(out, ec);
    if (!fs::is_directory(out)) throw CliError("cannot create output folder " + out);
    const auto probe = fs::path(out) / ".dddg-write-test";
    {
        std::ofstream test(probe);
        if (!test) throw CliError("output folder " + out + " is not writable");
    }
    fs::remove(probe, ec);
    if (image.empty()) return;
    // The input must not be among the files the run writes (also through links).
    const std::string input = fs::weakly_canonical(image, ec).string();
    const fs::path folder = fs::weakly_canonical(out, ec);
    bool clash = input.rfind((folder / "images").string() + "/", 0) == 0;
    for (const char* name : {"results.csv", "results.md", "results.pt", "grid.png"}) clash = clash || input == (folder / name).string();
    if (clash) throw CliError("--out " + out + " would overwrite the input image " + image + "; choose another folder");
}

/// The clean images and their ids: one image file, or test (or training) images first … first + n − 1.
struct CleanImages {
    torch::Tensor images;
    std::vector<int64_t> ids;
};

/// A picture restored at its own size needs no frame, so it is read before the models and the
/// tuning images load: a bad file is refused at once.
std::optional<torch::Tensor> readOwnSizePicture(const CliArgs& args, const std::string& image)
{
    if (image.empty() || args.has("in-frame")) return std::nullopt;
    return require(readImageAtOwnSize(image));
}

CleanImages loadCleanImages(const CliArgs& args, const std::string& dataset, const std::string& image, int64_t first, int64_t n,
                            const Frame& frame, std::optional<torch::Tensor> picture)
{
    CleanImages clean;
    if (picture) {
        clean.images = std::move(*picture);
        std::fprintf(stderr, "note: %s is restored at its own size, %lld×%lld %s; the models' frame is %s\n", image.c_str(),
                     (long long)clean.images.size(3), (long long)clean.images.size(2), clean.images.size(1) == 3 ? "colour" : "grey",
                     frame.text().c_str());
        clean.ids = {0};
        return clean;
    }
    if (!image.empty()) {
        clean.images = require(readImageFile(image, frame.size, frame.channels));
        if (auto note = imageFrameNote(image, frame.size, frame.channels); !note.empty())
            std::fprintf(stderr, "note: %s is %s (the models' frame)\n", image.c_str(), note.c_str());
        clean.ids = {0};
        return clean;
    }
    const std::string split = args.text("split", "test");
    if (split != "test" && split != "train") throw CliError("dddg compare: --split must be test or train");
    auto test = require(loadDataset(dataset, args.text("data-dir"), split == "test" ? Split::Test : Split::Train, frame));
    printLoadNotes(test);
    if (first + n > test.size())
        throw CliError("dddg compare: --first " + std::to_string(first) + " --n " + std::to_string(n) + " is past the end of " + dataset +
                       "'s " + split + " split (" + std::to_string(test.size()) + " images)");
    clean.images = test.images.narrow(0, first, n).clone();
    for (int64_t i = 0; i < n; ++i) clean.ids.push_back(first + i);
    return clean;
}

/// One progress bar per method, and a line for every row that did not run.
ComparisonCallbacks progressBars(std::unique_ptr<ProgressBar>& bar, int64_t count)
{
    ComparisonCallbacks callbacks;
    // One image (a photo at its own size) moves in per cent of its work, more in images.
    const int64_t units = count == 1 ? 100 : count;
    callbacks.onMethodStarted = [&bar, units, count](const std::string& method) {
        bar = std::make_unique<ProgressBar>(method, units, count == 1 ? "%" : "images");
    };
    callbacks.onProgress = [&bar, units](const std::string&, double f) {
        if (bar) bar->update(int64_t(f * double(units)));
    };
    callbacks.onRow = [&bar](const ComparisonRow& row) {
        char text[160];
        if (row.status == RowStatus::Ok)
            std::snprintf(text, sizeof text, "PSNR %.2f dB, SSIM %.4f, %lld NFE, %.1f s", row.psnr, row.ssim, (long long)row.nfe, row.wallSeconds);
        if (bar) bar->finish(row.status == RowStatus::Ok ? text : "");
        bar.reset();
        if (row.status == RowStatus::Skipped) std::fprintf(stderr, "skipped %s: %s\n", row.method.c_str(), row.note.c_str());
        if (row.status == RowStatus::NotApplicable) std::fprintf(stderr, "n/a %s: %s\n", row.method.c_str(), row.note.c_str());
        if (row.status == RowStatus::Failed) std::fprintf(stderr, "failed %s: %s\n", row.method.c_str(), row.note.c_str());
    };
    return callbacks;
}

} // namespace

int runCompare(const Argv& argv)
{
    CliArgs args("compare", compareFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("compare", "(--dataset NAME [--n N] [--first I] | --image IMG) --degradation noise|blur|pool|sr|inpaint "
                                                    "(--sigma S | --level t | --factor F | --mask PNG) [--sigma-y S] [--quantize] "
                                                    "[--methods all|A,B] --out DIR [flags]",
                                         compareFlags())
                              .c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    // Everything is checked before any work: the flags, the method names, the output folder.
    const DegradationSpec parsed = specFrom(args);
    const auto methods = require(parseMethodList(args.text("methods", "all")));
    const std::string out = args.required("out");
    const std::string image = args.text("image");
    if (!image.empty() && (args.has("n") || args.has("first"))) throw CliError("dddg compare: --n and --first go with dataset images, not --image");
    if (image.empty() && args.has("in-frame")) throw CliError("dddg compare: --in-frame goes with --image");
    const int64_t n = args.integer("n", 100, 1, 10000);
    const int64_t first = args.integer("first", 0, 0, std::numeric_limits<int32_t>::max());
    const uint64_t seed = uint64_t(args.integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    const int64_t dipIters = args.integer("dip-iters", 0, 1, 100000);
    const std::string dipOutput = args.text("dip-output", "ema");
    if (dipOutput != "ema" && dipOutput != "raw") throw CliError("dddg compare: --dip-output must be ema or raw");
    const bool dipUsesEma = dipOutput == "ema";
    const int64_t posteriorSteps = args.integer("nfe", 0, 1, 1000), posteriorSamples = args.integer("samples", 0, 1, 64);
    const int64_t posteriorStart = args.integer("t-start", 0, 1, 1000);
    const double diffpirLambda = args.number("diffpir-lambda", 0.0, 1e-6, 1e6), diffpirZeta = args.number("diffpir-zeta", -1.0, 0.0, 1.0);
    // A picture of one's own is restored by the photo models when they can be found (SPEC §11).
    const std::string dataset = args.text("dataset", image.empty() ? std::string("fashion-mnist") : pictureDataset());
    auto device = requireDevice(args);
    std::optional<torch::Tensor> picture = readOwnSizePicture(args, image);
    if (picture)
        if (auto fits = parsed.fitsImage(picture->size(2), picture->size(3)); !fits) throw CliError("dddg compare: " + fits.error().message);

    // The frame is the data's (the models' frame is checked against it): the training split
    // that tunes the methods gives it.
    MethodSet methodSet(require(makeMethodContext(dataset, args.text("data-dir"), args.text("models"), device)));
    const CleanImages input = loadCleanImages(args, dataset, image, first, n, methodSet.context().tuningImages->frame(), std::move(picture));
    const torch::Tensor& clean = input.images;
    if (auto fits = parsed.fitsImage(clean.size(2), clean.size(3)); !fits) throw CliError("dddg compare: " + fits.error().message);
    prepareOutputFolder(out, image); // after the last input check, so a refused run leaves no folder behind
    DegradationSpec spec = parsed;
    spec.operatorConfig.constant = methodSet.context().tuningImages->meanPixel();
    ComparisonSettings settings;
    settings.spec = spec;
    settings.methods = methods;
    settings.restore.seed = seed;
    settings.restore.dipIterations = dipIters;
    settings.restore.dipUseEma = dipUsesEma;
    settings.restore.posteriorSteps = posteriorSteps;
    settings.restore.posteriorSamples = posteriorSamples;
    settings.restore.posteriorStart = posteriorStart;
    settings.restore.diffpirLambda = diffpirLambda;
    settings.restore.diffpirZeta = diffpirZeta;
    const Frame frame = methodSet.context().tuningImages->frame();
    settings.frame = {frame.size, frame.channels}; // an image at its own size is restored one by one
    auto degraded = applyDegradation(clean, spec, seed);

    std::unique_ptr<ProgressBar> bar;
    auto rows = runComparison(clean, degraded, settings, methodSet, progressBars(bar, clean.size(0)));

    std::string source = image.empty() ? dataset + " " + args.text("split", "test") + " images " + std::to_string(first) + "…" +
                                             std::to_string(first + n - 1)
                                       : image;
    char settingsText[512];
    std::snprintf(settingsText, sizeof settingsText, "%s; %s; seed %llu; DIP budget %lld iterations; device %s.", source.c_str(),
                  spec.label().c_str(), (unsigned long long)seed, (long long)(dipIters > 0 ? dipIters : 400), device.str().c_str());
    require(writeComparison(out, rows, clean, input.ids, spec, settingsText));
    std::fprintf(stderr, "wrote %s/results.csv, results.md, grid.png, images/, results.pt\n", out.c_str());
    return 0;
}

} // namespace dddg::cli
