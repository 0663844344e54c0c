// metrics.jsonl: appends, and a follower that tolerates a partial last line.
#include "metrics_log.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>

using namespace dddg;

TEST(MetricsLog, FollowerReadsAppendedLinesAndWaitsForPartialOnes)
{
    auto path = test::tempDir("metrics") + "/metrics.jsonl";
    MetricsFollower follower(path);
    EXPECT_TRUE(follower.poll().empty()); // no file yet
    FlatJson line;
    line.set("step", 10);
    line.set("loss_d", 1.5);
    ASSERT_TRUE(appendMetricsLine(path, line).ok());
    auto first = follower.poll();
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].number("step", 0), 10);

    std::ofstream(path, std::ios::app) << "{\"step\":20,\"loss_d\":";
    EXPECT_TRUE(follower.poll().empty()); // partial: not yet
    std::ofstream(path, std::ios::app) << "1.25}\n{\"step\":30}\nnot json\n";
    auto next = follower.poll();
    ASSERT_EQ(next.size(), 2u);
    EXPECT_EQ(next[0].number("loss_d", 0), 1.25);
    EXPECT_EQ(next[1].number("step", 0), 30);
    EXPECT_EQ(follower.skippedLines(), 1);
}

TEST(MetricsLog, LinesStartWithTheSpecKeys)
{
    FlatJson line;
    line.set("r1", 0.1);
    line.set("step", 5);
    line.set("wall_s", 2.0);
    auto path = test::tempDir("metrics-order") + "/metrics.jsonl";
    ASSERT_TRUE(appendMetricsLine(path, line).ok());
    EXPECT_EQ(test::readBytes(path), "{\"step\":5,\"wall_s\":2,\"r1\":0.1}\n");
}

TEST(MetricsLog, ResumeCutsTheFileBackToTheCheckpoint)
{
    auto path = test::tempDir("metrics-cut") + "/metrics.jsonl";
    test::writeBytes(path, "{\"step\":1,\"loss_d\":1}\n{\"step\":2,\"loss_d\":1}\n{\"step\":2,\"fid_lenet\":9}\n"
                           "{\"step\":3,\"loss_d\":1}\n{\"step\":4,\"loss_d\":1}\n{\"step\":5,\"lo");
    ASSERT_TRUE(truncateMetricsAfter(path, 2).ok());
    EXPECT_EQ(test::readBytes(path), "{\"step\":1,\"loss_d\":1}\n{\"step\":2,\"loss_d\":1}\n{\"step\":2,\"fid_lenet\":9}\n");
    ASSERT_TRUE(truncateMetricsAfter(path, 10).ok()); // nothing past the checkpoint: unchanged
    EXPECT_EQ(test::readBytes(path), "{\"step\":1,\"loss_d\":1}\n{\"step\":2,\"loss_d\":1}\n{\"step\":2,\"fid_lenet\":9}\n");
    EXPECT_TRUE(truncateMetricsAfter(path + ".none", 3).ok()); // no file yet
}
