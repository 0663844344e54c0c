// dddg degrade: the forward process reduce_info(x, t) for t = 0..t_max as a strip.
#include "command_support.h"
#include "commands.h"
#include "degradation.h"
#include "image_file.h"
#include "image_grid.h"
#include "tensor_export.h"

#include <torch/torch.h>

#include <cstdio>

namespace dddg::cli {
namespace {
std::vector<FlagSpec> degradeFlags()
{
    std::vector<FlagSpec> flags{
        {"out", "STRIP.png", "output strip, t = 0 (constant) to t_max (clean) (required)"},
        {"tmax", "T", "number of steps (default 6)"},
        {"degradation", "blur|pool", "degradation family (default blur)"},
        {"sigma-max", "S", "blur σ at t = 1 (default 6)"},
        {"sigma-min", "S", "blur σ at t = t_max − 1 (default 2)"},
        {"constant", "C", "pixel value of x_0 (default: the dataset's mean pixel, else the image's)"},
        {"tensor", "T.pt", "also save the degraded stack [t_max+1, B, C, H, W] for torch.load"},
        {"size", "S", "side length images are brought to (default 32)"},
        {"channels", "1|3", "channels (default 1)"},
        {"zoom", "K", "pixel repeat factor (default 2)"},
    };
    for (auto& f : inputImageFlags()) flags.push_back(f);
    return flags;
}
} // namespace

int runDegrade(const Argv& argv)
{
    CliArgs args("degrade", degradeFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("degrade", "(--image IMG | --dataset NAME --index I) --out STRIP.png [flags]", degradeFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    std::string out = args.required("out");
    DegradationConfig config;
    config.tMax = args.integer("tmax", 6, 1, 64);
    if (!parseDegradationKind(args.text("degradation", "blur"), config.kind))
        throw CliError("dddg degrade: --degradation must be blur or pool");
    config.sigmaMax = args.number("sigma-max", 6.0, 0.1, 100);
    config.sigmaMin = args.number("sigma-min", 2.0, 0.1, 100);
    int64_t size = args.integer("size", 32, 8, 256), channels = args.integer("channels", 1, 1, 3);
    const int64_t count = args.integer("count", 1, 1, 4096), zoom = args.integer("zoom", 2, 1, 16);
    refuseOversized("degrade", "the strip of " + std::to_string(count) + " × " + std::to_string(config.tMax + 1) + " tiles",
                    gridBytes(count * (config.tMax + 1), size, zoom, channels) + double(count * (config.tMax + 1) * channels * size * size) * 8,
                    "lower --count, --tmax or --zoom");
    auto input = requireInputImages(args, size, channels);
    if (args.has("constant")) config.constant = args.number("constant", 0, -1, 1);
    else if (args.has("dataset"))
        config.constant = require(loadDataset(args.text("dataset"), args.text("data-dir"), Split::Train, Frame{channels, size})).meanPixel();
    else config.constant = input.images.mean().item<double>();

    Degradation degradation(config);
    std::vector<torch::Tensor> levels;
    for (int64_t t = 0; t <= config.tMax; ++t) levels.push_back(degradation.reduce(input.images, t));
    auto stack = torch::stack(levels); // [t_max+1, B, C, H, W]
    prepareOutput(out);
    require(writePng(out, trajectoryGrid(stack, 2, args.integer("zoom", 2, 1, 16))));
    std::fprintf(stderr, "wrote %s (%s, t = 0..%lld, constant %.4f)\n", out.c_str(), toString(config.kind).c_str(),
                 (long long)config.tMax, config.constant);
    if (args.has("tensor")) {
        std::vector<double> sigmas;
        for (int64_t t = 0; t <= config.tMax; ++t) sigmas.push_back(degradation.sigma(t));
        prepareOutput(args.text("tensor"));
        require(saveTensorDict(args.text("tensor"),
                               {{"degraded", stack}, {"target", input.images}, {"sigma", torch::tensor(sigmas, torch::kFloat64)}}));
        std::fprintf(stderr, "wrote %s\n", args.text("tensor").c_str());
    }
    return 0;
}

} // namespace dddg::cli
