#pragma once
// The small classifier behind FID (LeNet) (design §4): a LeNet-style CNN trained per dataset,
// whose penultimate-layer features the Fréchet distance compares. Its weights ship as one
// file with a header saying what it was trained on and how well it classifies.
#include "dataset.h"
#include "result.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>

#include <functional>
#include <string>

namespace dddg {

/// conv5×5(C→16)+BN+ReLU+pool, conv5×5(16→32)+BN+ReLU+pool, dense 800→128+ReLU (the
/// features), dense 128→classes. Inputs are [B, C, S, S] in [−1, 1] in the classifier's frame;
/// a side other than 32 is resampled to 32 first (area average down, bilinear up), so one
/// network serves every frame of SPEC §10.
class LeNetImpl : public torch::nn::Module {
public:
    static constexpr int64_t kImageSize = 32;
    static constexpr int64_t kFeatureDim = 128;

    explicit LeNetImpl(int64_t channels = 1, int64_t numClasses = 10, int64_t imageSize = kImageSize);

    /// Penultimate-layer features: [B, kFeatureDim].
    torch::Tensor features(const torch::Tensor& x);
    /// Class logits: [B, numClasses] (dropout on the features while training).
    torch::Tensor forward(const torch::Tensor& x);

    int64_t channels() const { return m_channels; }
    int64_t numClasses() const { return m_numClasses; }
    int64_t imageSize() const { return m_imageSize; }

private:
    int64_t m_channels, m_numClasses, m_imageSize;
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::BatchNorm2d m_norm1{nullptr}, m_norm2{nullptr};
    torch::nn::Linear m_fc1{nullptr}, m_fc2{nullptr};
};
TORCH_MODULE(LeNet);

/// What a classifier file says about its network.
struct ClassifierInfo {
    std::string dataset;        ///< "fashion-mnist", "mnist", ...
    int64_t channels = 1;
    int64_t numClasses = 10;
    double testAccuracy = 0;    ///< fraction of the test split classified correctly
    int64_t epochs = 0;         ///< training epochs
    int64_t imageSize = 32;     ///< the frame's side (files from before frames: 32)
};

/// The FID's name for a classifier (SPEC §10): "FID (LeNet)" for the 32×32 grey sets it was
/// defined on, "FID (emoji classifier)" and the like for every other frame.
std::string fidMetricName(const ClassifierInfo& info);

struct Classifier {
    LeNet net{nullptr};
    ClassifierInfo info;
};

/// Current classifier file format; files with a larger number are refused.
constexpr uint32_t kClassifierVersion = 1;

/// Writes `PATH.tmp`, then renames it over `path`.
Status saveClassifier(const std::string& path, LeNet& net, const ClassifierInfo& info);
/// Loads onto `device`, in eval mode. A missing, foreign, truncated, corrupt or newer file
/// is an Error naming it. Restores the caller's random stream (building the network draws
/// initial weights), so loading never changes what a seeded run does next.
Result<Classifier> loadClassifier(const std::string& path, const torch::Device& device = torch::kCPU);

/// The classifier file for `dataset`: `explicitPath` when given, else the first
/// `lenet-DATASET.bin` in $DDDG_CLASSIFIER_DIR, `<executable dir>/../share/dddg-explorer/
/// classifiers`, `<source tree>/resources/classifiers`. Missing → an Error saying how to
/// make one (`dddg classifier --dataset NAME`); an image folder (a path) never has one.
Result<std::string> findClassifier(const std::string& dataset, const std::string& explicitPath = "");

struct ClassifierTraining {
    int64_t epochs = 8;
    int64_t batch = 128;
    double learningRate = 2e-3; ///< Adam; cosine-decayed to 0 over the epochs
    uint64_t seed = 0;
};

/// (batches done, batches in all, running mean loss); return false to stop early.
using ClassifierProgress = std::function<bool(int64_t done, int64_t total, double loss)>;

/// Trains `net` (on its device) on `train` with cross-entropy. Returns false when stopped.
bool trainClassifier(LeNet& net, const Dataset& train, const ClassifierTraining& options,
                     const ClassifierProgress& progress = {});
/// Fraction of `data` that `net` classifies correctly (eval mode).
double classifierAccuracy(LeNet& net, const Dataset& data, int64_t batch = 500);

} // namespace dddg
