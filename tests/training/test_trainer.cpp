// Algorithm 1 on real Fashion-MNIST: finite losses, checkpoints, and exact resume.
#include "checkpoint.h"
#include "metrics_log.h"
#include "test_support.h"
#include "trainer.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>

using namespace dddg;

namespace {
Dataset fashionSubset()
{
    auto ds = loadIdxDataset("fashion-mnist", test::fashionMnistDir(), Split::Train);
    if (!ds.ok()) ds = loadIdxDataset("mnist", test::mnistDir(), Split::Train);
    EXPECT_TRUE(ds.ok()) << ds.error().message;
    Dataset subset = *ds;
    subset.images = subset.images.narrow(0, 0, 512).clone();
    subset.labels = subset.labels.narrow(0, 0, 512).clone();
    return subset;
}

TrainerConfig tinyTraining(const std::string& out, int64_t steps, bool conditional)
{
    TrainerConfig c;
    c.model = test::tinyConfig(DegradationKind::Blur, 4, conditional ? 10 : 0);
    c.outDir = out;
    c.cycles = steps;
    c.batch = 4;
    c.seed = 3;
    c.checkpointEvery = 0;
    c.logEvery = 1;
    return c;
}
} // namespace

TEST(Trainer, ShortRunHasFiniteLossesAndWritesItsFiles)
{
    auto out = test::tempDir("train-short");
    auto trainer = Trainer::create(tinyTraining(out, 3, true), fashionSubset());
    ASSERT_TRUE(trainer.ok()) << trainer.error().message;
    auto& t = **trainer;
    EXPECT_NEAR(t.model().config().degradation.constant, fashionSubset().meanPixel(), 1e-6);
    auto vBefore = t.model().scale.variance().clone();
    ASSERT_TRUE(t.run().ok());
    EXPECT_EQ(t.step(), 3);
    EXPECT_FALSE(torch::equal(vBefore, t.model().scale.variance())); // v learns from fakes
    for (int64_t i = 0; i < 4; ++i)
        EXPECT_NEAR(t.model().scale.scale(i).pow(2).sum().item<double>(), 8.0, 1e-4);

    MetricsFollower follower(t.metricsPath());
    auto lines = follower.poll();
    ASSERT_EQ(lines.size(), 3u);
    for (const auto& line : lines)
        for (const char* key : {"loss_d", "loss_g", "loss_enc", "r1", "wall_s", "epoch"}) {
            ASSERT_TRUE(line.has(key)) << key;
            EXPECT_TRUE(std::isfinite(line.number(key, NAN))) << key;
        }
    EXPECT_EQ(lines.back().number("step", 0), 3);

    auto loaded = loadCheckpoint(t.latestCheckpointPath());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->step, 3);
    EXPECT_TRUE(test::sameWeights(*loaded->model->gEma, *t.model().gEma));
    EXPECT_TRUE(test::sameWeights(*loaded->model->d, *t.model().d));
}

TEST(Trainer, ResumeEqualsUninterruptedTraining)
{
    auto straightDir = test::tempDir("train-straight"), splitDir = test::tempDir("train-split");
    auto straight = Trainer::create(tinyTraining(straightDir, 4, false), fashionSubset());
    ASSERT_TRUE(straight.ok());
    ASSERT_TRUE((*straight)->run().ok());

    auto first = Trainer::create(tinyTraining(splitDir, 2, false), fashionSubset());
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE((*first)->run().ok());
    torch::manual_seed(999); // anything in between must not matter
    torch::randn({100});
    auto config = tinyTraining(splitDir, 4, false);
    auto second = Trainer::resume((*first)->latestCheckpointPath(), fashionSubset(), &config);
    ASSERT_TRUE(second.ok()) << second.error().message;
    EXPECT_EQ((*second)->step(), 2);
    ASSERT_TRUE((*second)->run().ok());

    auto& a = (*straight)->model();
    auto& b = (*second)->model();
    EXPECT_TRUE(test::sameWeights(*a.g, *b.g));
    EXPECT_TRUE(test::sameWeights(*a.d, *b.d));
    EXPECT_TRUE(test::sameWeights(*a.gEma, *b.gEma));
    EXPECT_TRUE(test::sameWeights(*a.dEma, *b.dEma));
    EXPECT_TRUE(torch::equal(a.scale.variance(), b.scale.variance()));
}

TEST(Trainer, NonFiniteLossStopsTheRunAndKeepsTheCheckpoint)
{
    auto out = test::tempDir("train-nan");
    auto trainer = Trainer::create(tinyTraining(out, 4, false), fashionSubset());
    ASSERT_TRUE(trainer.ok());
    auto& t = **trainer;
    t.runCycle();
    ASSERT_TRUE(t.saveCheckpoint(t.latestCheckpointPath()).ok());
    auto good = test::readBytes(t.latestCheckpointPath());
    {
        torch::NoGradGuard noGrad;
        t.model().g->parameters()[0].fill_(NAN);
    }
    auto status = t.run();
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("NaN"), std::string::npos) << status.error().message;
    EXPECT_EQ(test::readBytes(t.latestCheckpointPath()), good);
}

TEST(Trainer, InvalidSettingsAreErrors)
{
    auto config = tinyTraining(test::tempDir("train-bad"), 0, false);
    EXPECT_FALSE(Trainer::create(config, fashionSubset()).ok()); // neither steps nor epochs
    config.cycles = 1;
    config.device = "tpu";
    EXPECT_FALSE(Trainer::create(config, fashionSubset()).ok());
    config.device = "cpu";
    config.model.numClasses = 10;
    Dataset unlabelled = fashionSubset();
    unlabelled.labels = torch::Tensor();
    EXPECT_FALSE(Trainer::create(config, unlabelled).ok());
}

TEST(Trainer, ConditionalTrajectoriesKeepTheirClassForTheWholeCycle)
{
    auto trainer = Trainer::create(tinyTraining(test::tempDir("train-classes"), 2, true), fashionSubset());
    ASSERT_TRUE(trainer.ok());
    auto& t = **trainer;
    t.runCycle();
    auto first = t.lastCycleFakeLabels().clone();
    ASSERT_EQ(t.lastCycleLabelsPerStep().size(), 4u);
    for (const auto& labels : t.lastCycleLabelsPerStep()) EXPECT_TRUE(torch::equal(labels, first));
    bool redrawn = false; // every cycle draws its own classes
    for (int i = 0; i < 4 && !redrawn; ++i) {
        t.runCycle();
        redrawn = !torch::equal(t.lastCycleFakeLabels(), first);
    }
    EXPECT_TRUE(redrawn);
}

TEST(Trainer, NonFiniteLossTouchesNeitherWeightsNorTheirEma)
{
    Dataset poisoned = fashionSubset();
    poisoned.images = torch::full_like(poisoned.images, NAN); // every real batch makes L_D NaN
    auto trainer = Trainer::create(tinyTraining(test::tempDir("train-nan-guard"), 2, false), fashionSubset());
    ASSERT_TRUE(trainer.ok());
    auto& t = **trainer;
    t.runCycle();
    DddgModel before(t.model().config());
    copyWeights(*t.model().g, *before.g);
    copyWeights(*t.model().d, *before.d);
    copyWeights(*t.model().gEma, *before.gEma);
    copyWeights(*t.model().dEma, *before.dEma);
    const auto dir = test::tempDir("train-nan-guard-2");
    auto config = tinyTraining(dir, 3, false);
    ASSERT_TRUE(t.saveCheckpoint(dir + "/latest.ckpt").ok());
    auto resumed = Trainer::resume(dir + "/latest.ckpt", poisoned, &config);
    ASSERT_TRUE(resumed.ok()) << resumed.error().message;
    EXPECT_THROW((*resumed)->runCycle(), std::runtime_error);
    auto& m = (*resumed)->model();
    EXPECT_TRUE(test::sameWeights(*m.g, *before.g));
    EXPECT_TRUE(test::sameWeights(*m.d, *before.d));
    EXPECT_TRUE(test::sameWeights(*m.gEma, *before.gEma));
    EXPECT_TRUE(test::sameWeights(*m.dEma, *before.dEma));
}

TEST(Trainer, AnEpochIsOnePassOverTheTrainingSet)
{
    auto config = tinyTraining(test::tempDir("train-epochs"), 3, false); // batch 4, t_max 4: 16 images a cycle
    auto trainer = Trainer::create(config, fashionSubset());
    ASSERT_TRUE(trainer.ok());
    ASSERT_TRUE((*trainer)->run().ok());
    MetricsFollower follower((*trainer)->metricsPath());
    auto lines = follower.poll();
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_DOUBLE_EQ(lines.back().number("epoch", 0), 3.0 * 16.0 / 512.0);
    config.cycles = 0;
    config.epochs = 1;
    EXPECT_EQ(config.totalCycles(512), 32); // 512 images / 16 per cycle
}
