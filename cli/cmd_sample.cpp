// dddg sample: Algorithm 2; a grid with one trajectory x'_0..x'_{t_max} per row.
#include "baseline_model.h"
#include "checkpoint.h"
#include "command_support.h"
#include "ddpm_generation.h"
#include "progress_bar.h"
#include "commands.h"
#include "image_file.h"
#include "image_grid.h"
#include "latent_code.h"
#include "tensor_export.h"
#include "trajectory.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace dddg::cli {
namespace {
const std::vector<FlagSpec>& sampleFlags()
{
    static const std::vector<FlagSpec> flags{
        {"checkpoint", "CKPT", "checkpoint to sample from (required)"},
        {"out", "GRID.png", "output grid, one trajectory per row (required)"},
        {"n", "N", "number of samples (default 16)"},
        {"seed", "S", "seed of the latents (default 0)"},
        {"class", "C", "class for class-conditional models (default: cycle through classes)"},
        {"trajectory", "T.pt", "also save x_prime, x_norm, z, scale for torch.load"},
        {"device", "cpu|cuda", "where to run (default cpu)"},
        {"zoom", "K", "pixel repeat factor of the grid (default 2)"},
        {"interpolate", "SEED_B", "rows walk from --seed's latents to SEED_B's (spherical, per step; one class)"},
        {"samples", "S.pt", "also save the final images alone, {images: [N, C, H, W]} (what dddg fid --images reads)"},
        {"t-trunc", "K", "DDPM: start the reverse chain at step K (TDPM; default T, pure noise)"},
        {"implicit", "CKPT", "DDPM with --t-trunc: the dddg checkpoint whose samples, diffused to step K, start the chain"},
    };
    return flags;
}

/// Samples are drawn in chunks of this many (chunk c from seed + c): bounds the networks' working memory.
constexpr int64_t kSampleChunk = 64;

/// --samples: the final images alone, for `dddg fid --images`.
void saveFinalImages(const CliArgs& args, const torch::Tensor& images)
{
    if (!args.has("samples")) return;
    require(saveTensorDict(args.text("samples"), {{"images", images.cpu()}}));
    std::fprintf(stderr, "wrote %s (images [%lld, ...])\n", args.text("samples").c_str(), (long long)images.size(0));
}

/// TDPM's start: the implicit generator's (a DDDG model's) samples carried to step K.
DdpmStart truncatedStart(const CliArgs& args, const BaselineModel& ddpm, int64_t n, uint64_t seed, const torch::Device& device)
{
    const int64_t T = ddpm.config().noiseSchedule().steps();
    if (!args.has("t-trunc")) {
        if (args.has("implicit")) throw CliError("dddg sample: --implicit goes with --t-trunc K (the step its samples start from)");
        return {};
    }
    const int64_t K = args.integer("t-trunc", T, 1, T);
    if (K == T && !args.has("implicit")) return {};
    if (!args.has("implicit"))
        throw CliError("dddg sample: --t-trunc " + std::to_string(K) + " needs --implicit CKPT, the generator of x_K (a dddg checkpoint)");
    auto implicit = require(loadCheckpoint(args.text("implicit"), device));
    const ModelConfig& config = implicit.model->config();
    const Frame own{ddpm.config().net.channels, ddpm.config().net.imageSize}, its{config.channels, config.imageSize};
    if (own != its)
        throw CliError("dddg sample: --implicit " + args.text("implicit") + " draws " + its.text() + " images, the DDPM " + own.text());
    std::vector<torch::Tensor> x0;
    for (int64_t from = 0; from < n; from += kSampleChunk) {
        const int64_t size = std::min(kSampleChunk, n - from);
        torch::Tensor labels;
        if (config.numClasses > 0) labels = torch::arange(from, from + size, torch::kInt64).remainder(config.numClasses); // the classes in turn
        x0.push_back(sample(*implicit.model, size, seed + uint64_t(from / kSampleChunk), labels).result().cpu());
    }
    return DdpmStart{K, diffuseTo(ddpm.config().noiseSchedule(), torch::cat(x0), K, seed + 1)};
}

/// DDPM: samples from pure noise (or TDPM: from the truncation step), the grid showing 11
/// evenly spaced steps of the chain.
int sampleDdpm(const CliArgs& args, const torch::Device& device)
{
    if (args.has("class")) throw CliError("dddg sample: --class given but DDPM models are unconditional");
    const std::string out = args.required("out");
    auto loaded = require(loadBaselineCheckpoint(args.required("checkpoint"), device));
    const int64_t n = args.integer("n", 16, 1, 4096);
    const int64_t side = loaded.model->config().net.imageSize, C = loaded.model->config().net.channels;
    const int64_t T = loaded.model->config().noiseSchedule().steps();
    const int64_t K = args.has("t-trunc") ? args.integer("t-trunc", T, 1, T) : T;
    // Every state is kept only for --trajectory; the grid needs 11.
    const int64_t keptStates = args.has("trajectory") ? K + 1 : 11;
    refuseOversized("sample", "the " + std::to_string(keptStates) + " kept states of " + std::to_string(n) + " samples",
                    double(n) * double(keptStates) * double(C * side * side) * 4 + gridBytes(n * 11, side, args.integer("zoom", 2, 1, 16), C),
                    "lower --n");
    const uint64_t seed = uint64_t(args.integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    prepareOutput(out);
    if (args.has("trajectory")) prepareOutput(args.text("trajectory"));
    if (args.has("samples")) prepareOutput(args.text("samples"));
    const DdpmStart start = truncatedStart(args, *loaded.model, n, seed, device);
    const auto shownSteps = evenlySpacedSteps(K, 11);
    const int64_t chunk = kSampleChunk, chunks = (n + chunk - 1) / chunk;
    ProgressBar bar("sample", K * chunks, "steps");
    const auto begun = std::chrono::steady_clock::now();
    std::vector<torch::Tensor> parts;
    DdpmTrajectory trajectory;
    for (int64_t c = 0; c < chunks; ++c) {
        const int64_t from = c * chunk, size = std::min(chunk, n - from);
        DdpmStart part = start;
        if (start.step > 0) part.state = start.state.narrow(0, from, size);
        trajectory = require(ddpmGenerate(*loaded.model, size, seed + uint64_t(c), [&bar, c, K](int64_t done, int64_t) {
            bar.update(c * K + done);
            return true;
        }, part, args.has("trajectory") ? std::vector<int64_t>{} : shownSteps));
        parts.push_back(trajectory.states);
    }
    trajectory.states = torch::cat(parts, 1);
    bar.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begun).count();
    std::vector<int64_t> rows;
    for (size_t i = 0; i < trajectory.steps.size(); ++i)
        if (std::count(shownSteps.begin(), shownSteps.end(), trajectory.steps[i])) rows.push_back(int64_t(i));
    auto shown = torch::tensor(rows, torch::kInt64);
    require(writePng(out, trajectoryGrid(trajectory.states.index_select(0, shown), 2, args.integer("zoom", 2, 1, 16))));
    std::fprintf(stderr, "wrote %s (%lld %s samples; columns t = %lld … 0 in 10 equal strides, seed %llu; %.3f s per image)\n", out.c_str(),
                 (long long)n, start.step > 0 ? "TDPM" : "DDPM", (long long)K, (unsigned long long)seed, seconds / double(n));
    if (args.has("trajectory")) {
        auto steps = torch::tensor(trajectory.steps, torch::kInt64);
        require(saveTensorDict(args.text("trajectory"), {{"x_t", trajectory.states}, {"t", steps}, {"samples", trajectory.samples()}}));
        std::fprintf(stderr, "wrote %s (x_t [%lld, %lld, ...], t, samples)\n", args.text("trajectory").c_str(), (long long)K + 1, (long long)n);
    }
    saveFinalImages(args, trajectory.samples());
    return 0;
}

/// z [t_max, n, d_z]: row i is slerp(z(seedA), z(seedB), i / (n − 1)), per step.
torch::Tensor interpolationLatents(const ModelConfig& config, uint64_t seedA, uint64_t seedB, int64_t n)
{
    auto toCode = [&](const torch::Tensor& z) { // [t_max, 1, d_z] → LatentCode
        LatentCode code(int(config.tMax()), int(config.dz));
        auto flat = z.contiguous().view({-1});
        std::copy(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel(), code.z.begin());
        return code;
    };
    const LatentCode a = toCode(drawLatents(config, 1, seedA)), b = toCode(drawLatents(config, 1, seedB));
    std::vector<torch::Tensor> rows;
    for (int64_t i = 0; i < n; ++i) {
        LatentCode c = interpolate(a, b, double(i) / double(n - 1), InterpolationMode::Spherical);
        rows.push_back(torch::from_blob(c.z.data(), {config.tMax(), 1, config.dz}, torch::kFloat32).clone());
    }
    return torch::cat(rows, 1);
}

} // namespace

int runSample(const Argv& argv)
{
    CliArgs args("sample", sampleFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("sample", "--checkpoint CKPT --out GRID.png [flags]", sampleFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    std::string out = args.required("out");
    auto device = requireDevice(args);
    auto header = require(readCheckpointContainer(args.required("checkpoint")));
    const std::string method = methodOf(header.header);
    if (method == "ddpm") return sampleDdpm(args, device);
    if (method != "dddg")
        throw CliError("dddg sample: checkpoint " + args.required("checkpoint") + " holds a " + method +
                       " model, which does not generate; sample from a dddg or ddpm checkpoint");
    auto checkpoint = requireCheckpoint(args, device);
    auto& model = *checkpoint.model;
    int64_t n = args.integer("n", 16, 1, 4096);
    uint64_t seed = uint64_t(args.integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    torch::Tensor labels;
    int64_t classes = model.config().numClasses;
    if (args.has("class") && classes == 0) throw CliError("dddg sample: --class given but the model is unconditional");
    if (classes > 0) {
        labels = args.has("class") ? torch::full({n}, args.integer("class", 0, 0, classes - 1), torch::kInt64)
                                   : torch::arange(n, torch::kInt64).remainder(classes);
    }
    if (args.has("interpolate") && n < 2) throw CliError("dddg sample: --interpolate needs --n 2 or more");
    if (args.has("t-trunc") || args.has("implicit")) throw CliError("dddg sample: --t-trunc and --implicit go with a DDPM checkpoint (TDPM)");
    prepareOutput(out);
    if (args.has("samples")) prepareOutput(args.text("samples"));
    Trajectory trajectory;
    if (args.has("interpolate")) {
        const uint64_t seedB = uint64_t(args.integer("interpolate", 0, 0, std::numeric_limits<int64_t>::max()));
        if (classes > 0) labels = torch::full({n}, args.integer("class", 0, 0, classes - 1), torch::kInt64);
        trajectory = renderTrajectory(model, interpolationLatents(model.config(), seed, seedB, n), labels);
    } else {
        trajectory = sample(model, n, seed, labels);
    }
    require(writePng(out, trajectoryGrid(trajectory.xPrime, 2, args.integer("zoom", 2, 1, 16))));
    std::fprintf(stderr, "wrote %s (%lld %s × %lld steps, seed %llu)\n", out.c_str(), (long long)n,
                 args.has("interpolate") ? "interpolated latents" : "samples",
                 (long long)model.config().tMax() + 1, (unsigned long long)seed);
    if (args.has("trajectory")) {
        prepareOutput(args.text("trajectory"));
        require(saveTensorDict(args.text("trajectory"), trajectoryTensors(trajectory)));
        std::fprintf(stderr, "wrote %s\n", args.text("trajectory").c_str());
    }
    saveFinalImages(args, trajectory.result());
    return 0;
}

} // namespace dddg::cli
