#include "lenet.h"

#include "file_container.h"
#include "flat_json.h"
#include "random_stream_guard.h"
#include "search_paths.h"

#include <torch/torch.h>
#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dddg {
namespace F = torch::nn::functional;
namespace fs = std::filesystem;

LeNetImpl::LeNetImpl(int64_t channels, int64_t numClasses, int64_t imageSize)
    : m_channels(channels), m_numClasses(numClasses), m_imageSize(imageSize)
{
    TORCH_CHECK(imageSize >= 8 && imageSize <= 1024, "LeNet needs a side from 8 to 1024");
    TORCH_CHECK(channels >= 1 && numClasses >= 2, "LeNet needs at least one channel and two classes");
    m_conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, 16, 5)));
    m_norm1 = register_module("norm1", torch::nn::BatchNorm2d(16));
    m_conv2 = register_module("conv2", torch::nn::Conv2d(torch::nn::Conv2dOptions(16, 32, 5)));
    m_norm2 = register_module("norm2", torch::nn::BatchNorm2d(32));
    m_fc1 = register_module("fc1", torch::nn::Linear(32 * 5 * 5, kFeatureDim));
    m_fc2 = register_module("fc2", torch::nn::Linear(kFeatureDim, numClasses));
}

torch::Tensor LeNetImpl::features(const torch::Tensor& x)
{
    TORCH_CHECK(x.dim() == 4 && x.size(1) == m_channels && x.size(2) == m_imageSize && x.size(3) == m_imageSize,
                "the LeNet classifier expects [B, ", m_channels, ", ", m_imageSize, ", ", m_imageSize, "] images, got ", x.sizes());
    auto in = x;
    if (m_imageSize > kImageSize) in = F::adaptive_avg_pool2d(x, F::AdaptiveAvgPool2dFuncOptions({kImageSize, kImageSize}));
    if (m_imageSize < kImageSize)
        in = F::interpolate(x, F::InterpolateFuncOptions().size(std::vector<int64_t>{kImageSize, kImageSize}).mode(torch::kBilinear).align_corners(false));
    auto h = F::max_pool2d(torch::relu(m_norm1(m_conv1(in))), F::MaxPool2dFuncOptions(2)); // 32 → 28 → 14
    h = F::max_pool2d(torch::relu(m_norm2(m_conv2(h))), F::MaxPool2dFuncOptions(2));      // 14 → 10 → 5
    return torch::relu(m_fc1(h.flatten(1)));
}

torch::Tensor LeNetImpl::forward(const torch::Tensor& x)
{
    return m_fc2(F::dropout(features(x), F::DropoutFuncOptions().p(0.3).training(is_training())));
}

namespace {

// The same container as checkpoints, with its own magic: "DDDGLNET".
const ContainerKind& classifierKind()
{
    static const ContainerKind kind{"DDDGLNET", "classifier", "a DDDG classifier (LeNet) file", kClassifierVersion};
    return kind;
}

FlatJson headerJson(const ClassifierInfo& info)
{
    FlatJson json;
    json.set("dataset", info.dataset);
    json.set("channels", long(info.channels));
    json.set("num_classes", long(info.numClasses));
    json.set("test_accuracy", info.testAccuracy);
    json.set("epochs", long(info.epochs));
    json.set("feature_dim", long(LeNetImpl::kFeatureDim));
    json.set("image_size", long(info.imageSize));
    return json;
}

Result<Classifier> parseClassifier(const std::string& bytes, const std::string& path, const torch::Device& device)
{
    auto contents = unpackContainer(classifierKind(), bytes, path);
    if (!contents) return contents.error();
    const FlatJson* json = &contents->header;
    Classifier out;
    out.info.dataset = json->string("dataset", "");
    out.info.channels = int64_t(json->number("channels", 0));
    out.info.numClasses = int64_t(json->number("num_classes", 0));
    out.info.testAccuracy = json->number("test_accuracy", 0);
    out.info.epochs = int64_t(json->number("epochs", 0));
    out.info.imageSize = int64_t(json->number("image_size", double(LeNetImpl::kImageSize)));
    if (out.info.channels < 1 || out.info.channels > 4 || out.info.numClasses < 2 || out.info.numClasses > 100000 ||
        json->number("feature_dim", 0) != double(LeNetImpl::kFeatureDim) || out.info.imageSize < 8 || out.info.imageSize > 1024)
        return makeError("classifier " + path + " has a bad header: " + json->dump());
    try {
        RandomStreamGuard keepRandomStream;
        out.net = LeNet(out.info.channels, out.info.numClasses, out.info.imageSize);
        torch::serialize::InputArchive archive;
        loadArchive(archive, contents->payload);
        readModuleStrict(archive, "", *out.net); // the weights sit at the archive root
    } catch (const std::exception& e) {
        return makeError("classifier " + path + " does not match its header: " + exceptionText(e));
    }
    out.net->to(device);
    out.net->eval();
    return out;
}

} // namespace

std::string fidMetricName(const ClassifierInfo& info)
{
    if (info.channels == 1 && info.imageSize == LeNetImpl::kImageSize) return "FID (LeNet)";
    return "FID (" + info.dataset + " classifier)";
}

Status saveClassifier(const std::string& path, LeNet& net, const ClassifierInfo& info)
{
    torch::serialize::OutputArchive archive;
    writeModule(archive, "", *net);
    auto bytes = packContainer(classifierKind(), kClassifierVersion, headerJson(info),
                               {"dataset", "channels", "num_classes", "test_accuracy", "epochs"}, archiveBytes(archive));
    return writeFileAtomically(path, bytes, "classifier");
}

Result<Classifier> loadClassifier(const std::string& path, const torch::Device& device)
{
    auto bytes = readWholeFile(path, "classifier");
    if (!bytes) return bytes.error();
    return parseClassifier(*bytes, path, device);
}

Result<std::string> findClassifier(const std::string& dataset, const std::string& explicitPath)
{
    if (!explicitPath.empty()) {
        if (fs::is_regular_file(explicitPath)) return explicitPath;
        return makeError("classifier " + explicitPath + " does not exist");
    }
    if (dataset.find('/') != std::string::npos) // an image folder: nothing is shipped for it
        return makeError("no FID (LeNet) classifier is shipped for the image folder " + dataset +
                         "; pass --classifier FILE (a classifier made by `dddg classifier` on labelled data)");
    std::string file = "lenet-" + dataset + ".bin";
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("DDDG_CLASSIFIER_DIR"); env && *env) dirs.emplace_back(env);
    if (auto installed = installedDataRoot(); !installed.empty()) dirs.push_back(installed / "classifiers");
    if (auto source = sourceTreeRoot(); !source.empty()) dirs.push_back(source / "resources" / "classifiers");
    for (const auto& dir : dirs)
        if (fs::is_regular_file(dir / file)) return (dir / file).lexically_normal().string();
    return makeError("no FID (LeNet) classifier for dataset '" + dataset + "' (looked for " + file +
                     " in $DDDG_CLASSIFIER_DIR, share/dddg-explorer/classifiers and resources/classifiers); make one with "
                     "`dddg classifier --dataset " + dataset + " --out " + file + "` and pass --classifier or set DDDG_CLASSIFIER_DIR");
}

bool trainClassifier(LeNet& net, const Dataset& train, const ClassifierTraining& options, const ClassifierProgress& progress)
{
    TORCH_CHECK(train.labels.defined() && train.size() > 0, "training a classifier needs labelled images");
    const auto device = net->parameters().front().device();
    const int64_t n = train.size(), perEpoch = (n + options.batch - 1) / options.batch;
    const int64_t total = perEpoch * options.epochs;
    torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(options.learningRate));
    auto generator = at::detail::createCPUGenerator(options.seed);
    net->train();
    double lossSum = 0;
    int64_t done = 0;
    for (int64_t epoch = 0; epoch < options.epochs; ++epoch) {
        auto order = torch::randperm(n, generator, torch::kInt64);
        for (int64_t start = 0; start < n; start += options.batch, ++done) {
            // Cosine decay per batch: a short schedule still ends with small, careful steps.
            double lr = 0.5 * options.learningRate * (1 + std::cos(std::acos(-1.0) * double(done) / double(total)));
            for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
            auto index = order.narrow(0, start, std::min(options.batch, n - start));
            auto x = train.images.index_select(0, index).to(device);
            auto y = train.labels.index_select(0, index).to(device);
            auto loss = F::cross_entropy(net->forward(x), y);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            if (progress && !progress(done + 1, total, lossSum / double(done + 1))) {
                net->eval();
                return false;
            }
        }
    }
    net->eval();
    return true;
}

double classifierAccuracy(LeNet& net, const Dataset& data, int64_t batch)
{
    TORCH_CHECK(data.labels.defined() && data.size() > 0, "accuracy needs labelled images");
    torch::NoGradGuard noGrad;
    net->eval();
    const auto device = net->parameters().front().device();
    int64_t correct = 0;
    for (int64_t start = 0; start < data.size(); start += batch) {
        int64_t count = std::min(batch, data.size() - start);
        auto logits = net->forward(data.images.narrow(0, start, count).to(device));
        correct += logits.argmax(1).eq(data.labels.narrow(0, start, count).to(device)).sum().item<int64_t>();
    }
    return double(correct) / double(data.size());
}

} // namespace dddg
