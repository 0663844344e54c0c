// FID (LeNet): the Fréchet distance against closed forms, the classifier file, the metric on
// real Fashion-MNIST with the shipped classifier, and the trainer's background evaluations.
#include "degradation.h"
#include "fid.h"
#include "lenet.h"
#include "metrics_log.h"
#include "test_support.h"
#include "trainer.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <thread>

#ifdef DDDG_HAVE_OPENCV
#include <opencv2/imgcodecs.hpp>
#endif

using namespace dddg;

namespace {

FeatureStats gaussian(std::vector<double> mean, std::vector<std::vector<double>> covariance)
{
    FeatureStats s;
    s.mean = torch::tensor(mean, torch::kFloat64);
    auto d = int64_t(mean.size());
    s.covariance = torch::empty({d, d}, torch::kFloat64);
    for (int64_t i = 0; i < d; ++i)
        for (int64_t j = 0; j < d; ++j) s.covariance[i][j] = covariance[size_t(i)][size_t(j)];
    s.count = 100;
    return s;
}

LeNet trainedLookingNet()
{
    torch::manual_seed(4);
    LeNet net(1, 10);
    net->train();
    net->forward(torch::randn({8, 1, 32, 32})); // moves the batch-norm running statistics
    net->eval();
    return net;
}

std::string savedClassifier(const std::string& name)
{
    auto net = trainedLookingNet();
    auto path = test::tempDir("classifier") + "/" + name;
    EXPECT_TRUE(saveClassifier(path, net, {"mnist", 1, 10, 0.975, 3}).ok());
    return path;
}

void expectClassifierLoadError(const std::string& path, const std::string& fragment)
{
    auto loaded = loadClassifier(path);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find(path), std::string::npos) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find(fragment), std::string::npos) << loaded.error().message;
}

Dataset firstImages(const std::string& name, const std::string& dir, Split split, int64_t n)
{
    auto data = loadIdxDataset(name, dir, split);
    EXPECT_TRUE(data.ok()) << data.error().message;
    Dataset d = *data;
    d.images = d.images.narrow(0, 0, n).clone();
    d.labels = d.labels.narrow(0, 0, n).clone();
    return d;
}

} // namespace

TEST(FidMath, CovarianceUsesTheUnbiasedDivisor)
{
    auto f = torch::tensor({0.0, 2.0, 4.0, 3.0, 1.0, 8.0}, torch::kFloat64).view({3, 2});
    auto stats = featureStatistics(f);
    EXPECT_EQ(stats.count, 3);
    // Rows (0, 2), (4, 3), (1, 8): Σ (x − x̄)(y − ȳ) / (N − 1), written out.
    double mx = 5.0 / 3.0, my = 13.0 / 3.0;
    EXPECT_DOUBLE_EQ(stats.mean[0].item<double>(), mx);
    EXPECT_DOUBLE_EQ(stats.mean[1].item<double>(), my);
    double xs[3] = {0, 4, 1}, ys[3] = {2, 3, 8};
    double sxx = 0, sxy = 0, syy = 0;
    for (int i = 0; i < 3; ++i) {
        sxx += (xs[i] - mx) * (xs[i] - mx);
        sxy += (xs[i] - mx) * (ys[i] - my);
        syy += (ys[i] - my) * (ys[i] - my);
    }
    EXPECT_NEAR(stats.covariance[0][0].item<double>(), sxx / 2, 1e-12);
    EXPECT_NEAR(stats.covariance[0][1].item<double>(), sxy / 2, 1e-12);
    EXPECT_NEAR(stats.covariance[1][0].item<double>(), sxy / 2, 1e-12);
    EXPECT_NEAR(stats.covariance[1][1].item<double>(), syy / 2, 1e-12);
}

TEST(FidMath, IdenticalStatisticsGiveZero)
{
    torch::manual_seed(1);
    auto stats = featureStatistics(torch::randn({400, 24}) * 3 + 1);
    EXPECT_NEAR(frechetDistance(stats, stats), 0.0, 1e-9);
    auto rankDeficient = featureStatistics(torch::randn({10, 128})); // N < D, as with few samples
    EXPECT_NEAR(frechetDistance(rankDeficient, rankDeficient), 0.0, 1e-8);
}

TEST(FidMath, OneDimensionalGaussiansMatchTheClosedForm)
{
    // d² = (μ1 − μ2)² + (σ1 − σ2)² in one dimension.
    double m1 = 1.5, s1 = 2.0, m2 = -0.5, s2 = 0.5;
    double fid = frechetDistance(gaussian({m1}, {{s1 * s1}}), gaussian({m2}, {{s2 * s2}}));
    EXPECT_NEAR(fid, (m1 - m2) * (m1 - m2) + (s1 - s2) * (s1 - s2), 1e-12);
}

TEST(FidMath, DiagonalGaussiansMatchTheClosedForm)
{
    torch::manual_seed(2);
    auto ma = torch::randn({6}, torch::kFloat64), mb = torch::randn({6}, torch::kFloat64);
    auto sa = torch::rand({6}, torch::kFloat64) + 0.1, sb = torch::rand({6}, torch::kFloat64) + 0.1;
    FeatureStats a{ma, torch::diag(sa * sa), 50}, b{mb, torch::diag(sb * sb), 50};
    double expected = (ma - mb).pow(2).sum().item<double>() + (sa - sb).pow(2).sum().item<double>();
    EXPECT_NEAR(frechetDistance(a, b), expected, 1e-10);
}

TEST(FidMath, NonCommutingCovariancesMatchTheTwoByTwoFormula)
{
    // For 2×2 matrices, Tr √M = √(Tr M + 2√det M), and Σa^½ Σb Σa^½ has Tr = Tr(Σa Σb),
    // det = det Σa · det Σb.
    auto a = gaussian({0.5, -1}, {{2, 1}, {1, 2}});
    auto b = gaussian({1, 1}, {{1, 0.3}, {0.3, 4}});
    double trAB = a.covariance.matmul(b.covariance).trace().item<double>();
    double detA = 3.0, detB = 4.0 - 0.09;
    double expected = 0.25 + 4.0 + 4.0 + 5.0 - 2.0 * std::sqrt(trAB + 2.0 * std::sqrt(detA * detB));
    EXPECT_NEAR(frechetDistance(a, b), expected, 1e-10);
    EXPECT_NEAR(frechetDistance(b, a), expected, 1e-10); // symmetric although Σa Σb ≠ Σb Σa
}

TEST(FidMath, PsdSqrtIsSymmetricAndClampsRoundingNegatives)
{
    auto m = torch::tensor({2.0, 1.0, 1.0, 2.0}, torch::kFloat64).view({2, 2});
    auto root = psdSqrt(m);
    double r3 = std::sqrt(3.0); // eigenvalues 3 and 1, eigenvectors (1, ±1)/√2
    auto expected = 0.5 * torch::tensor({r3 + 1, r3 - 1, r3 - 1, r3 + 1}, torch::kFloat64).view({2, 2});
    EXPECT_TRUE(torch::allclose(root, expected, 0, 1e-12)) << root;
    auto nearlyPsd = torch::tensor({4.0, 0.0, 0.0, -1e-12}, torch::kFloat64).view({2, 2});
    auto clamped = psdSqrt(nearlyPsd);
    EXPECT_FALSE(clamped.isnan().any().item<bool>());
    EXPECT_NEAR(clamped[0][0].item<double>(), 2.0, 1e-12);
    EXPECT_NEAR(clamped[1][1].item<double>(), 0.0, 1e-12);
    torch::manual_seed(3);
    auto f = torch::randn({30, 8}, torch::kFloat64);
    auto psd = f.t().matmul(f);
    auto r = psdSqrt(psd);
    EXPECT_TRUE(torch::allclose(r, r.t(), 0, 1e-12));
    EXPECT_TRUE(torch::allclose(r.matmul(r), psd, 1e-9, 1e-9));
}

TEST(Classifier, FileRoundTripRestoresWeightsAndHeader)
{
    auto path = savedClassifier("lenet.bin");
    EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
    EXPECT_LT(std::filesystem::file_size(path), 1u << 20);
    auto loaded = loadClassifier(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->info.dataset, "mnist");
    EXPECT_EQ(loaded->info.channels, 1);
    EXPECT_EQ(loaded->info.numClasses, 10);
    EXPECT_DOUBLE_EQ(loaded->info.testAccuracy, 0.975);
    EXPECT_EQ(loaded->info.epochs, 3);
    auto original = trainedLookingNet();
    EXPECT_TRUE(test::sameWeights(*original, *loaded->net));
    EXPECT_FALSE(loaded->net->is_training());
    auto x = torch::rand({5, 1, 32, 32}) * 2 - 1;
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(torch::equal(original->features(x), loaded->net->features(x)));
    EXPECT_EQ(loaded->net->features(x).size(1), LeNetImpl::kFeatureDim);
}

TEST(Classifier, OtherFramesRoundTripAndNameTheirFid)
{
    torch::manual_seed(3);
    LeNet net(3, 9, 64); // the emoji set's frame and classes
    net->eval();
    const std::string path = test::tempDir("classifier-frames") + "/lenet-emoji.bin";
    ASSERT_TRUE(saveClassifier(path, net, {"emoji", 3, 9, 0.5, 1, 64}).ok());
    auto loaded = loadClassifier(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->info.imageSize, 64);
    EXPECT_EQ(loaded->net->imageSize(), 64);
    EXPECT_EQ(fidMetricName(loaded->info), "FID (emoji classifier)");
    EXPECT_EQ(fidMetricName({"mnist", 1, 10, 0.99, 8, 32}), "FID (LeNet)");
    auto x = torch::rand({4, 3, 64, 64}) * 2 - 1;
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(torch::equal(net->features(x), loaded->net->features(x)));
    // A 64×64 image is read as its 2×2 block means: the network sees the same 32×32 picture.
    LeNet small(3, 9, 32);
    small->eval();
    for (size_t i = 0; i < net->parameters().size(); ++i) small->parameters()[i].copy_(net->parameters()[i]);
    for (size_t i = 0; i < net->buffers().size(); ++i) small->buffers()[i].copy_(net->buffers()[i]);
    EXPECT_TRUE(torch::allclose(net->features(x), small->features(torch::avg_pool2d(x, 2)), 1e-5, 1e-5));
    auto stats = lenetStatistics(loaded->net, x);
    ASSERT_TRUE(stats.ok()) << stats.error().message;
    auto wrong = lenetStatistics(loaded->net, torch::zeros({4, 3, 32, 32}));
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().message.find("[N, 3, 64, 64]"), std::string::npos) << wrong.error().message;
}

TEST(Classifier, BadFilesAreErrorsNamingTheFile)
{
    auto path = savedClassifier("good.bin");
    auto bytes = test::readBytes(path);
    auto dir = test::tempDir("classifier-bad");
    expectClassifierLoadError(dir + "/missing.bin", "does not exist");
    test::writeBytes(dir + "/foreign.bin", "\x89PNG\r\n\x1a\n not a classifier at all, just bytes");
    expectClassifierLoadError(dir + "/foreign.bin", "not a DDDG classifier");
    test::writeBytes(dir + "/truncated.bin", bytes.substr(0, bytes.size() / 2));
    expectClassifierLoadError(dir + "/truncated.bin", "truncated");
    test::writeBytes(dir + "/short.bin", bytes.substr(0, 12));
    expectClassifierLoadError(dir + "/short.bin", "truncated");
    auto corrupt = bytes;
    corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0x5a);
    test::writeBytes(dir + "/corrupt.bin", corrupt);
    expectClassifierLoadError(dir + "/corrupt.bin", "corrupt");
    auto newer = bytes;
    newer[8] = char(99);
    test::writeBytes(dir + "/newer.bin", newer);
    expectClassifierLoadError(dir + "/newer.bin", "newer");
}

TEST(Classifier, LoadingLeavesTheRandomStreamAlone)
{
    auto path = savedClassifier("rng.bin");
    torch::manual_seed(5);
    auto expected = torch::randn({16});
    torch::manual_seed(5);
    ASSERT_TRUE(loadClassifier(path).ok());
    EXPECT_TRUE(torch::equal(torch::randn({16}), expected));
}

TEST(Classifier, FindClassifierLooksInTheKnownPlaces)
{
    auto dir = test::tempDir("classifier-dir");
    EXPECT_FALSE(findClassifier("mnist", dir + "/none.bin").ok());
    test::writeBytes(dir + "/lenet-made-up-set.bin", "x");
    EXPECT_FALSE(findClassifier("made-up-set").ok());
    ::setenv("DDDG_CLASSIFIER_DIR", dir.c_str(), 1);
    auto found = findClassifier("made-up-set");
    ::unsetenv("DDDG_CLASSIFIER_DIR");
    ASSERT_TRUE(found.ok()) << found.error().message;
    EXPECT_EQ(std::filesystem::path(*found), std::filesystem::path(dir) / "lenet-made-up-set.bin");
    auto missing = findClassifier("another-made-up-set");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("dddg classifier --dataset another-made-up-set"), std::string::npos)
        << missing.error().message;
}

TEST(Classifier, GaussianBlurIsTheDegradationsBlur)
{
    torch::manual_seed(6);
    auto x = torch::rand({3, 1, 32, 32}) * 2 - 1;
    DegradationConfig config;
    Degradation degradation(config);
    for (int64_t t = 1; t < config.tMax; ++t)
        EXPECT_TRUE(torch::equal(gaussianBlur(x, degradation.sigma(t)), degradation.reduce(x, t))) << "t = " << t;
    EXPECT_TRUE(torch::equal(gaussianBlur(x, 0), x));
}

TEST(FidLenet, ShippedClassifierRanksBlurredImagesAsExpected)
{
    auto path = findClassifier("fashion-mnist");
    ASSERT_TRUE(path.ok()) << path.error().message;
    auto classifier = loadClassifier(*path);
    ASSERT_TRUE(classifier.ok()) << classifier.error().message;
    EXPECT_GE(classifier->info.testAccuracy, 0.89);
    auto train = firstImages("fashion-mnist", test::fashionMnistDir(), Split::Train, 2000);
    auto testSplit = firstImages("fashion-mnist", test::fashionMnistDir(), Split::Test, 2000);
    auto reference = lenetStatistics(classifier->net, train.images);
    ASSERT_TRUE(reference.ok()) << reference.error().message;
    std::vector<double> fids;
    for (double sigma : {0.0, 1.0, 2.0, 3.0}) {
        auto fid = fidLenet(classifier->net, gaussianBlur(testSplit.images, sigma), *reference);
        ASSERT_TRUE(fid.ok()) << fid.error().message;
        fids.push_back(*fid);
    }
    // Held-out real images look like the train split; blur moves them away, more with σ.
    EXPECT_LT(fids[0] * 5, fids[1]) << fids[0] << " vs " << fids[1];
    EXPECT_LT(fids[1], fids[2]);
    EXPECT_LT(fids[2], fids[3]);
}

TEST(FidLenet, ProgressReportsAndCancels)
{
    auto net = trainedLookingNet();
    auto images = torch::rand({10, 1, 32, 32}) * 2 - 1;
    std::vector<int64_t> seen;
    auto stats = lenetStatistics(net, images, [&seen](int64_t done, int64_t total) {
        EXPECT_EQ(total, 10);
        seen.push_back(done);
        return true;
    }, 4);
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(seen, (std::vector<int64_t>{4, 8, 10}));
    int calls = 0;
    auto cancelled = lenetStatistics(net, images, [&calls](int64_t, int64_t) { return ++calls < 2; }, 4);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().message, kFidCancelled);
    EXPECT_EQ(calls, 2);
}

TEST(FidLenet, ImagesThatDoNotFitAreErrors)
{
    auto net = trainedLookingNet();
    auto stats = featureStatistics(torch::randn({20, LeNetImpl::kFeatureDim}));
    auto wrongSize = fidLenet(net, torch::zeros({4, 1, 28, 28}), stats);
    ASSERT_FALSE(wrongSize.ok());
    EXPECT_NE(wrongSize.error().message.find("32, 32"), std::string::npos) << wrongSize.error().message;
    EXPECT_FALSE(fidLenet(net, torch::zeros({4, 3, 32, 32}), stats).ok());
    EXPECT_FALSE(fidLenet(net, torch::zeros({1, 1, 32, 32}), stats).ok()); // one image has no covariance
}

namespace {

struct FidRecorder : TrainingObserver {
    std::vector<int64_t> started, finished, skipped, failed;
    std::vector<std::string> messages;
    std::string metric;
    const std::atomic<bool>* stopFlag = nullptr;
    void onFidMetric(const std::string& name) override { metric = name; }
    std::atomic<bool>* stopOnStart = nullptr;
    void onFidStarted(int64_t step) override
    {
        started.push_back(step);
        if (stopOnStart) *stopOnStart = true;
    }
    void onFidFinished(int64_t step, double) override { finished.push_back(step); }
    void onFidSkipped(int64_t step, int64_t) override { skipped.push_back(step); }
    void onFidFailed(int64_t step, const std::string& message) override
    {
        failed.push_back(step);
        messages.push_back(message);
    }
};

TrainerConfig fidTraining(const std::string& out, int64_t steps, int64_t fidEvery)
{
    TrainerConfig c;
    c.model = test::tinyConfig(DegradationKind::Blur, 4, 10);
    c.dataset = "fashion-mnist";
    c.dataDir = test::fashionMnistDir();
    c.outDir = out;
    c.cycles = steps;
    c.batch = 4;
    c.seed = 8;
    c.checkpointEvery = 0;
    c.logEvery = 1;
    c.fidEvery = fidEvery;
    c.fidSamples = 40;
    return c;
}

Dataset trainSubset() { return firstImages("fashion-mnist", test::fashionMnistDir(), Split::Train, 256); }

size_t threadCount()
{
    size_t n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/task")) ++n;
    return n;
}

} // namespace

TEST(TrainerFid, WritesFidLinesInTheBackgroundAndLeavesNoThread)
{
    auto out = test::tempDir("train-fid");
    auto trainer = Trainer::create(fidTraining(out, 6, 2), trainSubset());
    ASSERT_TRUE(trainer.ok()) << trainer.error().message;
    auto& t = **trainer;
    EXPECT_EQ(t.nextFidStep(), 2);
    torch::ones({1 << 22}).add(1).sum(); // the training thread's OpenMP helpers exist from here on
    const size_t threadsBefore = threadCount();
    FidRecorder recorder;
    ASSERT_TRUE(t.run(&recorder).ok());
    EXPECT_EQ(t.runningFidStep(), -1);
    EXPECT_EQ(t.nextFidStep(), -1); // the run is over
    EXPECT_TRUE(recorder.failed.empty()) << (recorder.messages.empty() ? "" : recorder.messages[0]);
    EXPECT_EQ(recorder.started, recorder.finished); // every evaluation that began was reported
    ASSERT_FALSE(recorder.finished.empty());
    std::set<int64_t> due;
    for (int64_t s : recorder.started) due.insert(s);
    for (int64_t s : recorder.skipped) EXPECT_TRUE(due.insert(s).second) << s; // skipped, not also run
    EXPECT_EQ(due, (std::set<int64_t>{2, 4, 6}));

    MetricsFollower follower(t.metricsPath());
    std::vector<int64_t> fidSteps;
    for (const auto& line : follower.poll()) {
        if (!line.has("fid_lenet")) continue;
        fidSteps.push_back(int64_t(line.number("step", -1)));
        EXPECT_TRUE(line.has("wall_s"));
        double fid = line.number("fid_lenet", NAN);
        EXPECT_TRUE(std::isfinite(fid) && fid > 0) << fid;
    }
    EXPECT_EQ(fidSteps, recorder.finished);
    // The FID thread (and any helper threads it started) is gone once run() returns.
    size_t threadsAfter = threadCount();
    for (int i = 0; i < 100 && threadsAfter > threadsBefore; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        threadsAfter = threadCount();
    }
    EXPECT_LE(threadsAfter, threadsBefore);
}

#ifdef DDDG_HAVE_OPENCV
TEST(TrainerFid, AnUnlabelledFolderIsScoredWithSwd)
{
    // No classifier can exist for a folder without classes: the monitor measures SWD instead.
    auto folder = test::tempDir("swd-folder");
    torch::manual_seed(5);
    for (int i = 0; i < 30; ++i) {
        auto pixels = (torch::rand({32, 32}) * 255).to(torch::kUInt8).contiguous();
        cv::Mat image(32, 32, CV_8UC1, pixels.data_ptr<uint8_t>());
        ASSERT_TRUE(cv::imwrite(folder + "/img" + std::to_string(i) + ".png", image));
    }
    auto config = fidTraining(test::tempDir("train-swd"), 4, 2);
    config.dataset = folder;
    config.dataDir.clear();
    auto trainer = Trainer::create(config, trainSubset());
    ASSERT_TRUE(trainer.ok()) << trainer.error().message;
    FidRecorder recorder;
    ASSERT_TRUE((*trainer)->run(&recorder).ok());
    EXPECT_TRUE(recorder.failed.empty()) << (recorder.messages.empty() ? "" : recorder.messages[0]);
    EXPECT_EQ(recorder.metric, "SWD (network-free)");
    ASSERT_FALSE(recorder.finished.empty());
    MetricsFollower follower((*trainer)->metricsPath());
    std::vector<int64_t> swdSteps;
    for (const auto& line : follower.poll()) {
        EXPECT_FALSE(line.has("fid_lenet"));
        if (!line.has("swd")) continue;
        swdSteps.push_back(int64_t(line.number("step", -1)));
        const double swd = line.number("swd", NAN);
        EXPECT_TRUE(std::isfinite(swd) && swd > 0) << swd;
    }
    EXPECT_EQ(swdSteps, recorder.finished);
}
#endif

TEST(TrainerFid, ScoringDoesNotChangeWhatTrainingLearns)
{
    // Both draw from the one default generator: create and run them one after the other.
    auto plain = Trainer::create(fidTraining(test::tempDir("train-nofid"), 4, 0), trainSubset());
    ASSERT_TRUE(plain.ok());
    ASSERT_TRUE((*plain)->run().ok());
    auto scored = Trainer::create(fidTraining(test::tempDir("train-withfid"), 4, 1), trainSubset());
    ASSERT_TRUE(scored.ok());
    FidRecorder recorder;
    ASSERT_TRUE((*scored)->run(&recorder).ok());
    EXPECT_FALSE(recorder.started.empty()); // FID really ran alongside
    EXPECT_EQ(recorder.metric, "FID (LeNet)");
    EXPECT_TRUE(test::sameWeights(*(*plain)->model().g, *(*scored)->model().g));
    EXPECT_TRUE(test::sameWeights(*(*plain)->model().dEma, *(*scored)->model().dEma));
}

TEST(TrainerFid, MissingClassifierIsReportedAndTrainingGoesOn)
{
    auto config = fidTraining(test::tempDir("train-fid-missing"), 3, 1);
    config.classifierPath = config.outDir + "/no-such-classifier.bin";
    auto trainer = Trainer::create(config, trainSubset());
    ASSERT_TRUE(trainer.ok());
    FidRecorder recorder;
    ASSERT_TRUE((*trainer)->run(&recorder).ok());
    EXPECT_EQ((*trainer)->step(), 3);
    ASSERT_EQ(recorder.failed.size(), 1u);
    EXPECT_NE(recorder.messages[0].find("no-such-classifier.bin"), std::string::npos) << recorder.messages[0];
    EXPECT_TRUE(recorder.started.empty());
    EXPECT_EQ((*trainer)->nextFidStep(), -1);
}

TEST(TrainerFid, StoppingCancelsTheRunningEvaluation)
{
    auto trainer = Trainer::create(fidTraining(test::tempDir("train-fid-stop"), 50, 1), trainSubset());
    ASSERT_TRUE(trainer.ok());
    std::atomic<bool> stop{false};
    FidRecorder recorder;
    recorder.stopOnStart = &stop;
    ASSERT_TRUE((*trainer)->run(&recorder, &stop).ok());
    EXPECT_EQ((*trainer)->step(), 1);
    ASSERT_EQ(recorder.started, (std::vector<int64_t>{1}));
    // The evaluation ends either way: cancelled (usual) or, on a very fast machine, done.
    EXPECT_EQ(recorder.failed.size() + recorder.finished.size(), 1u);
    if (!recorder.failed.empty()) {
        EXPECT_EQ(recorder.messages[0], kFidCancelled);
    }
    EXPECT_EQ((*trainer)->runningFidStep(), -1);
}
