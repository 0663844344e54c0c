// Checkpoints: complete round trip and every way a file can be wrong.
#include "checkpoint.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>

using namespace dddg;

namespace {
Checkpoint makeCheckpoint()
{
    torch::manual_seed(17);
    Checkpoint c;
    auto config = test::tinyConfig(DegradationKind::Pool, 5, 4);
    config.writeTo(c.config);
    c.config.set("dataset", "mnist");
    c.model = std::make_shared<DddgModel>(config);
    c.model->scale.update(2, torch::randn({4, 8}) * 3);
    torch::NoGradGuard noGrad;
    for (auto& p : c.model->gEma->parameters()) p.mul_(0.5); // EMA differs from live weights
    c.step = 1234;
    c.trainerState = std::string("opaque\0bytes", 12);
    return c;
}

std::string savedFile(const std::string& name)
{
    auto path = test::tempDir("ckpt") + "/" + name;
    EXPECT_TRUE(saveCheckpoint(path, makeCheckpoint()).ok());
    return path;
}

void expectLoadError(const std::string& path, const std::string& fragment)
{
    auto loaded = loadCheckpoint(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find(path), std::string::npos) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find(fragment), std::string::npos) << loaded.error().message;
}
} // namespace

TEST(Checkpoint, RoundTripRestoresEverything)
{
    auto original = makeCheckpoint();
    auto path = test::tempDir("ckpt-rt") + "/model.ckpt";
    ASSERT_TRUE(saveCheckpoint(path, original).ok());
    EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
    auto loaded = loadCheckpoint(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->step, 1234);
    EXPECT_EQ(loaded->trainerState, original.trainerState);
    EXPECT_EQ(loaded->config.string("dataset", ""), "mnist");
    const auto& c = loaded->model->config();
    EXPECT_EQ(c.tMax(), 5);
    EXPECT_EQ(c.numClasses, 4);
    EXPECT_EQ(c.degradation.kind, DegradationKind::Pool);
    EXPECT_DOUBLE_EQ(c.degradation.constant, -0.4);
    EXPECT_TRUE(test::sameWeights(*loaded->model->g, *original.model->g));
    EXPECT_TRUE(test::sameWeights(*loaded->model->gEma, *original.model->gEma));
    EXPECT_TRUE(test::sameWeights(*loaded->model->d, *original.model->d));
    EXPECT_TRUE(test::sameWeights(*loaded->model->dEma, *original.model->dEma));
    EXPECT_FALSE(test::sameWeights(*loaded->model->g, *loaded->model->gEma));
    EXPECT_TRUE(torch::equal(loaded->model->scale.variance(), original.model->scale.variance()));
}

TEST(Checkpoint, MissingFileIsAnError) { expectLoadError("/nonexistent/dir/model.ckpt", "does not exist"); }

TEST(Checkpoint, ForeignFileIsRefused)
{
    auto path = test::tempDir("ckpt-foreign") + "/foreign.ckpt";
    test::writeBytes(path, "PK\x03\x04 this is a zip, not ours");
    expectLoadError(path, "not a DDDG checkpoint");
}

TEST(Checkpoint, TruncatedFileIsRefused)
{
    auto path = savedFile("truncated.ckpt");
    auto bytes = test::readBytes(path);
    for (size_t keep : {size_t(10), size_t(30), bytes.size() / 2, bytes.size() - 1}) {
        test::writeBytes(path, bytes.substr(0, keep));
        expectLoadError(path, "truncated");
    }
}

TEST(Checkpoint, FlippedByteIsDetected)
{
    auto path = savedFile("corrupt.ckpt");
    auto bytes = test::readBytes(path);
    bytes[bytes.size() / 2] ^= 0x5a;
    test::writeBytes(path, bytes);
    expectLoadError(path, "corrupt");
}

TEST(Checkpoint, NewerFormatIsRefused)
{
    auto path = savedFile("newer.ckpt");
    auto bytes = test::readBytes(path);
    bytes[8] = char(kCheckpointVersion + 1);
    test::writeBytes(path, bytes);
    expectLoadError(path, "newer");
}

TEST(Checkpoint, UnwritableDestinationIsAnError)
{
    auto status = saveCheckpoint("/nonexistent/dir/model.ckpt", makeCheckpoint());
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("/nonexistent/dir"), std::string::npos);
}

TEST(Checkpoint, TensorsThatDoNotMatchTheConfigAreRefused)
{
    auto dir = test::tempDir("ckpt-shapes");
    Checkpoint c;
    c.model = std::make_shared<DddgModel>(test::tinyConfig());
    ASSERT_TRUE(saveCheckpoint(dir + "/a.ckpt", c).ok());
    auto contents = readCheckpointContainer(dir + "/a.ckpt");
    ASSERT_TRUE(contents.ok());
    contents->header.set("embed_dim", 12L); // the header now promises other shapes than the file holds
    test::writeBytes(dir + "/b.ckpt", packContainer(checkpointKind(), kCheckpointVersion, contents->header, {}, contents->payload));
    auto loaded = loadCheckpoint(dir + "/b.ckpt");
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find("has shape"), std::string::npos) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find(dir + "/b.ckpt"), std::string::npos);
}
