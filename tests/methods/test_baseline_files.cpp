// Baseline model files: round trips (full and shipped half precision), the method recorded in
// the container, and files of the wrong method or shape refused with one line.
#include "baseline_model.h"
#include "baseline_trainer.h"
#include "checkpoint.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <filesystem>
#include <torch/torch.h>

using namespace dddg;

namespace {
BaselineConfig tinyBaseline(BaselineKind kind)
{
    BaselineConfig c;
    c.kind = kind;
    c.net.width = 8;
    if (kind == BaselineKind::Daed) c.schedule = ScheduleKind::LinearCombine;
    return c;
}
} // namespace

TEST(BaselineFiles, RoundTripKeepsWeightsAndMethod)
{
    auto dir = test::tempDir("baseline-files");
    torch::manual_seed(1);
    for (auto kind : {BaselineKind::Ddpm, BaselineKind::Dae, BaselineKind::Daed, BaselineKind::Cold}) {
        BaselineCheckpoint checkpoint;
        checkpoint.model = std::make_shared<BaselineModel>(tinyBaseline(kind));
        checkpoint.step = 42;
        checkpoint.trainerState = "state";
        const std::string path = dir + "/" + toString(kind) + ".ckpt";
        ASSERT_TRUE(saveBaselineCheckpoint(path, checkpoint).ok());
        auto loaded = loadBaselineCheckpoint(path);
        ASSERT_TRUE(loaded.ok()) << loaded.error().message;
        EXPECT_EQ(loaded->step, 42);
        EXPECT_EQ(loaded->trainerState, "state");
        EXPECT_EQ(loaded->model->config().roles(), checkpoint.model->config().roles());
        for (const auto& role : checkpoint.model->config().roles()) {
            EXPECT_TRUE(test::sameWeights(*loaded->model->net(role), *checkpoint.model->net(role))) << role;
            EXPECT_TRUE(test::sameWeights(*loaded->model->ema(role), *checkpoint.model->ema(role))) << role;
        }
        auto header = readCheckpointContainer(path);
        ASSERT_TRUE(header.ok());
        EXPECT_EQ(methodOf(header->header), toString(kind));
    }
}

TEST(BaselineFiles, ShippedFormIsHalfPrecisionEmaOnly)
{
    auto dir = test::tempDir("baseline-shipped");
    BaselineCheckpoint checkpoint;
    checkpoint.model = std::make_shared<BaselineModel>(tinyBaseline(BaselineKind::Ddpm));
    checkpoint.trainerState = std::string(100000, 'x');
    ASSERT_TRUE(saveBaselineCheckpoint(dir + "/full.ckpt", checkpoint).ok());
    ASSERT_TRUE(saveBaselineCheckpoint(dir + "/shipped.ckpt", checkpoint, true).ok());
    EXPECT_LT(std::filesystem::file_size(dir + "/shipped.ckpt"), std::filesystem::file_size(dir + "/full.ckpt") / 3);
    auto shipped = loadBaselineCheckpoint(dir + "/shipped.ckpt");
    ASSERT_TRUE(shipped.ok()) << shipped.error().message;
    EXPECT_TRUE(shipped->trainerState.empty());
    auto a = checkpoint.model->ema("eps")->parameters(), b = shipped->model->ema("eps")->parameters();
    for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(b[i].scalar_type(), torch::kFloat32);
        EXPECT_TRUE(torch::allclose(a[i], b[i], 1e-3, 1e-3)); // half precision
    }
    // A shipped file restores but does not resume.
    Dataset data;
    data.name = "tiny";
    data.images = torch::zeros({8, 1, 32, 32});
    auto resumed = BaselineTrainer::resume(dir + "/shipped.ckpt", data);
    ASSERT_FALSE(resumed.ok());
    EXPECT_NE(resumed.error().message.find("shipped model"), std::string::npos) << resumed.error().message;
}

TEST(BaselineFiles, WrongMethodIsOneClearLine)
{
    auto dir = test::tempDir("baseline-wrong");
    BaselineCheckpoint baseline;
    baseline.model = std::make_shared<BaselineModel>(tinyBaseline(BaselineKind::Ddpm));
    ASSERT_TRUE(saveBaselineCheckpoint(dir + "/ddpm.ckpt", baseline).ok());
    auto asDddg = loadCheckpoint(dir + "/ddpm.ckpt");
    ASSERT_FALSE(asDddg.ok());
    EXPECT_NE(asDddg.error().message.find("holds a ddpm model, not a DDDG one"), std::string::npos) << asDddg.error().message;
    EXPECT_EQ(asDddg.error().message.find('\n'), std::string::npos);

    Checkpoint dddgFile;
    dddgFile.model = std::make_shared<DddgModel>(test::tinyConfig());
    ASSERT_TRUE(saveCheckpoint(dir + "/dddg.ckpt", dddgFile).ok());
    auto asBaseline = loadBaselineCheckpoint(dir + "/dddg.ckpt");
    ASSERT_FALSE(asBaseline.ok());
    EXPECT_NE(asBaseline.error().message.find("holds a dddg model"), std::string::npos) << asBaseline.error().message;
}

TEST(BaselineFiles, TensorsOfTheWrongShapeAreRefused)
{
    auto dir = test::tempDir("baseline-shape");
    BaselineCheckpoint checkpoint;
    checkpoint.model = std::make_shared<BaselineModel>(tinyBaseline(BaselineKind::Dae));
    ASSERT_TRUE(saveBaselineCheckpoint(dir + "/a.ckpt", checkpoint).ok());
    // Same file, but the header claims a wider network than the tensors hold.
    auto contents = readCheckpointContainer(dir + "/a.ckpt");
    ASSERT_TRUE(contents.ok());
    contents->header.set("unet_width", 16L);
    test::writeBytes(dir + "/b.ckpt", packContainer(checkpointKind(), kCheckpointVersion, contents->header, {}, contents->payload));
    auto loaded = loadBaselineCheckpoint(dir + "/b.ckpt");
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find("has shape"), std::string::npos) << loaded.error().message;
    EXPECT_EQ(loaded.error().message.find('\n'), std::string::npos);
}

TEST(BaselineTraining, StepsLowerTheLossAndResumeIsExact)
{
    auto data = loadIdxDataset("mnist", test::mnistDir(), Split::Test);
    ASSERT_TRUE(data.ok());
    data->images = data->images.narrow(0, 0, 256).clone();
    BaselineTrainerConfig config;
    config.model = tinyBaseline(BaselineKind::Dae);
    config.dataset = "mnist";
    config.steps = 6;
    config.batch = 8;
    config.outDir = test::tempDir("baseline-run");
    config.checkpointEvery = 3;
    config.logEvery = 3;
    auto a = BaselineTrainer::create(config, *data);
    ASSERT_TRUE(a.ok()) << a.error().message;
    ASSERT_TRUE((*a)->run().ok());
    // The same run in two sessions: three steps, then a resume for the rest.
    auto halfConfig = config;
    halfConfig.outDir = test::tempDir("baseline-run-halves");
    halfConfig.steps = 3;
    auto b = BaselineTrainer::create(halfConfig, *data);
    ASSERT_TRUE(b.ok());
    ASSERT_TRUE((*b)->run().ok());
    halfConfig.steps = 6;
    auto c = BaselineTrainer::resume(halfConfig.outDir + "/latest.ckpt", *data, &halfConfig);
    ASSERT_TRUE(c.ok()) << c.error().message;
    ASSERT_TRUE((*c)->run().ok());
    EXPECT_TRUE(test::sameWeights(*(*a)->model().net("dae"), *(*c)->model().net("dae")));
    EXPECT_TRUE(test::sameWeights(*(*a)->model().ema("dae"), *(*c)->model().ema("dae")));
}

TEST(BaselineTraining, InitStartsTheSharedRolesFromAnotherModel)
{
    auto data = loadIdxDataset("mnist", test::mnistDir(), Split::Test);
    ASSERT_TRUE(data.ok());
    data->images = data->images.narrow(0, 0, 64).clone();
    BaselineTrainerConfig dae;
    dae.model = tinyBaseline(BaselineKind::Dae);
    dae.dataset = "mnist";
    dae.steps = 2;
    dae.batch = 8;
    dae.outDir = test::tempDir("baseline-init-dae");
    auto trained = BaselineTrainer::create(dae, *data);
    ASSERT_TRUE(trained.ok()) << trained.error().message;
    ASSERT_TRUE((*trained)->run().ok());
    const std::string shipped = dae.outDir + "/dae-shipped.ckpt";
    BaselineCheckpoint file;
    file.model = std::shared_ptr<BaselineModel>(&(*trained)->model(), [](BaselineModel*) {});
    ASSERT_TRUE(saveBaselineCheckpoint(shipped, file, /*shipped=*/true).ok());

    // DAED has the auto-encoder and an ε-network: the first comes from the file (its EMA
    // weights, in half precision), the second starts fresh, as without --init.
    BaselineTrainerConfig daed = dae;
    daed.model = tinyBaseline(BaselineKind::Daed);
    daed.outDir = test::tempDir("baseline-init-daed");
    daed.initFrom = shipped;
    auto warm = BaselineTrainer::create(daed, *data);
    ASSERT_TRUE(warm.ok()) << warm.error().message;
    auto loaded = loadBaselineCheckpoint(shipped);
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(test::sameWeights(*loaded->model->ema("dae"), *(*warm)->model().net("dae")));
    EXPECT_TRUE(test::sameWeights(*loaded->model->ema("dae"), *(*warm)->model().ema("dae")));
    daed.initFrom.clear();
    auto cold = BaselineTrainer::create(daed, *data);
    ASSERT_TRUE(cold.ok());
    EXPECT_FALSE(test::sameWeights(*loaded->model->ema("dae"), *(*cold)->model().net("dae")));
    EXPECT_TRUE(test::sameWeights(*(*cold)->model().net("eps"), *(*warm)->model().net("eps")));
    // The warm start is recorded in the run's settings, so a resume knows where it came from.
    FlatJson json;
    (*warm)->config().writeTo(json);
    EXPECT_EQ(json.string("init_from", ""), shipped);

    // Another width, or a model without a shared network, is refused by name.
    BaselineTrainerConfig wide = daed;
    wide.model.net.width = tinyBaseline(BaselineKind::Daed).net.width * 2;
    wide.initFrom = shipped;
    auto refused = BaselineTrainer::create(wide, *data);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("width"), std::string::npos) << refused.error().message;
    BaselineTrainerConfig ddpm = dae;
    ddpm.model = tinyBaseline(BaselineKind::Ddpm);
    ddpm.initFrom = shipped;
    auto unrelated = BaselineTrainer::create(ddpm, *data);
    ASSERT_FALSE(unrelated.ok());
    EXPECT_NE(unrelated.error().message.find("has no network"), std::string::npos) << unrelated.error().message;
}
