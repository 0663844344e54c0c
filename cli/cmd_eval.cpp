// dddg eval: reconstruction PSNR/SSIM of inversion on the test split, as one JSON line.
#include "command_support.h"
#include "commands.h"
#include "fid.h"
#include "image_metrics.h"
#include "inversion.h"
#include "latent_diagnostics.h"
#include "progress_bar.h"

#include <torch/torch.h>

#include <cstdio>
#include <optional>

namespace dddg::cli {
namespace {
std::vector<FlagSpec> evalFlags()
{
    std::vector<FlagSpec> flags{
        {"checkpoint", "CKPT", "checkpoint to evaluate (required)"},
        {"dataset", "NAME", "dataset whose test split is used (default: the checkpoint's)"},
        {"data-dir", "D", "folder with the dataset's IDX files"},
        {"n", "N", "number of test images (default 1000)"},
        {"batch", "B", "images per batch (default 100)"},
        {"device", "cpu|cuda", "where to run (default cpu)"},
        {"classifier", "FILE", "LeNet weights for FID (LeNet) (default: the dataset's shipped classifier)"},
    };
    for (auto& f : refineFlags()) flags.push_back(f);
    return flags;
}

struct Sums {
    double psnr = 0, ssim = 0;
    void add(const torch::Tensor& result, const torch::Tensor& target)
    {
        auto clamped = result.clamp(-1, 1);
        psnr += psnr_(clamped, target);
        ssim += ssim_(clamped, target);
    }
    static double psnr_(const torch::Tensor& a, const torch::Tensor& b) { return dddg::psnr(a, b).sum().item<double>(); }
    static double ssim_(const torch::Tensor& a, const torch::Tensor& b) { return dddg::ssim(a, b).sum().item<double>(); }
};

// FID (LeNet) of n EMA-generator samples against the whole test split; null (with a note)
// when the dataset has no classifier, since PSNR/SSIM are still worth reporting.
std::optional<double> generatorFid(const CliArgs& args, const std::string& name, DddgModel& model, const Dataset& test,
                                   int64_t n)
{
    auto path = findClassifier(name, args.text("classifier"));
    if (!path && args.has("classifier")) throw CliError(path.error().message);
    if (!path || n < 2) {
        std::fprintf(stderr, "note: fid_lenet is null: %s\n",
                     path ? "FID (LeNet) needs --n 2 or more" : path.error().message.c_str());
        return std::nullopt;
    }
    auto classifier = require(loadClassifier(*path, model.device()));
    ProgressBar bar("fid (LeNet)", n + test.size(), "images");
    auto samples = require(lenetStatistics(classifier.net, n, generatorSamples(model, 0), [&bar](int64_t done, int64_t) {
        bar.update(done);
        return true;
    }));
    auto reference = require(lenetStatistics(classifier.net, test.images, [&](int64_t done, int64_t) {
        bar.update(n + done);
        return true;
    }));
    bar.finish();
    return frechetDistance(samples, reference);
}
} // namespace

int runEval(const Argv& argv)
{
    CliArgs args("eval", evalFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("eval", "--checkpoint CKPT [flags]", evalFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    auto device = requireDevice(args);
    auto checkpoint = requireCheckpoint(args, device);
    auto& model = *checkpoint.model;
    const std::string name = datasetOf(args, checkpoint);
    auto data = requireModelDataset(args, name, model.config(), Split::Test);
    const int64_t n = std::min(args.integer("n", 1000, 1, 1 << 30), data.size());
    const int64_t batch = args.integer("batch", 100, 1, 4096);
    const RefineOptions options = requireRefineOptions(args);
    const bool conditional = model.config().numClasses > 0;

    Sums encoder, refined;
    ProgressBar bar("eval", n, "images");
    for (int64_t start = 0; start < n; start += batch) {
        int64_t count = std::min(batch, n - start);
        auto images = data.images.narrow(0, start, count);
        auto labels = conditional ? data.labels.narrow(0, start, count) : torch::Tensor();
        const auto inversion = require(invert(model, images, labels, options));
        encoder.add(inversion.encoder.result(), images);
        refined.add(inversion.refined.result(), images);
        bar.update(start + count);
    }
    bar.finish();
    auto fid = generatorFid(args, name, model, data, n);
    FlatJson json;
    json.set("psnr", refined.psnr / double(n));
    json.set("ssim", refined.ssim / double(n));
    if (fid) json.set("fid_lenet", *fid);
    else json.setNull("fid_lenet");
    json.set("n", long(n));
    json.set("refine", long(options.steps));
    if (options.steps > 0) {
        json.set("psnr_encoder", encoder.psnr / double(n));
        json.set("ssim_encoder", encoder.ssim / double(n));
    }
    json.set("dataset", name);
    // How much the latents carry: the encoder's error per step on the model's own samples,
    // and how varied samples of a class are next to real images of it.
    const auto encoderError = encoderErrorPerStep(model, std::min<int64_t>(n, 500), 77);
    double meanError = 0;
    for (size_t t = 0; t < encoderError.size(); ++t) {
        json.set("l_enc_t" + std::to_string(t), encoderError[t]);
        meanError += encoderError[t] / double(encoderError.size());
    }
    json.set("l_enc", meanError);
    const auto diversity = diversityRatioPerClass(model, data, 100, 91);
    double meanRatio = 0, minRatio = diversity.empty() ? 0 : diversity[0];
    for (double r : diversity) meanRatio += r / double(diversity.size()), minRatio = std::min(minRatio, r);
    json.set("diversity_ratio", meanRatio);
    json.set("diversity_ratio_min", minRatio);
    printJsonLine(json, {"psnr", "ssim", "fid_lenet", "n", "refine", "psnr_encoder", "ssim_encoder", "l_enc", "diversity_ratio",
                         "diversity_ratio_min"});
    return 0;
}

} // namespace dddg::cli
