// Encoder tuning: it lowers the encoder-only reconstruction error, changes nothing but the EMA
// encoder, stops when asked, leaves the caller's random stream alone and refuses bad input.
#include "encoder_tuning.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

namespace {

Dataset realImages(int64_t n)
{
    auto ds = loadIdxDataset("mnist", test::mnistDir(), Split::Train);
    EXPECT_TRUE(ds.ok()) << ds.error().message;
    Dataset subset = *ds;
    subset.images = subset.images.narrow(0, 0, n).clone();
    subset.labels = subset.labels.narrow(0, 0, n).clone();
    return subset;
}

std::vector<torch::Tensor> snapshot(torch::nn::Module& net)
{
    std::vector<torch::Tensor> copies;
    for (const auto& p : net.parameters()) copies.push_back(p.detach().clone());
    return copies;
}

bool unchanged(torch::nn::Module& net, const std::vector<torch::Tensor>& before)
{
    auto now = net.parameters();
    for (size_t i = 0; i < now.size(); ++i)
        if (!now[i].equal(before[i])) return false;
    return true;
}

EncoderTuningOptions shortTuning(int64_t steps)
{
    EncoderTuningOptions options;
    options.steps = steps;
    options.batch = 8;
    options.learningRate = 2e-3;
    options.seed = 5;
    return options;
}

} // namespace

TEST(EncoderTuning, LowersTheReconstructionErrorAndChangesOnlyTheEncoder)
{
    torch::manual_seed(11);
    DddgModel model(test::tinyConfig(DegradationKind::Blur, 4, 10));
    auto data = realImages(16);
    const auto g = snapshot(*model.g), gEma = snapshot(*model.gEma), d = snapshot(*model.d), dEma = snapshot(*model.dEma);
    const auto v = model.scale.scales().clone();
    const double before = encoderReconstructionLoss(model, data.images, data.labels);

    int64_t calls = 0;
    auto status = tuneEncoder(model, data, shortTuning(60), [&](int64_t step, const EncoderTuningLosses& losses) {
        EXPECT_EQ(step, ++calls);
        EXPECT_TRUE(std::isfinite(losses.reconstruction) && std::isfinite(losses.latent));
        return true;
    });
    ASSERT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(calls, 60);
    const double after = encoderReconstructionLoss(model, data.images, data.labels);
    EXPECT_LT(after, 0.9 * before) << "before " << before << ", after " << after;

    EXPECT_FALSE(unchanged(*model.dEma, dEma));
    EXPECT_TRUE(unchanged(*model.g, g) && unchanged(*model.gEma, gEma) && unchanged(*model.d, d));
    EXPECT_TRUE(model.scale.scales().equal(v));
    // The EMA copies take no gradient again afterwards, as before tuning.
    for (const auto& p : model.gEma->parameters()) EXPECT_FALSE(p.requires_grad());
    for (const auto& p : model.dEma->parameters()) EXPECT_FALSE(p.requires_grad());
}

TEST(EncoderTuning, StopsWhenAskedAndKeepsTheCallersRandomStream)
{
    DddgModel model(test::tinyConfig(DegradationKind::Pool, 4, 0));
    auto data = realImages(8);
    data.labels = torch::Tensor();
    torch::manual_seed(21);
    auto expected = torch::rand({4});
    torch::manual_seed(21);
    int64_t calls = 0;
    ASSERT_TRUE(tuneEncoder(model, data, shortTuning(50), [&](int64_t step, const EncoderTuningLosses&) {
                    calls = step;
                    return step < 3;
                }).ok());
    EXPECT_EQ(calls, 3);
    EXPECT_TRUE(torch::rand({4}).equal(expected));
}

TEST(EncoderTuning, RefusesBadInput)
{
    DddgModel conditional(test::tinyConfig(DegradationKind::Blur, 4, 10));
    auto data = realImages(8);
    const auto before = snapshot(*conditional.dEma);
    Dataset empty;
    EXPECT_FALSE(tuneEncoder(conditional, empty, shortTuning(2)).ok());
    Dataset unlabelled = data;
    unlabelled.labels = torch::Tensor();
    auto status = tuneEncoder(conditional, unlabelled, shortTuning(2));
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("labelled"), std::string::npos);
    Dataset wrongSize = data;
    wrongSize.images = torch::zeros({8, 1, 16, 16});
    EXPECT_FALSE(tuneEncoder(conditional, wrongSize, shortTuning(2)).ok());
    auto badRate = shortTuning(2);
    badRate.learningRate = 0;
    EXPECT_FALSE(tuneEncoder(conditional, data, badRate).ok());
    EXPECT_TRUE(unchanged(*conditional.dEma, before));
}
