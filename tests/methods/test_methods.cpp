// The restoration seam and its methods: registry, shapes and ranges, Cold Diffusion's two
// samplers with an oracle, DIP's fit, cancellation, and the comparison files read back.
#include "checkpoint.h"
#include "comparison.h"
#include "comparison_export.h"
#include "image_file.h"
#include "image_metrics.h"
#include "method_registry.h"
#include "methods/cross_median.h"
#include "methods/dip_fit.h"
#include "methods/likelihood_step.h"
#include "methods/method_support.h"
#include "tensor_export.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <set>
#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace dddg;

namespace {

DegradationSpec noiseSpec(double sigma)
{
    DegradationSpec spec;
    spec.kind = DamageKind::Noise;
    spec.sigma = sigma;
    return spec;
}

DegradationSpec blurSpec(int64_t level, DamageKind kind = DamageKind::Blur)
{
    DegradationSpec spec;
    spec.kind = kind;
    spec.level = level;
    return spec;
}

torch::Tensor mnistTest(int64_t n)
{
    auto data = loadIdxDataset("mnist", test::mnistDir(), Split::Test);
    EXPECT_TRUE(data.ok()) << data.error().message;
    return data->images.narrow(0, 0, n).clone();
}

/// A models folder holding untrained (but valid) baseline and DDDG files for `dataset`: the
/// methods run end to end without anything being trained in a test.
std::string untrainedModels(const std::string& dataset)
{
    static std::map<std::string, std::string> made;
    if (made.count(dataset)) return made[dataset];
    auto dir = test::tempDir("models-" + dataset);
    torch::manual_seed(0);
    auto save = [&](BaselineConfig config) {
        config.net.width = 8;
        config.dataset = dataset;
        BaselineCheckpoint checkpoint;
        checkpoint.model = std::make_shared<BaselineModel>(config);
        EXPECT_TRUE(saveBaselineCheckpoint(dir + "/" + config.modelName() + "-" + dataset + ".ckpt", checkpoint, true).ok());
    };
    BaselineConfig ddpm;
    save(ddpm);
    ddpm.schedule = ScheduleKind::Cosine;
    save(ddpm);
    BaselineConfig daed;
    daed.kind = BaselineKind::Daed;
    daed.schedule = ScheduleKind::LinearCombine;
    save(daed);
    BaselineConfig cold;
    cold.kind = BaselineKind::Cold;
    save(cold);
    cold.degradation.kind = DegradationKind::Pool;
    save(cold);
    cold.degradation.kind = DegradationKind::Inpaint;
    save(cold);
    Checkpoint dddgFile;
    dddgFile.model = std::make_shared<DddgModel>(test::tinyConfig(DegradationKind::Blur, 6, 10));
    EXPECT_TRUE(saveCheckpoint(dir + "/dddg-" + dataset + ".ckpt", dddgFile).ok());
    return made[dataset] = dir;
}

MethodContext context(const std::string& models)
{
    auto c = makeMethodContext("mnist", test::mnistDir(), models, torch::kCPU, 16);
    EXPECT_TRUE(c.ok()) << c.error().message;
    return *c;
}

} // namespace

TEST(Registry, ListsEveryMethodOfTheField)
{
    const std::vector<std::string> expected{"ddpm-linear", "ddpm-cosine", "dip", "tdpm-dip-0", "tdpm-dip-5", "tdpm-dip-10", "tdpm-dip-50",
                                            "dae", "daed", "cold-naive", "cold-tacos", "cold-direct", "diffpir", "ddrm", "dddg", "dddg-refine",
                                            "gaussian", "median", "bilateral", "nlm", "wiener", "inpaint-telea", "inpaint-ns", "bicubic"};
    EXPECT_EQ(methodNames(), expected);
    auto all = parseMethodList("all");
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, expected);
    auto some = parseMethodList("nlm,dip,nlm");
    ASSERT_TRUE(some.ok());
    EXPECT_EQ(*some, (std::vector<std::string>{"nlm", "dip"}));
    auto bad = parseMethodList("nlm,bm3d");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("unknown method 'bm3d'"), std::string::npos);
    EXPECT_NE(bad.error().message.find("cold-tacos"), std::string::npos); // the valid names are listed
}

TEST(Registry, EveryEntryDeclaresWhatItUndoesAndMethodsAreMadeOnce)
{
    for (const auto& entry : methodRegistry()) {
        EXPECT_NE(entry.undoes & (kUndoesAny | kUndoesInpaint), 0) << entry.name;
        EXPECT_FALSE(entry.summary.empty()) << entry.name;
        EXPECT_TRUE(entry.create) << entry.name;
    }
    MethodSet methods(context(untrainedModels("mnist")));
    auto first = methods.check("dae", noiseSpec(25));
    ASSERT_TRUE(first.applies()) << first.reason;
    EXPECT_EQ(methods.check("dae", noiseSpec(50)).method, first.method); // kept, not made again
    // The entry's damage kinds decide before any model is made: a denoiser on blur, pool.
    EXPECT_EQ(methods.check("nlm", blurSpec(3)).reason, "a denoising method; it does not deblur");
    EXPECT_EQ(methods.check("nlm", blurSpec(2, DamageKind::Pool)).reason, "a denoising method; it does not deblur");
    EXPECT_EQ(methods.check("wiener", noiseSpec(25)).reason, "a deblurring method; it does not denoise");
    EXPECT_FALSE(methods.check("no-such-method", noiseSpec(25)).applies());
}

TEST(Registry, MissingModelNamesTheCommandThatTrainsIt)
{
    // A dataset name nothing is shipped for, so no search root can hold its model.
    MethodContext c = context(test::tempDir("no-models"));
    c.models = std::make_shared<ModelStore>("digits-nobody-trained", test::tempDir("no-models-either"));
    MethodUnavailable why;
    auto method = findMethod("ddpm-cosine")->create(c, why);
    ASSERT_FALSE(method);
    EXPECT_TRUE(why.missingModel);
    EXPECT_NE(why.reason.find("dddg train --method ddpm --schedule cosine --dataset digits-nobody-trained"), std::string::npos) << why.reason;
    // Through the one decision: not applicable because the model is missing, with the same reason.
    MethodSet methods(c);
    auto verdict = methods.check("ddpm-cosine", noiseSpec(25));
    EXPECT_FALSE(verdict.applies());
    EXPECT_TRUE(verdict.missingModel);
    EXPECT_EQ(verdict.reason, why.reason);
}

TEST(Methods, EveryMethodKeepsTheShapeAndStaysInRange)
{
    auto c = context(untrainedModels("mnist"));
    auto clean = mnistTest(3);
    RestoreOptions options;
    options.dipIterations = 5;
    options.keepStates = 3;
    MethodSet methods(c);
    auto inpaint = blurSpec(50, DamageKind::Inpaint);
    inpaint.measurement = {12.75, true};
    auto sr = *degradationSpec("sr", 25, 4, 6, 0, {2.55, false});
    std::set<std::string> ran;
    for (const auto& spec : {noiseSpec(25), blurSpec(3), blurSpec(2, DamageKind::Pool), inpaint, sr}) {
        auto degraded = applyDegradation(clean, spec, 7);
        for (const auto& entry : methodRegistry()) {
            MethodUnavailable why;
            ASSERT_TRUE(entry.create(c, why)) << entry.name << ": " << why.reason;
            const MethodVerdict verdict = methods.check(entry.name, spec);
            if (!verdict.applies()) continue;
            RestorationMethod* method = verdict.method;
            EXPECT_EQ(method->name(), entry.name);
            auto result = method->restore(degraded, spec, options, {});
            ASSERT_TRUE(result.ok()) << entry.name << " on " << spec.label() << ": " << result.error().message;
            EXPECT_EQ(result->restored.sizes(), clean.sizes()) << entry.name;
            EXPECT_GE(result->restored.min().item<float>(), -1.0f) << entry.name;
            EXPECT_LE(result->restored.max().item<float>(), 1.0f) << entry.name;
            EXPECT_TRUE(torch::isfinite(result->restored).all().item<bool>()) << entry.name;
            EXPECT_EQ(result->nfe, method->nfe(spec, options)) << entry.name << " on " << spec.label();
            EXPECT_EQ(result->states.size(), result->stateLabels.size()) << entry.name;
            for (const auto& state : result->states) EXPECT_EQ(state.sizes(), clean.sizes()) << entry.name;
            ran.insert(entry.name + "/" + toString(spec.kind));
        }
    }
    for (const char* done : {"diffpir/inpaint", "ddrm/pool", "diffpir/blur", "inpaint-telea/inpaint", "bicubic/pool", "cold-tacos/inpaint", "dip/inpaint"})
        EXPECT_TRUE(ran.count(done)) << done << " never ran";
}

TEST(Methods, ApplicabilityFollowsTheDegradation)
{
    auto c = context(untrainedModels("mnist"));
    auto noise = noiseSpec(50), blur = blurSpec(3);
    MethodSet methods(c);
    for (const char* name : {"cold-naive", "cold-tacos", "wiener"}) {
        ASSERT_TRUE(methods.check(name, blur).method) << name;
        EXPECT_FALSE(methods.check(name, noise).reason.empty()) << name;
        EXPECT_TRUE(methods.check(name, blur).reason.empty()) << name;
    }
    for (const char* name : {"ddpm-linear", "ddpm-cosine", "dae", "daed", "tdpm-dip-5", "nlm", "gaussian"}) {
        ASSERT_TRUE(methods.check(name, noise).method) << name;
        EXPECT_TRUE(methods.check(name, noise).reason.empty()) << name;
        EXPECT_FALSE(methods.check(name, blur).reason.empty()) << name;
    }
}

TEST(ColdDiffusion, OracleRestorerRecoversTheImageWithBothSamplers)
{
    auto x0 = mnistTest(4);
    for (const auto& spec : {blurSpec(1), blurSpec(3), blurSpec(2, DamageKind::Pool)}) {
        ColdSchedule schedule(spec, 0.3);
        ASSERT_GT(schedule.steps(), 1);
        // The schedule's start step is the degraded input itself.
        ASSERT_TRUE(torch::allclose(schedule.degrade(x0, schedule.steps()), applyDegradation(x0, spec, 0), 1e-6, 1e-6));
        Restorer oracle = [&x0](const torch::Tensor&, double) { return x0; };
        for (bool tacos : {false, true}) {
            Restoration out;
            auto restored = *coldSample(oracle, schedule, applyDegradation(x0, spec, 0), tacos, {}, {}, out);
            EXPECT_LT((restored - x0).abs().max().item<double>(), 1e-4) << spec.label() << (tacos ? " tacos" : " naive");
        }
    }
}

TEST(ColdDiffusion, TacosCancelsMostOfASlightlyWrongRestorer)
{
    auto x0 = mnistTest(8);
    auto spec = blurSpec(3);
    ColdSchedule schedule(spec, 0.3);
    torch::manual_seed(5);
    // A smooth error (a slight bias plus low-frequency wobble), the kind a trained restorer
    // makes and the blur keeps: TACoS cancels it, naive sampling passes it on.
    auto error = 0.03 + gaussianBlur(0.3 * torch::randn_like(x0), 2.0);
    Restorer wrong = [&](const torch::Tensor&, double) { return x0 + error; };
    double mse[2];
    for (bool tacos : {false, true}) {
        Restoration out;
        auto restored = *coldSample(wrong, schedule, applyDegradation(x0, spec, 0), tacos, {}, {}, out);
        mse[tacos] = (restored - x0).pow(2).mean().item<double>();
    }
    EXPECT_LT(mse[1], 0.5 * mse[0]) << "naive " << mse[0] << ", TACoS " << mse[1];
}

TEST(Dip, FitToTheNoisyTargetImprovesOverIterations)
{
    auto clean = mnistTest(2);
    auto spec = noiseSpec(25);
    auto noisy = applyDegradation(clean, spec, 1);
    DipOptions options;
    options.iterations = 120;
    options.useEma = false;
    auto fitted = fitDip(noisy, spec, options, 0, 6, {});
    ASSERT_FALSE(fitted.cancelled());
    const DipFit& fit = *fitted;
    ASSERT_EQ(fit.states.size(), 6u);
    auto mseOf = [&](const torch::Tensor& x) { return (x - noisy.clamp(-1, 1)).pow(2).mean().item<double>(); };
    EXPECT_LT(mseOf(fit.states.back()), 0.5 * mseOf(fit.states.front()));
    EXPECT_GT(psnr(fit.output, clean).mean().item<double>(), psnr(torch::zeros_like(clean), clean).mean().item<double>());
}

TEST(Dip, FitsOfTheSameInputAreSharedThroughTheCache)
{
    auto noisy = applyDegradation(mnistTest(1), noiseSpec(25), 1);
    DipCache cache;
    DipOptions options;
    options.iterations = 3;
    int calls = 0;
    MethodProgress counting{[&calls](double) { ++calls; }, nullptr};
    auto a = cache.fit(noisy, noiseSpec(25), options, 0, 0, counting);
    const int first = calls;
    auto b = cache.fit(noisy, noiseSpec(25), options, 0, 0, counting);
    EXPECT_EQ(first, 3);
    EXPECT_EQ(calls, first + 1); // the second call only reports completion
    EXPECT_TRUE(torch::equal(a->output, b->output));
}

TEST(Methods, CancelStopsARunningMethodWithinASecond)
{
    auto c = context(untrainedModels("mnist"));
    MethodUnavailable why;
    auto dip = findMethod("dip")->create(c, why);
    ASSERT_TRUE(dip);
    auto noisy = applyDegradation(mnistTest(4), noiseSpec(25), 1);
    RestoreOptions options;
    options.dipIterations = 1000000; // far more than can finish
    std::atomic<bool> cancel{false};
    MethodProgress progress{{}, &cancel};
    std::atomic<double> stoppedAfter{-1};
    std::chrono::steady_clock::time_point cancelledAt;
    std::thread worker([&] {
        auto result = dip->restore(noisy, noiseSpec(25), options, progress);
        stoppedAfter = std::chrono::duration<double>(std::chrono::steady_clock::now() - cancelledAt).count();
        EXPECT_TRUE(result.cancelled());
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    cancelledAt = std::chrono::steady_clock::now();
    cancel = true;
    worker.join();
    EXPECT_LT(stoppedAfter.load(), 1.0);
}

TEST(Comparison, CsvNumbersEqualARecomputationFromTheSavedImages)
{
    auto c = context(untrainedModels("mnist"));
    auto clean = mnistTest(6);
    ComparisonSettings settings;
    settings.spec = noiseSpec(50);
    settings.methods = {"gaussian", "median", "cold-tacos", "dae"};
    settings.batch = 4; // two batches, so batching is part of what is checked
    auto degraded = applyDegradation(clean, settings.spec, 11);
    MethodSet methods(c);
    auto rows = runComparison(clean, degraded, settings, methods);
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].method, "input");
    EXPECT_EQ(rows[3].status, RowStatus::NotApplicable); // Cold Diffusion on noise
    auto out = test::tempDir("compare-out");
    std::vector<int64_t> ids{10, 11, 12, 13, 14, 15};
    ASSERT_TRUE(writeComparison(out, rows, clean, ids, settings.spec, "test").ok());

    std::ifstream csv(out + "/results.csv");
    std::string header, line;
    std::getline(csv, header);
    EXPECT_EQ(header, "method,psnr,ssim,psnr_std,ssim_std,nfe,wall_s,images_per_s,n,degradation,level,model,sigma_y,quantized,mask");
    int checked = 0;
    while (std::getline(csv, line)) {
        std::stringstream fields(line);
        std::string method, psnrText, ssimText;
        std::getline(fields, method, ',');
        std::getline(fields, psnrText, ',');
        std::getline(fields, ssimText, ',');
        if (psnrText == "n/a") {
            EXPECT_EQ(method, "cold-tacos");
            continue;
        }
        std::vector<torch::Tensor> restored, reference;
        for (auto id : ids) {
            auto r = readImageFile(out + "/images/" + method + "/" + std::to_string(id) + ".png");
            auto k = readImageFile(out + "/images/clean/" + std::to_string(id) + ".png");
            ASSERT_TRUE(r.ok() && k.ok()) << method << " " << id;
            restored.push_back(*r);
            reference.push_back(*k);
        }
        auto a = torch::cat(restored), b = torch::cat(reference);
        EXPECT_NEAR(psnr(a, b).mean().item<double>(), std::stod(psnrText), 0.1) << method; // 8-bit rounding
        EXPECT_NEAR(ssim(a, b).mean().item<double>(), std::stod(ssimText), 0.01) << method;
        ++checked;
    }
    EXPECT_EQ(checked, 4); // input, gaussian, median, dae
    EXPECT_TRUE(std::filesystem::file_size(out + "/grid.png") > 1000);
    auto tensors = loadTensorDict(out + "/results.pt");
    ASSERT_TRUE(tensors.ok());
    EXPECT_EQ(tensors->count("clean") + tensors->count("input") + tensors->count("gaussian") + tensors->count("dae"), 4u);
}

TEST(Comparison, DegradationSpecsAreValidated)
{
    EXPECT_FALSE(noiseSpec(0).validate().ok());
    EXPECT_FALSE(noiseSpec(-5).validate().ok());
    EXPECT_TRUE(noiseSpec(25).validate().ok());
    EXPECT_FALSE(blurSpec(0).validate().ok());
    EXPECT_FALSE(blurSpec(6).validate().ok());
    EXPECT_TRUE(blurSpec(5).validate().ok());
    // σ on the 0–255 scale: σ = 25 adds std 25/255 to [0, 1] images, 50/255 in the model frame.
    auto clean = torch::zeros({2000, 1, 8, 8});
    auto noisy = applyDegradation(clean, noiseSpec(25), 3);
    EXPECT_NEAR(noisy.std().item<double>(), 50.0 / 255.0, 0.002);
    EXPECT_TRUE(torch::equal(noisy, applyDegradation(clean, noiseSpec(25), 3))); // a seed names the noise
    // One builder for the CLI's flags and the panel's controls: the error names the flag.
    auto made = degradationSpec("blur", 25, 4, 8, 0.25);
    ASSERT_TRUE(made.ok()) << made.error().message;
    EXPECT_EQ(made->kind, DamageKind::Blur);
    EXPECT_EQ(made->operatorConfig.tMax, 8);
    EXPECT_DOUBLE_EQ(made->operatorConfig.constant, 0.25);
    EXPECT_NE(degradationSpec("snow", 25, 3, 6).error().message.find("--degradation must be noise, blur, pool, sr or inpaint"), std::string::npos);
    // σ reaches DDPM's late steps (t 600 is σ 782), so only past kMaxNoiseSigma or at 0 is it refused.
    EXPECT_TRUE(degradationSpec("noise", 782.239, 3, 6).ok());
    EXPECT_NE(degradationSpec("noise", kMaxNoiseSigma + 1, 3, 6).error().message.find("--sigma"), std::string::npos);
    EXPECT_NE(degradationSpec("noise", 0, 3, 6).error().message.find("--sigma"), std::string::npos);
    EXPECT_NE(degradationSpec("pool", 25, 6, 6).error().message.find("--level"), std::string::npos);
}

TEST(CrossMedian, KeepsThinStrokesAndRemovesImpulses)
{
    // A one-pixel vertical stroke on black, and an isolated bright pixel away from it.
    auto image = torch::full({1, 1, 7, 7}, -1.0);
    image.select(3, 2).fill_(1.0);
    image[0][0][1][5] = 1.0;
    auto out = crossMedian(image, 3);
    ASSERT_EQ(out.sizes(), image.sizes());
    // On the stroke, 3 of the 5 window pixels are bright: the stroke stays, whole, to the borders.
    EXPECT_TRUE(out.select(3, 2).eq(1.0).all().item<bool>());
    // The impulse has 1 bright pixel of 5: gone; nothing else changes.
    EXPECT_FLOAT_EQ(out[0][0][1][5].item<float>(), -1.0f);
    auto expected = image.clone();
    expected[0][0][1][5] = -1.0;
    EXPECT_TRUE(out.equal(expected));
}

TEST(CrossMedian, KnownValuesWithReflectedBorders)
{
    // 3 × 3 ramp 0..8; at the corner (0, 0) the reflected window is {0, 3, 3, 1, 1} → 1;
    // at the centre {4, 1, 7, 3, 5} → 4; size 5 on a 5 × 5 ramp, centre 12 → 12.
    auto ramp = torch::arange(9, torch::kFloat32).view({1, 1, 3, 3});
    auto out = crossMedian(ramp, 3);
    EXPECT_FLOAT_EQ(out[0][0][0][0].item<float>(), 1.0f);
    EXPECT_FLOAT_EQ(out[0][0][1][1].item<float>(), 4.0f);
    EXPECT_FLOAT_EQ(crossMedian(torch::arange(25, torch::kFloat32).view({1, 1, 5, 5}), 5)[0][0][2][2].item<float>(), 12.0f);
    EXPECT_THROW(crossMedian(ramp, 4), c10::Error);
}

TEST(LikelihoodStep, EndsAreTheReconstructionAndTheClippedInput)
{
    torch::manual_seed(3);
    auto g = torch::rand({2, 1, 8, 8}) * 2 - 1;
    auto y = torch::randn({2, 1, 8, 8}) * 1.5;
    EXPECT_TRUE(torch::allclose(likelihoodStep(g, y, 0.0), g));
    EXPECT_TRUE(torch::allclose(likelihoodStep(g, y, 1.0), y.clamp(-1, 1)));
    EXPECT_TRUE(torch::allclose(likelihoodStep(g, y, 0.25), (0.75 * g + 0.25 * y.clamp(-1, 1)).clamp(-1, 1)));
}

TEST(LikelihoodStep, WeightIsThePosteriorMeansShareOfTheInput)
{
    // Independent errors of std a (reconstruction) and b (noise): the MSE-best weight on the
    // input is a² / (a² + b²). Values stay far from ±1, so clipping plays no part.
    torch::manual_seed(4);
    auto clean = torch::rand({64, 1, 16, 16}) * 0.4 - 0.2;
    const double a = 0.05, b = 0.1;
    auto g = clean + a * torch::randn_like(clean), y = clean + b * torch::randn_like(clean);
    EXPECT_NEAR(bestLikelihoodWeight(g, y, clean), a * a / (a * a + b * b), 0.05 + 1e-9);
    EXPECT_EQ(bestLikelihoodWeight(clean, y, clean), 0.0); // a perfect reconstruction ignores the noise
    EXPECT_EQ(bestLikelihoodWeight(g, clean, clean), 1.0); // a noise-free input is kept
}

TEST(Dddg, ShippedModelBeatsTheNoisyInputAndTunesOnTrainingImagesOnce)
{
    auto c = makeMethodContext("mnist", test::mnistDir(), "", torch::kCPU, 32);
    ASSERT_TRUE(c.ok()) << c.error().message;
    MethodUnavailable why;
    auto dddg = findMethod("dddg")->create(*c, why);
    ASSERT_TRUE(dddg) << why.reason;
    auto clean = mnistTest(16);
    for (double sigma : {25.0, 50.0}) {
        auto noisy = applyDegradation(clean, noiseSpec(sigma), 11);
        auto result = dddg->restore(noisy, noiseSpec(sigma), {}, {});
        ASSERT_TRUE(result.ok());
        const double restored = psnr(result->restored, clean).mean().item<double>();
        const double floor = psnr(noisy.clamp(-1, 1), clean).mean().item<double>();
        EXPECT_GT(restored, floor) << "sigma " << sigma;
        auto weight = c->tuned->find("dddg/" + noiseSpec(sigma).label());
        ASSERT_TRUE(weight.ok());
        EXPECT_GT(*weight, 0.0); // the reconstruction carries part of the answer …
        EXPECT_LT(*weight, 1.0); // … and so does the input
        EXPECT_NE(dddg->modelLabel().find("likelihood w"), std::string::npos) << dddg->modelLabel();
    }
    // A tuned weight is reused, not tuned again: weight 1 set by hand gives back the clipped input.
    c->tuned->store("dddg/" + noiseSpec(25).label(), 1.0);
    auto noisy = applyDegradation(clean, noiseSpec(25), 12);
    auto again = dddg->restore(noisy, noiseSpec(25), {}, {});
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(torch::allclose(again->restored, noisy.clamp(-1, 1), 1e-5, 1e-6));
    // The blend is the last state to scrub, after the chain's t = 0 … t_max.
    RestoreOptions keep;
    keep.keepStates = 8;
    auto states = dddg->restore(noisy, noiseSpec(25), keep, {});
    ASSERT_TRUE(states.ok());
    ASSERT_EQ(states->stateLabels.size(), 8u);
    EXPECT_EQ(states->stateLabels.front(), "t=0");
    EXPECT_EQ(states->stateLabels.back(), "likelihood step, w 1.00");
    EXPECT_TRUE(torch::equal(states->states.back(), states->restored));
    // Cancelled while tuning a new noise level: a cancelled result, and nothing stored.
    std::atomic<bool> cancel{true};
    auto stopped = dddg->restore(noisy, noiseSpec(35), {}, MethodProgress{{}, &cancel});
    EXPECT_TRUE(stopped.cancelled());
    EXPECT_FALSE(c->tuned->find("dddg/" + noiseSpec(35).label()).ok());
}
