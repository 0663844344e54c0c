#pragma once
// One function per `dddg` command; each returns the process exit code and throws CliError
// for bad input.
#include <string>
#include <vector>

namespace dddg::cli {

using Argv = std::vector<std::string>;

int runTrain(const Argv& argv);
int runSample(const Argv& argv);
int runInvert(const Argv& argv);
int runDegrade(const Argv& argv);
int runEval(const Argv& argv);
int runBench(const Argv& argv);
int runClassifier(const Argv& argv);
int runFid(const Argv& argv);
int runCompare(const Argv& argv);
int runExport(const Argv& argv);
int runTuneEncoder(const Argv& argv);

} // namespace dddg::cli
