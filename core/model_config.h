#pragma once
// Everything that fixes a DDDG model's shapes and semantics; stored in every checkpoint.
#include "degradation.h"
#include "flat_json.h"

namespace dddg {

struct ModelConfig {
    int64_t imageSize = 32;     ///< side length; a multiple of 8
    int64_t channels = 1;       ///< 1 (gray) or 3 (RGB)
    int64_t dz = 64;            ///< latent size per step
    int64_t numClasses = 0;     ///< 0: unconditional; >0: CAGAN class-conditional
    int64_t width = 16;         ///< base channel count of G and D (16: usable on a 2-core CPU)
    int64_t styleDim = 128;     ///< size of the vector that modulates G's convolutions
    int64_t embedDim = 32;      ///< size of the learned time (and class) embeddings
    /// z_t also enters G as a learned spatial map at the bottleneck (side/4), not only through
    /// the channel-wise modulation: a global style can vary brightness and stroke weight,
    /// a map can move shape. Off in checkpoints written before it existed.
    bool latentMap = false;
    DegradationConfig degradation;

    int64_t tMax() const { return degradation.tMax; }
    void writeTo(FlatJson& json) const;
    static Result<ModelConfig> readFrom(const FlatJson& json);
    /// An Error naming the first field out of range, or ok.
    Status validate() const;
};

} // namespace dddg
