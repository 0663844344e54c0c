// Data-parallel training (SPEC §9) through the real launcher: `dddg train --nproc 2` with
// global batch B takes the steps one process takes with batch B and the same seed, for
// DDDG and for a baseline, and a run resumes with another process count.
#include "baseline_model.h"
#include "checkpoint.h"
#include "data_parallel.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>
#include <fstream>
#include <sys/wait.h>

#ifdef DDDG_HAVE_C10D
namespace dddg {
namespace {

/// Runs `dddg train` on MNIST with `args`; its exit code (output kept in RUN.log).
int train(const std::string& out, const std::string& args)
{
    const std::string command = std::string(DDDG_CLI_BIN) + " train --dataset mnist --data-dir " + test::mnistDir() +
                                " --out " + out + " " + args + " > " + out + ".log 2>&1";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string logOf(const std::string& out) { return test::readBytes(out + ".log"); }

std::vector<torch::Tensor> dddgTensors(const std::string& out)
{
    auto loaded = loadCheckpoint(out + "/latest.ckpt");
    EXPECT_TRUE(loaded.ok()) << loaded.error().message;
    return modelTensors(*loaded->model);
}

std::vector<torch::Tensor> baselineTensors(const std::string& out)
{
    auto loaded = loadBaselineCheckpoint(out + "/latest.ckpt");
    EXPECT_TRUE(loaded.ok()) << loaded.error().message;
    return modelTensors(*loaded->model);
}

/// The share of weight elements that differ by more than `tolerance` between two runs.
double shareDiffering(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b, double tolerance = 1e-5)
{
    EXPECT_EQ(a.size(), b.size());
    int64_t differing = 0, total = 0;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        differing += ((a[i].to(torch::kDouble) - b[i].to(torch::kDouble)).abs() > tolerance).sum().item<int64_t>();
        total += a[i].numel();
    }
    return double(differing) / double(std::max<int64_t>(1, total));
}

// Float rounding of the averaged gradients (another summation order) leaves almost every
// weight within 1e-5 after a few steps (a GAN is chaotic: over tens of steps the rounding
// grows into visibly different weights, so the runs stay short). A few may differ more: Adam divides a gradient by
// its own size, so where the true gradient is rounding-level it moves by up to lr either
// way. Another seed changes nearly every weight.
constexpr double kSameRun = 0.01, kOtherRun = 0.5;

const std::string kDddg = "--steps 4 --batch 8 --width 4 --tmax 3 --dz 4 --conditional --log-every 3 --dist-timeout 30";

TEST(DistributedTraining, TwoRanksTakeTheStepsOfOneProcess)
{
    const auto dir = test::tempDir("dist-dddg");
    ASSERT_EQ(train(dir + "/one", kDddg + " --seed 3"), 0) << logOf(dir + "/one");
    ASSERT_EQ(train(dir + "/two", kDddg + " --seed 3 --nproc 2"), 0) << logOf(dir + "/two");
    ASSERT_EQ(train(dir + "/other", kDddg + " --seed 4"), 0) << logOf(dir + "/other");
    const auto one = dddgTensors(dir + "/one"), two = dddgTensors(dir + "/two");
    EXPECT_LT(shareDiffering(one, two), kSameRun);
    EXPECT_GT(shareDiffering(one, dddgTensors(dir + "/other")), kOtherRun);
    // Rank 0 alone wrote the metrics, with the world size and the time in collectives.
    const auto metrics = test::readBytes(dir + "/two/metrics.jsonl");
    EXPECT_NE(metrics.find("\"world_size\":2"), std::string::npos) << metrics;
    EXPECT_NE(metrics.find("\"comm_s\":"), std::string::npos);
    EXPECT_EQ(std::count(metrics.begin(), metrics.end(), '\n'), 2) << metrics; // steps 3 and 4
    EXPECT_NE(logOf(dir + "/two").find("(2 processes)"), std::string::npos) << logOf(dir + "/two");
}

TEST(DistributedTraining, BaselineTwoRanksTakeTheStepsOfOneProcess)
{
    const auto dir = test::tempDir("dist-baseline");
    const std::string args = "--method daed --steps 4 --batch 8 --width 8 --log-every 2 --dist-timeout 30";
    ASSERT_EQ(train(dir + "/one", args + " --seed 5"), 0) << logOf(dir + "/one");
    ASSERT_EQ(train(dir + "/two", args + " --seed 5 --nproc 2"), 0) << logOf(dir + "/two");
    ASSERT_EQ(train(dir + "/other", args + " --seed 6"), 0) << logOf(dir + "/other");
    const auto one = baselineTensors(dir + "/one");
    EXPECT_LT(shareDiffering(one, baselineTensors(dir + "/two")), kSameRun);
    EXPECT_GT(shareDiffering(one, baselineTensors(dir + "/other")), kOtherRun);
}

TEST(DistributedTraining, ResumesWithAnotherProcessCount)
{
    const auto dir = test::tempDir("dist-resume");
    const std::string base = "--batch 8 --width 4 --tmax 3 --dz 4 --log-every 2 --seed 7 --dist-timeout 30";
    // A run of two processes continued by one ends where one process alone ends.
    ASSERT_EQ(train(dir + "/straight", base + " --steps 4"), 0) << logOf(dir + "/straight");
    ASSERT_EQ(train(dir + "/split", base + " --steps 2 --nproc 2"), 0) << logOf(dir + "/split");
    ASSERT_EQ(train(dir + "/split", base + " --steps 4 --resume"), 0) << logOf(dir + "/split");
    EXPECT_LT(shareDiffering(dddgTensors(dir + "/straight"), dddgTensors(dir + "/split")), kSameRun);
    const auto metrics = test::readBytes(dir + "/split/metrics.jsonl");
    EXPECT_NE(metrics.find("\"step\":2,"), std::string::npos);
    EXPECT_NE(metrics.find("\"step\":4,"), std::string::npos);
    EXPECT_NE(metrics.find("\"world_size\":1"), std::string::npos) << metrics;
    EXPECT_NE(metrics.find("\"world_size\":2"), std::string::npos) << metrics;
}

} // namespace
} // namespace dddg
#endif
