#pragma once
// Every setting of a training run (the options of `dddg train`); saved in checkpoints.
#include "flat_json.h"
#include "model_config.h"

#include <string>

namespace dddg {

struct TrainerConfig {
    ModelConfig model;
    std::string dataset = "fashion-mnist"; ///< name or image folder
    std::string dataDir;                   ///< where the IDX files are ("" = known places)
    std::string outDir;                    ///< run directory: checkpoints and metrics.jsonl
    int64_t cycles = 0;                    ///< training cycles (each = t_max G/D updates; --steps)
    double epochs = 0;                     ///< alternative to cycles: passes over the training set
    int64_t batch = 16;
    double learningRate = 0.002;
    double beta1 = 0.0;
    double beta2 = 0.99;
    double r1Weight = 0.1;
    double encWeight = 1.0;
    double emaDecay = 0.999;
    uint64_t seed = 0;
    std::string device = "cpu";
    int64_t checkpointEvery = 500;        ///< cycles between checkpoints (0 = only at the end)
    int64_t logEvery = 10;                ///< cycles between metrics.jsonl lines
    int64_t fidEvery = 0;                 ///< cycles between FID (LeNet) evaluations (0 = never)
    int64_t fidSamples = 1000;            ///< generator samples per FID (LeNet) evaluation
    std::string classifierPath;           ///< FID (LeNet) classifier ("" = the shipped one)

    void writeTo(FlatJson& json) const;
    static Result<TrainerConfig> readFrom(const FlatJson& json);
    /// Total cycles for a dataset of `datasetSize` images (--epochs: passes over the set).
    int64_t totalCycles(int64_t datasetSize) const;
    /// Passes over a set of `datasetSize` images after `cycles` cycles (t_max real batches each).
    double epochsDone(int64_t cycles, int64_t datasetSize) const;
    Status validate() const;
};

} // namespace dddg
