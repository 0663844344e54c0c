// dddg invert: Algorithm 3 (encoder) plus optional step-wise refinement, with PSNR/SSIM.
#include "command_support.h"
#include "commands.h"
#include "image_file.h"
#include "image_grid.h"
#include "image_metrics.h"
#include "inversion.h"
#include "progress_bar.h"
#include "tensor_export.h"

#include <torch/torch.h>

#include <cstdio>

namespace dddg::cli {
namespace {
std::vector<FlagSpec> invertFlags()
{
    std::vector<FlagSpec> flags{
        {"checkpoint", "CKPT", "checkpoint whose encoder and generator to use (required)"},
        {"out", "GRID.png", "output grid: degraded targets, encoder and refined trajectories (required)"},
        {"class", "C", "class of an --image for class-conditional models"},
        {"trajectory", "T.pt", "also save x_prime, x_norm, z, scale, target for torch.load"},
        {"device", "cpu|cuda", "where to run (default cpu)"},
        {"zoom", "K", "pixel repeat factor of the grid (default 2)"},
    };
    for (auto& f : refineFlags()) flags.push_back(f);
    for (auto& f : inputImageFlags()) flags.push_back(f);
    return flags;
}

// Reconstructions are clamped to the image range before scoring, as DLSGAN evaluates.
FlatJson scores(const torch::Tensor& target, const Trajectory& trajectory, const std::string& prefix)
{
    auto result = trajectory.result().clamp(-1, 1);
    FlatJson json;
    json.set(prefix + "psnr", psnr(result, target).mean().item<double>());
    json.set(prefix + "ssim", ssim(result, target).mean().item<double>());
    return json;
}
} // namespace

int runInvert(const Argv& argv)
{
    CliArgs args("invert", invertFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("invert", "--checkpoint CKPT (--image IMG | --dataset NAME --index I) --out GRID.png [flags]",
                                         invertFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    std::string out = args.required("out");
    auto device = requireDevice(args);
    auto checkpoint = requireCheckpoint(args, device);
    auto& model = *checkpoint.model;
    auto input = requireInputImages(args, model.config().imageSize, model.config().channels);
    torch::Tensor labels;
    if (model.config().numClasses > 0) {
        if (args.has("class")) labels = torch::full({input.images.size(0)}, args.integer("class", 0, 0, model.config().numClasses - 1), torch::kInt64);
        else if (input.labels.defined()) labels = input.labels;
        else throw CliError("dddg invert: the model is class-conditional; pass --class C for an image file");
    }
    const RefineOptions options = requireRefineOptions(args);
    ProgressBar bar("refine", options.steps * model.config().tMax(), "steps");
    const auto inversion = require(invert(model, input.images, labels, options, [&bar](int64_t done, int64_t) {
        bar.update(done);
        return true;
    }));
    if (options.steps > 0) bar.finish();

    std::vector<torch::Tensor> rows;
    for (int64_t b = 0; b < input.images.size(0); ++b) {
        std::vector<torch::Tensor> targets;
        for (int64_t t = 0; t <= model.config().tMax(); ++t)
            targets.push_back(model.degradation().reduce(input.images.narrow(0, b, 1).to(device), t).to(torch::kCPU));
        rows.push_back(torch::cat(targets));
        rows.push_back(inversion.encoder.xPrime.select(1, b));
        if (options.steps > 0) rows.push_back(inversion.refined.xPrime.select(1, b));
    }
    prepareOutput(out);
    require(writePng(out, tileRows(rows, 2, args.integer("zoom", 2, 1, 16))));

    FlatJson json = scores(input.images, inversion.encoder, "");
    if (options.steps > 0) {
        FlatJson refined = scores(input.images, inversion.refined, "");
        json.set("psnr_refined", refined.number("psnr", 0));
        json.set("ssim_refined", refined.number("ssim", 0));
    }
    json.set("n", long(input.images.size(0)));
    json.set("refine", long(options.steps));
    json.set("source", input.source);
    printJsonLine(json, {"psnr", "ssim", "psnr_refined", "ssim_refined", "n", "refine"});
    std::fprintf(stderr, "wrote %s (rows: degraded target, encoder%s)\n", out.c_str(), options.steps > 0 ? ", refined" : "");
    if (args.has("trajectory")) {
        auto tensors = trajectoryTensors(inversion.refined);
        tensors["target"] = input.images;
        tensors["z_encoder"] = inversion.encoder.z;
        prepareOutput(args.text("trajectory"));
        require(saveTensorDict(args.text("trajectory"), tensors));
        std::fprintf(stderr, "wrote %s\n", args.text("trajectory").c_str());
    }
    return 0;
}

} // namespace dddg::cli
