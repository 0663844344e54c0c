// Shapes through G and D, CAGAN head selection, equalized-lr scaling, the latent map.
#include "checkpoint.h"
#include "dddg_model.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dddg;

TEST(Networks, GeneratorAndDiscriminatorShapes)
{
    torch::manual_seed(9);
    auto config = test::tinyConfig();
    DddgModel model(config);
    auto x = torch::rand({5, 1, 32, 32});
    for (int64_t t = 0; t < 6; ++t) {
        auto out = model.step(model.g, x, torch::randn({5, 8}), t);
        EXPECT_EQ(out.xNet.sizes(), x.sizes());
        EXPECT_EQ(out.xNorm.sizes(), x.sizes());
        EXPECT_EQ(out.xNext.sizes(), x.sizes());
        auto d = model.d->forward(out.xNext, t + 1);
        EXPECT_EQ(d.logit.sizes(), (std::vector<int64_t>{5}));
        EXPECT_EQ(d.latent.sizes(), (std::vector<int64_t>{5, 8}));
    }
    EXPECT_THROW(model.g->forward(x, torch::randn({5, 8}), 6), c10::Error);
    EXPECT_THROW(model.d->forward(x, 0), c10::Error);
}

TEST(Networks, HeadsSelectTheRowOfTheirStepAndClass)
{
    torch::manual_seed(10);
    auto config = test::tinyConfig(DegradationKind::Blur, 4, 3);
    DddgModel model(config);
    auto x = torch::rand({2, 1, 32, 32});
    auto labels = torch::tensor({0, 2}, torch::kInt64);
    auto a = model.d->forward(x, 2, labels), b = model.d->forward(x, 3, labels);
    EXPECT_FALSE(torch::allclose(a.latent, b.latent)); // different encoder rows per t
    auto other = model.d->forward(x, 2, torch::tensor({1, 2}, torch::kInt64));
    EXPECT_NE(a.logit[0].item<float>(), other.logit[0].item<float>()); // class picks the logit
    EXPECT_EQ(a.logit[1].item<float>(), other.logit[1].item<float>());
    EXPECT_THROW(model.d->forward(x, 2), c10::Error); // conditional D needs labels
    auto g = model.step(model.g, x, torch::randn({2, 8}), 1, labels);
    EXPECT_EQ(g.xNext.sizes(), x.sizes());
}

TEST(Networks, EqualizedLayersStoreUnitWeightsAndScaleAtRunTime)
{
    torch::manual_seed(11);
    EqLinear linear(256, 64, 1.0);
    EXPECT_NEAR(linear->weight.std().item<double>(), 1.0, 0.05);
    auto y = linear(torch::randn({512, 256}));
    EXPECT_NEAR(y.std().item<double>(), 1.0, 0.1); // unit input → unit output
    EqConv2d conv(16, 8, 3);
    EXPECT_EQ(conv(torch::randn({2, 16, 9, 9})).sizes(), (std::vector<int64_t>{2, 8, 9, 9}));
}

TEST(Networks, EmaMovesTowardsLiveWeights)
{
    torch::manual_seed(12);
    DddgModel model(test::tinyConfig());
    EXPECT_TRUE(test::sameWeights(*model.g, *model.gEma));
    {
        torch::NoGradGuard noGrad;
        for (auto& p : model.g->parameters()) p.add_(1.0);
    }
    auto before = model.gEma->parameters()[0].clone();
    model.updateEma(0.9);
    auto live = model.g->parameters()[0], ema = model.gEma->parameters()[0];
    EXPECT_TRUE(torch::allclose(ema, 0.9 * before + 0.1 * live, 1e-5, 1e-6));
    for (auto& p : model.gEma->parameters()) EXPECT_FALSE(p.requires_grad());
}

TEST(Networks, LatentMapLetsZMoveShapeAndRoundTrips)
{
    torch::manual_seed(11);
    auto config = test::tinyConfig();
    FlatJson old; // a header from before the option: every field at its default
    auto fromOld = ModelConfig::readFrom(old);
    ASSERT_TRUE(fromOld.ok());
    EXPECT_FALSE(fromOld->latentMap);
    config.latentMap = true;
    DddgModel model(config);
    auto x = torch::zeros({2, 1, 32, 32});
    auto z = torch::randn({2, 8});
    auto out = model.g->forward(x, z, 3);
    EXPECT_EQ(out.sizes(), x.sizes());
    int mapParams = 0;
    for (const auto& item : model.g->named_parameters())
        if (item.key().rfind("latent_map.", 0) == 0) ++mapParams;
    EXPECT_EQ(mapParams, 2);
    // The map is learnable: z reaches G's output through it.
    auto zGrad = z.clone().set_requires_grad(true);
    model.g->forward(x, zGrad, 3).sum().backward();
    EXPECT_GT(zGrad.grad().abs().sum().item<double>(), 0.0);
    // Checkpoints keep the option and its weights.
    Checkpoint checkpoint;
    checkpoint.config.set("dataset", "mnist");
    checkpoint.model = std::make_shared<DddgModel>(config);
    const auto path = test::tempDir("latent-map") + "/m.ckpt";
    ASSERT_TRUE(saveCheckpoint(path, checkpoint).ok());
    auto loaded = loadCheckpoint(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_TRUE(loaded->model->config().latentMap);
    EXPECT_TRUE(test::sameWeights(*loaded->model->g, *checkpoint.model->g));
}
