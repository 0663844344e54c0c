#include "command_support.h"

#include "device.h"
#include "image_file.h"

#include <torch/torch.h>

#include <sys/resource.h>

#include <cstdio>
#include <filesystem>

namespace dddg::cli {

void require(const Status& status)
{
    if (!status) throw CliError(status.error().message);
}

torch::Device requireDevice(const CliArgs& args) { return require(parseDevice(args.text("device", "cpu"))); }

Checkpoint requireCheckpoint(const CliArgs& args, const torch::Device& device)
{
    return require(loadCheckpoint(args.required("checkpoint"), device));
}

std::string datasetOf(const CliArgs& args, const Checkpoint& checkpoint)
{
    return args.text("dataset", checkpoint.config.string("dataset", "fashion-mnist"));
}

Dataset requireModelDataset(const CliArgs& args, const std::string& name, const ModelConfig& config, Split split)
{
    auto data = require(loadDataset(name, args.text("data-dir"), split, Frame{config.channels, config.imageSize}));
    if (data.images.size(1) != config.channels || data.images.size(2) != config.imageSize)
        throw CliError("dataset " + name + " does not match the checkpoint's image shape");
    return data;
}

void prepareOutput(const std::string& path)
{
    auto parent = std::filesystem::path(path).parent_path();
    if (parent.empty()) return;
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
    if (!std::filesystem::is_directory(parent)) throw CliError("cannot create output folder " + parent.string());
}

void refuseOverwritingInputs(const CliArgs& args)
{
    namespace fs = std::filesystem;
    for (const char* output : {"out", "trajectory", "tensor", "samples"}) {
        if (!args.has(output)) continue;
        const fs::path target = args.text(output);
        std::error_code ec;
        if (!fs::exists(target, ec)) continue;
        for (const char* input : {"checkpoint", "image", "images", "classifier", "implicit"}) {
            if (!args.has(input)) continue;
            if (fs::equivalent(target, args.text(input), ec))
                throw CliError("--" + std::string(output) + " " + target.string() + " is the --" + input + " input; choose another file");
        }
    }
}

RefineOptions requireRefineOptions(const CliArgs& args)
{
    RefineOptions options;
    options.steps = args.integer("refine", 0, 0, 100000);
    options.learningRate = args.number("refine-lr", options.learningRate, 1e-6, 100.0);
    options.priorWeight = args.number("refine-prior", options.priorWeight, 0.0, 1e6);
    return options;
}

std::vector<FlagSpec> refineFlags()
{
    const RefineOptions defaults;
    auto text = [](double v) {
        char out[32];
        std::snprintf(out, sizeof out, "%g", v);
        return std::string(out);
    };
    return {
        {"refine", "STEPS", "latent refinement: Adam iterations per timestep (default 0: encoder only)"},
        {"refine-lr", "LR", "refinement's Adam step size (default " + text(defaults.learningRate) + ")"},
        {"refine-prior", "W", "refinement's weight of mean(z_t^2) beside the pixel error (default " + text(defaults.priorWeight) + ")"},
    };
}

std::vector<FlagSpec> inputImageFlags()
{
    return {{"image", "IMG", "image file to use (PNG/JPEG; 28×28 is padded to 32×32)"},
            {"dataset", "NAME", "fashion-mnist, mnist, cifar10, emoji, photos or an image folder (with --index)"},
            {"index", "I", "index of the image in the dataset split (default 0)"},
            {"count", "N", "use N consecutive images from --index (default 1)"},
            {"split", "test|train", "dataset split (default test)"},
            {"data-dir", "D", "folder with a named dataset's files (IDX, CIFAR-10 batches)"}};
}

InputImages requireInputImages(const CliArgs& args, int64_t size, int64_t channels)
{
    if (args.has("image") == args.has("dataset")) throw CliError("give exactly one of --image IMG or --dataset NAME --index I");
    InputImages in;
    if (args.has("image")) {
        in.source = args.text("image");
        in.images = require(readImageFile(in.source, size, channels));
        if (auto note = imageFrameNote(in.source, size, channels); !note.empty())
            std::fprintf(stderr, "note: %s is %s (the models' frame)\n", in.source.c_str(), note.c_str());
        return in;
    }
    std::string split = args.text("split", "test");
    if (split != "test" && split != "train") throw CliError("--split must be test or train");
    auto data = require(loadDataset(args.text("dataset"), args.text("data-dir"), split == "test" ? Split::Test : Split::Train,
                                    Frame{channels, size}));
    printLoadNotes(data);
    int64_t index = args.integer("index", 0, 0, std::numeric_limits<int32_t>::max());
    int64_t count = args.integer("count", 1, 1, 4096);
    if (index + count > data.size())
        throw CliError("--index " + std::to_string(index) + " (+" + std::to_string(count) + ") is past the end of " + data.name +
                       " (" + std::to_string(data.size()) + " images)");
    if (data.images.size(1) != channels || data.images.size(2) != size)
        throw CliError("dataset " + data.name + " images do not match the model's " + std::to_string(size) + "×" +
                       std::to_string(size) + "×" + std::to_string(channels));
    in.images = data.images.narrow(0, index, count);
    if (data.labels.defined()) in.labels = data.labels.narrow(0, index, count);
    in.source = data.name + "[" + split + "][" + std::to_string(index) + "]";
    return in;
}

void printLoadNotes(const Dataset& data)
{
    for (const auto& note : data.notes) std::fprintf(stderr, "note: %s: %s\n", data.name.c_str(), note.c_str());
}

void printJsonLine(const FlatJson& json, const std::vector<std::string>& keyOrder)
{
    std::printf("%s\n", json.dump(keyOrder).c_str());
    std::fflush(stdout);
}

double gridBytes(int64_t tiles, int64_t side, int64_t zoom, int64_t channels)
{
    const double tile = double(side * zoom + 2); // the 2-pixel gap
    return double(tiles) * tile * tile * double(channels);
}

void refuseOversized(const std::string& command, const std::string& what, double bytes, const std::string& advice, double limitBytes)
{
    if (bytes <= limitBytes) return;
    char size[32];
    std::snprintf(size, sizeof size, "%.1f GB", bytes / 1e9);
    throw CliError("dddg " + command + ": " + what + " would need about " + size + " of memory; " + advice);
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace dddg::cli
