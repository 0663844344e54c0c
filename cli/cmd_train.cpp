// dddg train: Algorithm 1 on a dataset, writing RUN_DIR/latest.ckpt and metrics.jsonl.
#include "commands.h"
#include "train_options.h"
#include "train_support.h"
#include "trainer.h"

#include <cstdio>

namespace dddg::cli {

void keepRunSettings(const CliArgs& args, const TrainerConfig& previous, TrainerConfig& config)
{
    keepRunSettings<TrainerConfig>(args, previous, config);
    if (!args.has("fid-every")) config.fidEvery = previous.fidEvery;
    if (!args.has("fid-samples")) config.fidSamples = previous.fidSamples;
    if (!args.has("classifier")) config.classifierPath = previous.classifierPath;
}

std::string describeRun(Trainer& trainer)
{
    char text[512];
    std::snprintf(text, sizeof text, "training %s on %s%s: %lld parameters, t_max %lld, d_z %lld, batch %lld, %lld cycles",
                  trainer.config().dataset.c_str(), trainer.config().device.c_str(), processesNote(trainer.parallel()).c_str(),
                  (long long)trainer.model().parameterCount(), (long long)trainer.model().config().tMax(),
                  (long long)trainer.model().config().dz, (long long)trainer.config().batch, (long long)trainer.totalCycles());
    return text;
}

int runTrain(const Argv& argv)
{
    CliArgs args("train", trainFlags(), argv);
    if (args.helpRequested()) {
        std::printf("%s", CliArgs::usage("train", "--dataset NAME|DIR --out RUN_DIR (--steps N | --epochs E) [flags]", trainFlags()).c_str());
        return 0;
    }
    if (args.text("method", "dddg") != "dddg") return runBaselineTrain(args, argv);
    TrainerConfig config = trainerConfigFrom(args);
    Dataset data = loadTrainingSet(args, config);
    return trainSession<Trainer>(args, argv, config, std::move(data), "cycle");
}

} // namespace dddg::cli
