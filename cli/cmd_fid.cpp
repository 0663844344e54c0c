// dddg fid: how far a set of images (a folder, a tensor file, or the blurred test split) is
// from a split of the dataset, as one JSON line: FID with the dataset's classifier, or the
// network-free SWD where there is no classifier (an unlabelled folder) or --metric swd asks.
#include "command_support.h"
#include "commands.h"
#include "degradation.h"
#include "fid.h"
#include "image_file.h"
#include "image_folder.h"
#include "progress_bar.h"
#include "swd.h"
#include "tensor_export.h"

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>

namespace dddg::cli {
namespace {
const std::vector<FlagSpec>& fidFlags()
{
    static const std::vector<FlagSpec> flags{
        {"dataset", "NAME", "dataset whose classifier and reference split are used (required)"},
        {"images", "DIR|T.pt", "images to score: a folder, a `dddg sample --trajectory` file or a dict with `images`"},
        {"degrade-sigma", "S", "score the test split blurred with a Gaussian of σ = S (0: unblurred)"},
        {"n", "N", "use at most N of those images (default: all)"},
        {"metric", "fid|swd", "fid: FID with the dataset's classifier; swd: the network-free sliced Wasserstein distance "
                              "(default: fid where a classifier is found, else swd)"},
        {"reference", "train|test", "split the statistics are fitted to (default train)"},
        {"classifier", "FILE", "LeNet weights (default: the shipped classifier of --dataset)"},
        {"data-dir", "D", "folder with the dataset's IDX files"},
        {"device", "cpu|cuda", "where to run (default cpu)"},
    };
    return flags;
}

// The last state x'_{t_max} of a trajectory file, or a dict's `images` or DDPM's `samples` [N, C, H, W].
torch::Tensor tensorFileImages(const std::string& path)
{
    auto dict = require(loadTensorDict(path));
    if (dict.count("x_prime")) {
        auto& x = dict["x_prime"];
        if (x.dim() != 5) throw CliError("x_prime in " + path + " is not [t_max+1, B, C, H, W]");
        return x[x.size(0) - 1].to(torch::kFloat32);
    }
    for (const char* key : {"images", "samples"}) {
        if (!dict.count(key)) continue;
        if (dict[key].dim() != 4) throw CliError(std::string(key) + " in " + path + " is not [N, C, H, W]");
        return dict[key].to(torch::kFloat32);
    }
    throw CliError("tensor file " + path + " holds neither x_prime (a trajectory) nor images or samples [N, C, H, W]");
}

torch::Tensor imagesFrom(const std::string& path, const Frame& classifierFrame, const std::string& reader)
{
    if (!std::filesystem::exists(path)) throw CliError("--images " + path + " does not exist");
    if (!std::filesystem::is_directory(path)) return tensorFileImages(path);
    if (!canReadImages())
        throw CliError("reading the image folder " + path + " needs OpenCV, and this dddg was built without it; "
                       "pass a .pt file with an `images` tensor instead");
    // The classifier's frame; a colour folder is never quietly read as grey (nor the reverse).
    const Frame own = require(imageFolderFrame(path));
    if (own.channels != classifierFrame.channels)
        throw CliError("dddg fid: the images in " + path + " are " + (own.channels == 1 ? "grey" : "colour") + "; " + reader +
                       " " + classifierFrame.text() + " images");
    auto data = require(loadImageFolder(path, classifierFrame));
    printLoadNotes(data);
    return data.images;
}

std::string formatSigma(double sigma)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", sigma);
    return text;
}

// The images to score and what they are, in `frame`: a folder, a tensor file, or the test
// split blurred with --degrade-sigma.
struct ScoredImages {
    torch::Tensor images;
    std::string source;
};

ScoredImages scoredImages(const CliArgs& args, const std::string& name, const Frame& frame, const std::string& reader)
{
    const int64_t limit = args.integer("n", 0, 2, std::numeric_limits<int32_t>::max());
    ScoredImages scored;
    if (args.has("images")) {
        scored.source = args.text("images");
        scored.images = imagesFrom(scored.source, frame, reader);
    } else {
        const double sigma = args.number("degrade-sigma", 0, 0, 100);
        auto test = require(loadDataset(name, args.text("data-dir"), Split::Test, frame));
        scored.images = test.images;
        if (limit > 0 && limit < scored.images.size(0)) scored.images = scored.images.narrow(0, 0, limit);
        scored.images = gaussianBlur(scored.images, sigma);
        scored.source = sigma > 0 ? "test split blurred with sigma " + formatSigma(sigma) : "test split";
    }
    if (limit > 0 && limit < scored.images.size(0)) scored.images = scored.images.narrow(0, 0, limit);
    return scored;
}

int printFid(const CliArgs& args, const std::string& name, const std::string& reference, const std::string& classifierPath)
{
    auto classifier = require(loadClassifier(classifierPath, requireDevice(args)));
    const Frame classifierFrame{classifier.info.channels, classifier.info.imageSize};
    auto referenceData =
        require(loadDataset(name, args.text("data-dir"), reference == "train" ? Split::Train : Split::Test, classifierFrame));
    auto scored = scoredImages(args, name, classifierFrame, "the classifier reads");
    if (classifier.info.dataset != name)
        std::fprintf(stderr, "note: %s was trained on %s, not %s\n", classifierPath.c_str(), classifier.info.dataset.c_str(),
                     name.c_str());

    // The scored images first: when they do not fit, say so before the long reference pass.
    const int64_t count = scored.images.size(0);
    ProgressBar bar("fid", count + referenceData.size(), "images");
    auto stats = require(lenetStatistics(classifier.net, scored.images, [&](int64_t done, int64_t) {
        bar.update(done);
        return true;
    }));
    auto refStats = require(lenetStatistics(classifier.net, referenceData.images, [&](int64_t done, int64_t) {
        bar.update(count + done);
        return true;
    }));
    bar.finish();

    FlatJson json;
    json.set("fid_lenet", frechetDistance(stats, refStats)); // the key scripts read; "metric" says which classifier
    json.set("metric", fidMetricName(classifier.info));
    json.set("n", long(count));
    json.set("reference", reference);
    json.set("source", scored.source);
    json.set("dataset", name);
    json.set("classifier", classifierPath);
    json.set("classifier_test_accuracy", classifier.info.testAccuracy);
    printJsonLine(json, {"fid_lenet", "n", "reference", "source", "dataset"});
    return 0;
}

int printSwd(const CliArgs& args, const std::string& name, const std::string& reference)
{
    auto referenceData = require(loadDataset(name, args.text("data-dir"), reference == "train" ? Split::Train : Split::Test));
    printLoadNotes(referenceData);
    auto scored = scoredImages(args, name, referenceData.frame(), "the dataset holds");
    const auto frame = referenceData.frame();
    if (scored.images.dim() != 4 || scored.images.size(1) != frame.channels || scored.images.size(2) != frame.size ||
        scored.images.size(3) != frame.size)
        throw CliError("dddg fid: the images of " + scored.source + " are not " + frame.text() + " like " + name);

    const int64_t count = scored.images.size(0);
    ProgressBar bar("swd", 2, "sets");
    SwdSettings settings;
    auto scoredDescriptors = require(swdDescriptors(scored.images, settings));
    bar.update(1);
    auto referenceDescriptors = require(swdDescriptors(referenceData.images, settings));
    auto result = require(swdBetween(scoredDescriptors, referenceDescriptors, settings));
    bar.finish();

    FlatJson json;
    json.set("swd", result.mean);
    json.set("metric", std::string(kSwdMetricName));
    for (size_t level = 0; level < result.perLevel.size(); ++level)
        json.set("swd_" + std::to_string(result.levelSides[level]), result.perLevel[level]);
    json.set("n", long(count));
    json.set("reference", reference);
    json.set("source", scored.source);
    json.set("dataset", name);
    printJsonLine(json, {"swd", "metric", "n", "reference", "source", "dataset"});
    return 0;
}
} // namespace

int runFid(const Argv& argv)
{
    CliArgs args("fid", fidFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("fid", "--dataset NAME (--images DIR|T.pt | --degrade-sigma S) [flags]", fidFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    const std::string name = args.required("dataset");
    if (args.has("images") == args.has("degrade-sigma"))
        throw CliError("dddg fid: give exactly one of --images DIR|T.pt or --degrade-sigma S");
    const std::string reference = args.text("reference", "train");
    if (reference != "train" && reference != "test") throw CliError("dddg fid: --reference must be train or test");
    const std::string metric = args.text("metric", "");
    if (!metric.empty() && metric != "fid" && metric != "swd") throw CliError("dddg fid: --metric must be fid or swd");
    if (metric == "swd") {
        if (args.has("classifier")) throw CliError("dddg fid: --classifier goes with --metric fid; SWD needs no network");
        return printSwd(args, name, reference);
    }
    auto classifierPath = findClassifier(name, args.text("classifier"));
    if (!classifierPath && metric.empty() && !args.has("classifier")) {
        // No network to measure with: the distance that needs none, and how to get the FID.
        std::fprintf(stderr, "note: %s; scoring with %s instead\n", classifierPath.error().message.c_str(), kSwdMetricName);
        return printSwd(args, name, reference);
    }
    return printFid(args, name, reference, require(std::move(classifierPath)));
}

} // namespace dddg::cli
