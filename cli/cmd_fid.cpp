// dddg fid: FID (LeNet) of a set of images (a folder, a tensor file, or the blurred test
// split) against a split of the dataset, as one JSON line.
#include "command_support.h"
#include "commands.h"
#include "degradation.h"
#include "fid.h"
#include "image_file.h"
#include "image_folder.h"
#include "progress_bar.h"
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
        {"reference", "train|test", "split the statistics are fitted to (default train)"},
        {"classifier", "FILE", "LeNet weights (default: the shipped classifier of --dataset)"},
        {"data-dir", "D", "folder with the dataset's IDX files"},
        {"device", "cpu|cuda", "where to run (default cpu)"},
    };
    return flags;
}

// The last state x'_{t_max} of a trajectory file, or a dict's `images` [N, C, H, W].
torch::Tensor tensorFileImages(const std::string& path)
{
    auto dict = require(loadTensorDict(path));
    if (dict.count("x_prime")) {
        auto& x = dict["x_prime"];
        if (x.dim() != 5) throw CliError("x_prime in " + path + " is not [t_max+1, B, C, H, W]");
        return x[x.size(0) - 1].to(torch::kFloat32);
    }
    if (dict.count("images")) {
        if (dict["images"].dim() != 4) throw CliError("images in " + path + " is not [N, C, H, W]");
        return dict["images"].to(torch::kFloat32);
    }
    throw CliError("tensor file " + path + " holds neither x_prime (a trajectory) nor images [N, C, H, W]");
}

torch::Tensor imagesFrom(const std::string& path, const Frame& classifierFrame)
{
    if (!std::filesystem::exists(path)) throw CliError("--images " + path + " does not exist");
    if (!std::filesystem::is_directory(path)) return tensorFileImages(path);
    if (!canReadImages())
        throw CliError("reading the image folder " + path + " needs OpenCV, and this dddg was built without it; "
                       "pass a .pt file with an `images` tensor instead");
    // The classifier's frame; a colour folder is never quietly read as grey (nor the reverse).
    const Frame own = require(imageFolderFrame(path));
    if (own.channels != classifierFrame.channels)
        throw CliError("dddg fid: the images in " + path + " are " + (own.channels == 1 ? "grey" : "colour") + "; the classifier reads " +
                       classifierFrame.text() + " images");
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
    const double sigma = args.number("degrade-sigma", 0, 0, 100);
    const int64_t limit = args.integer("n", 0, 2, std::numeric_limits<int32_t>::max());
    auto device = requireDevice(args);
    auto classifierPath = require(findClassifier(name, args.text("classifier")));
    auto classifier = require(loadClassifier(classifierPath, device));
    const Frame classifierFrame{classifier.info.channels, classifier.info.imageSize};
    auto referenceData = require(loadDataset(name, args.text("data-dir"), reference == "train" ? Split::Train : Split::Test, classifierFrame));

    torch::Tensor images;
    std::string source;
    if (args.has("images")) {
        source = args.text("images");
        images = imagesFrom(source, classifierFrame);
    } else {
        auto test = require(loadDataset(name, args.text("data-dir"), Split::Test, classifierFrame));
        images = test.images;
        if (limit > 0 && limit < images.size(0)) images = images.narrow(0, 0, limit);
        images = gaussianBlur(images, sigma);
        source = sigma > 0 ? "test split blurred with sigma " + formatSigma(sigma) : "test split";
    }
    if (limit > 0 && limit < images.size(0)) images = images.narrow(0, 0, limit);
    if (classifier.info.dataset != name)
        std::fprintf(stderr, "note: %s was trained on %s, not %s\n", classifierPath.c_str(), classifier.info.dataset.c_str(),
                     name.c_str());

    // The scored images first: when they do not fit, say so before the long reference pass.
    const int64_t count = images.size(0);
    const std::string metric = fidMetricName(classifier.info);
    ProgressBar bar("fid", count + referenceData.size(), "images");
    auto stats = require(lenetStatistics(classifier.net, images, [&](int64_t done, int64_t) {
        bar.update(done);
        return true;
    }));
    auto refStats = require(lenetStatistics(classifier.net, referenceData.images, [&](int64_t done, int64_t) {
        bar.update(count + done);
        return true;
    }));
    bar.finish();
    double fid = frechetDistance(stats, refStats);

    FlatJson json;
    json.set("fid_lenet", fid); // the key scripts read; "metric" says which classifier it is
    json.set("metric", metric);
    json.set("n", long(count));
    json.set("reference", reference);
    json.set("source", source);
    json.set("dataset", name);
    json.set("classifier", classifierPath);
    json.set("classifier_test_accuracy", classifier.info.testAccuracy);
    printJsonLine(json, {"fid_lenet", "n", "reference", "source", "dataset"});
    return 0;
}

} // namespace dddg::cli
