// dddg tune-encoder: trains a DDDG checkpoint's EMA encoder further, with G frozen, so that
// inversion by the encoder alone reproduces real images (docs/results.md). Writes a new
// checkpoint; G, D and v are copied unchanged.
#include "checkpoint.h"
#include "command_support.h"
#include "commands.h"
#include "encoder_tuning.h"
#include "progress_bar.h"
#include "train_support.h"

#include <torch/torch.h>

#include <cstdio>

namespace dddg::cli {
namespace {

const std::vector<FlagSpec>& tuneFlags()
{
    static const std::vector<FlagSpec> flags{
        {"checkpoint", "CKPT", "a DDDG checkpoint (required)"},
        {"out", "FILE", "where the tuned checkpoint goes (required; not the input)"},
        {"dataset", "NAME|DIR", "training images (default: the checkpoint's dataset)"},
        {"data-dir", "D", "folder with the dataset's IDX files"},
        {"steps", "N", "optimiser steps (default 12000)"},
        {"batch", "B", "real images per step (default 16)"},
        {"lr", "LR", "Adam step size (default 1e-3)"},
        {"latent-weight", "W", "weight of L_enc on the model's own samples (default 0.03)"},
        {"seed", "S", "random seed (default 1)"},
        {"checkpoint-every", "N", "also write --out every N steps (default 500; 0: only at the end)"},
        {"device", "cpu|cuda", "where to run (default cpu)"},
    };
    return flags;
}

} // namespace

int runTuneEncoder(const Argv& argv)
{
    CliArgs args("tune-encoder", tuneFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("tune-encoder", "--checkpoint CKPT --out FILE [flags]", tuneFlags()).c_str());
        return 0;
    }
    refuseOverwritingInputs(args);
    EncoderTuningOptions options;
    options.steps = args.integer("steps", options.steps, 1, 10'000'000);
    options.batch = args.integer("batch", options.batch, 1, 4096);
    options.learningRate = args.number("lr", options.learningRate, 1e-8, 1.0);
    options.latentWeight = args.number("latent-weight", options.latentWeight, 0.0, 1e4);
    options.seed = uint64_t(args.integer("seed", 1, 0, int64_t(1) << 62));
    const int64_t every = args.integer("checkpoint-every", 500, 0, 10'000'000);
    const std::string out = args.required("out");
    auto device = requireDevice(args);
    auto checkpoint = requireCheckpoint(args, device);
    const auto& config = checkpoint.model->config();
    const std::string name = datasetOf(args, checkpoint);
    auto data = requireModelDataset(args, name, config, Split::Train);
    if (config.numClasses > 0 && data.numClasses != config.numClasses)
        throw CliError("dataset " + name + " has " + std::to_string(data.numClasses) + " classes, the checkpoint " +
                       std::to_string(config.numClasses));
    prepareOutput(out);

    const int64_t before = int64_t(checkpoint.config.number("encoder_tuning_steps", 0));
    auto save = [&](int64_t done) {
        checkpoint.config.set("encoder_tuning_steps", long(before + done));
        checkpoint.config.set("encoder_tuning_lr", options.learningRate);
        checkpoint.config.set("encoder_tuning_latent_weight", options.latentWeight);
        require(saveCheckpoint(out, checkpoint));
    };
    // The same 256 training images before and after: what the run changed, in one number.
    const int64_t probe = std::min<int64_t>(256, data.size());
    auto probeLoss = [&] {
        return encoderReconstructionLoss(*checkpoint.model, data.images.narrow(0, 0, probe),
                                         config.numClasses > 0 ? data.labels.narrow(0, 0, probe) : torch::Tensor());
    };
    const double startLoss = probeLoss();
    ProgressBar bar("tune-encoder", options.steps, "steps");
    int64_t done = 0;
    double smoothRec = 0, smoothLat = 0;
    catchStopSignals(true);
    Status status = tuneEncoder(*checkpoint.model, data, options, [&](int64_t step, const EncoderTuningLosses& losses) {
        done = step;
        const double k = step == 1 ? 1.0 : 0.02; // the bar shows a running mean: single batches are noisy
        smoothRec += k * (losses.reconstruction - smoothRec), smoothLat += k * (losses.latent - smoothLat);
        char detail[96];
        std::snprintf(detail, sizeof detail, "rec %.4f  L_enc %.3f", smoothRec, smoothLat);
        bar.update(step, detail);
        if (every > 0 && step % every == 0 && step < options.steps) save(step);
        return !trainStopFlag().load();
    });
    catchStopSignals(false);
    bar.finish();
    if (!status && done == 0) throw CliError(status.error().message);
    save(done); // after a failed step too: the encoder is as it was before that step
    if (!status) throw CliError(status.error().message + " (the encoder of step " + std::to_string(done) + " is in " + out + ")");
    const double endLoss = probeLoss();
    std::fprintf(stderr, "%s after %lld steps: %s (reconstruction loss on 256 training images %.4f -> %.4f)\n",
                 trainStopFlag().load() ? "stopped" : "done", (long long)done, out.c_str(), startLoss, endLoss);
    return stoppedExitCode();
}

} // namespace dddg::cli
