// dddg classifier: trains the LeNet classifier behind FID (LeNet) on a dataset's train split,
// prints its test accuracy as one JSON line and writes its weights.
#include "command_support.h"
#include "commands.h"
#include "lenet.h"
#include "progress_bar.h"

#include <torch/torch.h>

#include <cstdio>

namespace dddg::cli {
namespace {
const std::vector<FlagSpec>& classifierFlags()
{
    static const std::vector<FlagSpec> flags{
        {"dataset", "NAME", "fashion-mnist or mnist (required; any labelled dataset works)"},
        {"data-dir", "D", "folder with the dataset's IDX files"},
        {"out", "FILE", "weights file to write (default lenet-NAME.bin)"},
        {"epochs", "E", "passes over the train split (default 8)"},
        {"batch", "B", "batch size (default 128)"},
        {"lr", "LR", "Adam learning rate, cosine-decayed (default 0.002)"},
        {"seed", "S", "random seed (default 0)"},
        {"limit", "N", "use only the first N train and test images (quick checks)"},
        {"device", "cpu|cuda", "where to train (default cpu)"},
    };
    return flags;
}

Dataset requireLabelled(const CliArgs& args, const std::string& name, Split split, int64_t limit)
{
    auto data = require(loadDataset(name, args.text("data-dir"), split));
    printLoadNotes(data);
    if (!data.labels.defined() || data.numClasses < 2)
        throw CliError("dddg classifier: dataset " + name + " has no labels to train a classifier on");
    if (limit > 0 && limit < data.size()) {
        data.images = data.images.narrow(0, 0, limit);
        data.labels = data.labels.narrow(0, 0, limit);
    }
    return data;
}
} // namespace

int runClassifier(const Argv& argv)
{
    CliArgs args("classifier", classifierFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("classifier", "--dataset NAME [flags]", classifierFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    const std::string name = args.required("dataset");
    const std::string out = args.text("out", "lenet-" + name + ".bin");
    auto device = requireDevice(args);
    ClassifierTraining options;
    options.epochs = args.integer("epochs", 8, 1, 1000);
    options.batch = args.integer("batch", 128, 1, 65536);
    options.learningRate = args.number("lr", 2e-3, 1e-8, 1);
    options.seed = uint64_t(args.integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    const int64_t limit = args.integer("limit", 0, 0, std::numeric_limits<int32_t>::max());
    auto train = requireLabelled(args, name, Split::Train, limit);
    auto test = requireLabelled(args, name, Split::Test, limit);
    prepareOutput(out);

    torch::manual_seed(options.seed);
    LeNet net(train.images.size(1), train.numClasses, train.images.size(2));
    net->to(device);
    train.images = train.images.to(device);
    train.labels = train.labels.to(device);
    ProgressBar bar("classifier", options.epochs * ((train.size() + options.batch - 1) / options.batch), "batches");
    trainClassifier(net, train, options, [&bar](int64_t done, int64_t, double loss) {
        char detail[48];
        std::snprintf(detail, sizeof detail, "loss %.4f", loss);
        bar.update(done, detail);
        return true;
    });
    bar.finish();

    ClassifierInfo info{train.name, train.images.size(1), train.numClasses, classifierAccuracy(net, test), options.epochs, train.images.size(2)};
    net->to(torch::kCPU);
    require(saveClassifier(out, net, info));
    FlatJson json;
    json.set("dataset", train.name);
    json.set("metric", fidMetricName(info));
    json.set("test_accuracy", info.testAccuracy);
    json.set("epochs", long(options.epochs));
    json.set("out", out);
    json.set("train_images", long(train.size()));
    json.set("test_images", long(test.size()));
    printJsonLine(json, {"dataset", "test_accuracy", "epochs", "out"});
    return 0;
}

} // namespace dddg::cli
