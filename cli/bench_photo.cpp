#include "bench_photo.h"

#include "command_support.h"
#include "comparison.h"
#include "image_file.h"
#include "method_registry.h"

#include <torch/torch.h>

#include <cmath>

namespace dddg::cli {
namespace {

/// A colour test card of about `megapixels`, 4:3: smooth gradients, fine stripes and edges,
/// so that filters and networks have both texture and flat areas to work on. [1, 3, H, W] in [−1, 1].
torch::Tensor syntheticPhoto(double megapixels)
{
    const int64_t width = int64_t(std::lround(std::sqrt(megapixels * 1e6 * 4.0 / 3.0)));
    const int64_t height = width * 3 / 4;
    // Built channel by channel in place, so the card costs little more than itself (the
    // benchmark reports peak memory).
    auto x = torch::linspace(0, 1, width).view({1, width});
    auto y = torch::linspace(0, 1, height).view({height, 1});
    auto stripes = (x * 400.0 + y * 90.0).sin_().mul_(0.25);
    auto disc = ((x - 0.5).pow(2) + (y - 0.5).pow(2)).lt(0.06).to(torch::kFloat32).mul_(0.6);
    auto card = torch::empty({1, 3, height, width});
    card[0][0].copy_(stripes).add_(disc).add_(x * 1.2 - 0.6);
    card[0][1].copy_(stripes).mul_(-0.5).add_(y * 1.2 - 0.6);
    card[0][2].copy_(disc).mul_(-0.5).add_(x * 0.8).sub_(y * 0.8);
    return card.clamp_(-1, 1);
}

} // namespace

void benchPhoto(const CliArgs& args, const torch::Device& device)
{
    const std::string dataset = args.text("dataset", pictureDataset());
    const auto methods = require(parseMethodList(args.text("methods", "gaussian,median,bilateral,nlm,dae")));
    const double sigma = args.number("sigma", 25, 1, 255);
    const std::string image = args.text("image");
    const double megapixels = args.number("megapixels", 1, 0.01, 16.8);
    const torch::Tensor clean = image.empty() ? syntheticPhoto(megapixels) : require(readImageAtOwnSize(image));

    MethodSet methodSet(require(makeMethodContext(dataset, args.text("data-dir"), args.text("models"), device)));
    ComparisonSettings settings;
    settings.spec = require(degradationSpec("noise", sigma, 3, 6));
    settings.restore.seed = 0;
    const Frame frame = methodSet.context().tuningImages->frame();
    settings.frame = {frame.size, frame.channels};
    const auto degraded = applyDegradation(clean, settings.spec, 0);
    const double pixels = double(clean.size(2) * clean.size(3));
    for (const auto& method : methods) {
        settings.methods = {method};
        const auto rows = runComparison(clean, degraded, settings, methodSet);
        const ComparisonRow& row = rows.back(); // after the input's floor row
        FlatJson json;
        json.set("bench", "photo_" + method);
        json.set("status", row.status == RowStatus::Ok ? "ok" : row.status == RowStatus::Skipped ? "skipped" : "n/a");
        json.set("seconds", row.wallSeconds);
        json.set("psnr", row.psnr);
        json.set("input_psnr", rows.front().psnr);
        json.set("megapixels", pixels / 1e6);
        json.set("size", std::to_string(clean.size(3)) + "x" + std::to_string(clean.size(2)));
        json.set("sigma", sigma);
        json.set("how", row.status == RowStatus::Ok ? row.model : row.note);
        json.set("threads", long(torch::get_num_threads()));
        json.set("device", device.str());
        json.set("peak_rss_mib", peakRssMiB());
        printJsonLine(json, {"bench", "seconds", "psnr", "megapixels", "peak_rss_mib"});
    }
}

} // namespace dddg::cli
