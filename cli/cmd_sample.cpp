// dddg sample: Algorithm 2; a grid with one trajectory x'_0..x'_{t_max} per row.
#include "baseline_model.h"
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
    };
    return flags;
}

/// DDPM: samples from pure noise, the grid showing 11 evenly spaced steps of the 1000.
int sampleDdpm(const CliArgs& args, const torch::Device& device)
{
    if (args.has("class")) throw CliError("dddg sample: --class given but DDPM models are unconditional");
    const std::string out = args.required("out");
    auto loaded = require(loadBaselineCheckpoint(args.required("checkpoint"), device));
    const int64_t n = args.integer("n", 16, 1, 4096);
    const int64_t side = loaded.model->config().net.imageSize, C = loaded.model->config().net.channels;
    // DDPM keeps all 1001 states of every sample.
    refuseOversized("sample", "the 1001-step trajectories of " + std::to_string(n) + " samples",
                    double(n) * 1001 * double(C * side * side) * 4 + gridBytes(n * 11, side, args.integer("zoom", 2, 1, 16), C), "lower --n");
    const uint64_t seed = uint64_t(args.integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    prepareOutput(out);
    if (args.has("trajectory")) prepareOutput(args.text("trajectory"));
    const int64_t T = loaded.model->config().noiseSchedule().steps();
    ProgressBar bar("sample", T, "steps");
    const auto trajectory = require(ddpmGenerate(*loaded.model, n, seed, [&bar](int64_t done, int64_t) {
        bar.update(done);
        return true;
    }));
    bar.finish();
    auto shown = torch::linspace(0, double(T), 11).round().to(torch::kInt64);
    require(writePng(out, trajectoryGrid(trajectory.states.index_select(0, shown), 2, args.integer("zoom", 2, 1, 16))));
    std::fprintf(stderr, "wrote %s (%lld DDPM samples; columns t = %lld … 0 in 10 equal strides, seed %llu)\n", out.c_str(), (long long)n,
                 (long long)T, (unsigned long long)seed);
    if (args.has("trajectory")) {
        auto steps = torch::arange(T, -1, -1, torch::kInt64);
        require(saveTensorDict(args.text("trajectory"), {{"x_t", trajectory.states}, {"t", steps}, {"samples", trajectory.samples()}}));
        std::fprintf(stderr, "wrote %s (x_t [%lld, %lld, ...], t, samples)\n", args.text("trajectory").c_str(), (long long)T + 1, (long long)n);
    }
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
    prepareOutput(out);
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
    return 0;
}

} // namespace dddg::cli
