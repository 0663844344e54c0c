#pragma once
// What `dddg train`'s two branches (DDDG and the baselines) share: the stop signals, and one
// session from a parsed config to the report (launch, join, create or resume, train, report).
#include "cli_args.h"
#include "command_support.h"
#include "commands.h"
#include "train_launch.h"
#include "training_run.h"

#include <atomic>
#include <memory>
#include <string>

namespace dddg {
struct TrainerConfig;
struct BaselineTrainerConfig;
class Trainer;
class BaselineTrainer;
} // namespace dddg

namespace dddg::cli {

/// Set by SIGINT, SIGTERM or SIGHUP while a run is going: the loop stops after the current
/// step and writes a checkpoint.
std::atomic<bool>& trainStopFlag();
/// Installs (or removes) the handlers of those three signals.
void catchStopSignals(bool on);
/// 128 + the signal that stopped the run (130, 143, 129), or 0 when none did.
int stoppedExitCode();

/// " (N processes)" for a data-parallel run, else "".
std::string processesNote(const DataParallel& parallel);
/// On --resume, the settings that may change between sessions keep the run's own values,
/// those of its checkpoint's config `previous`, unless given again: the device and cadences,
/// and DDDG's FID settings.
template <typename ConfigT>
void keepRunSettings(const CliArgs& args, const ConfigT& previous, ConfigT& config)
{
    if (!args.has("device")) config.device = previous.device;
    if (!args.has("checkpoint-every")) config.checkpointEvery = previous.checkpointEvery;
    if (!args.has("log-every")) config.logEvery = previous.logEvery;
}
void keepRunSettings(const CliArgs& args, const TrainerConfig& previous, TrainerConfig& config);
/// The line that says what is trained where (the model, its size, the run's length).
std::string describeRun(Trainer& trainer);
std::string describeRun(BaselineTrainer& trainer);
/// Trains `run` with the stop signals caught; rank 0 reports progress ("cycle" or "step"
/// names the `unit`) and where the run ended. The exit code: 0, or 128 + the stopping signal.
int trainAndReport(TrainingRun& run, const std::string& description, const char* unit, bool resumed);

/// One `dddg train` session of a trainer (Trainer, BaselineTrainer) once its `config` and
/// `data` are known: ranks launched for --nproc, the run joined, the run folder checked,
/// the run created or resumed, trained and reported.
template <typename TrainerT, typename ConfigT>
int trainSession(const CliArgs& args, const Argv& argv, ConfigT config, Dataset data, const char* unit)
{
    const std::string latest = latestCheckpointIn(config.outDir);
    if (auto launched = launchRanksIfAsked(args, argv, config.batch, config.validate(), latest)) return *launched;
    DataParallel parallel = joinRunFromEnvironment(config.device, distributedTimeout(args));
    checkRunFolder(args, latest, parallel.isLeader());
    const bool resumed = args.has("resume");
    std::unique_ptr<TrainerT> trainer;
    if (resumed) {
        // A header that does not read is reported by TrainerT::resume.
        if (auto previous = ConfigT::readFrom(require(readCheckpointContainer(latest)).header); previous.ok())
            keepRunSettings(args, *previous, config);
        trainer = require(TrainerT::resume(latest, std::move(data), &config, parallel));
    } else {
        trainer = require(TrainerT::create(config, std::move(data), parallel));
    }
    return trainAndReport(*trainer, describeRun(*trainer), unit, resumed);
}

/// `dddg train --method ddpm|dae|daed|cold`.
int runBaselineTrain(const CliArgs& args, const Argv& argv);

} // namespace dddg::cli
