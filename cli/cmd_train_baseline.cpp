// dddg train --method ddpm|dae|daed|cold: the learned baselines, with DDDG's run-folder,
// checkpoint, resume and metrics conventions.
#include "baseline_trainer.h"
#include "train_options.h"
#include "train_support.h"

#include <cstdio>
#include <filesystem>
#include <limits>

namespace dddg::cli {
namespace {

BaselineTrainerConfig baselineConfigFrom(const CliArgs& args)
{
    BaselineTrainerConfig c;
    if (!parseBaselineKind(args.text("method"), c.model.kind))
        throw CliError("dddg train: --method must be dddg, ddpm, dae, daed or cold, not '" + args.text("method") + "'");
    for (const char* flag : {"conditional", "latent-map", "enc-weight", "r1-weight", "dz", "fid-every", "fid-samples", "classifier"})
        if (args.has(flag)) throw CliError(std::string("dddg train: --") + flag + " applies to --method dddg only");
    const std::string schedule = args.text("schedule", "linear");
    if (args.has("schedule") && c.model.kind != BaselineKind::Ddpm) throw CliError("dddg train: --schedule applies to --method ddpm only");
    if (schedule != "linear" && schedule != "cosine") throw CliError("dddg train: --schedule must be linear or cosine");
    parseScheduleKind(schedule, c.model.schedule);
    if (c.model.kind == BaselineKind::Daed) c.model.schedule = ScheduleKind::LinearCombine;
    if (args.has("degradation") && c.model.kind != BaselineKind::Cold) throw CliError("dddg train: --degradation applies to --method cold (and dddg)");
    if (!parseColdFamily(args.text("degradation", "blur"), c.model.degradation.kind))
        throw CliError("dddg train: --degradation must be blur, pool or inpaint");
    c.model.degradation.tMax = args.integer("tmax", 6, 2, 64);
    c.model.degradation.sigmaMax = args.number("sigma-max", 6.0, 0.1, 64);
    c.model.degradation.sigmaMin = args.number("sigma-min", 2.0, 0.1, 64);
    c.dataset = args.required("dataset");
    c.outDir = args.required("out");
    c.dataDir = args.text("data-dir");
    c.steps = args.integer("steps", 0, 0, int64_t(1) << 40);
    c.epochs = args.number("epochs", 0, 0, 1e6);
    if (c.steps == 0 && c.epochs == 0) throw CliError("dddg train: give --steps N or --epochs E");
    c.batch = args.integer("batch", 32, 4, 4096);
    c.device = args.text("device", "cpu");
    c.model.net.width = args.integer("width", c.device == "cpu" ? 32 : 64, 8, 512);
    if (c.model.net.width % 8 != 0) throw CliError("dddg train: --width of a baseline must be a multiple of 8");
    c.learningRate = args.number("lr", 1e-3, 1e-8, 1);
    c.seed = uint64_t(args.integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    c.checkpointEvery = args.integer("checkpoint-every", 1000, 0, int64_t(1) << 40);
    c.logEvery = args.integer("log-every", 50, 1, int64_t(1) << 40);
    c.initFrom = args.text("init");
    if (!c.initFrom.empty() && args.has("resume")) throw CliError("dddg train: --init starts a new run; --resume continues one (give one of them)");
    if (!c.initFrom.empty() && !std::filesystem::is_regular_file(c.initFrom))
        throw CliError("dddg train: --init " + c.initFrom + " is not a file");
    return c;
}

} // namespace

std::string describeRun(BaselineTrainer& trainer)
{
    char text[512];
    std::snprintf(text, sizeof text, "training %s (%s) on %s%s: %lld parameters, batch %lld, %lld steps",
                  trainer.config().model.modelName().c_str(), trainer.config().dataset.c_str(), trainer.config().device.c_str(),
                  processesNote(trainer.parallel()).c_str(), (long long)trainer.model().parameterCount(),
                  (long long)trainer.config().batch, (long long)trainer.totalSteps());
    return text;
}

int runBaselineTrain(const CliArgs& args, const Argv& argv)
{
    BaselineTrainerConfig config = baselineConfigFrom(args);
    Dataset data = loadTrainingSplit(args, config.dataset, config.dataDir);
    fitDegradationToSide(args, config.model.degradation, data.frame().size);
    return trainSession<BaselineTrainer>(args, argv, config, std::move(data), "step");
}

} // namespace dddg::cli
