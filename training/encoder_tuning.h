#pragma once
// Encoder tuning (beyond the paper; docs/results.md): after GAN training, the EMA encoder is
// trained further so that inversion by the encoder alone (Algorithm 3) reproduces real
// training images, with G frozen — the per-image refinement's work, learned once. A second
// term keeps it reading the model's own latents (L_enc on samples), so the sliders of the
// explorer still mean what they meant.
#include "dataset.h"
#include "dddg_model.h"
#include "result.h"

#include <functional>

namespace dddg {

struct EncoderTuningOptions {
    int64_t steps = 12000;       ///< optimiser steps, one batch of real images each
    int64_t batch = 16;
    double learningRate = 1e-3;  ///< Adam, betas (0, 0.99) as in training
    double latentWeight = 0.03;  ///< weight of L_enc on the model's own samples (at 1 it swamps the reconstruction term: docs/results.md)
    uint64_t seed = 1;
};

struct EncoderTuningLosses {
    double reconstruction = 0; ///< mean over t of MSE(x'_{t+1}, reduce_info(x, t+1)), encoder latents
    double latent = 0;         ///< L_enc on a batch of the model's own samples
};

/// After each step (1-based); return false to stop early (the encoder keeps what it learned).
using EncoderTuningProgress = std::function<bool(int64_t step, const EncoderTuningLosses&)>;

/// Trains model.dEma on `train` (real labels for class-conditional models). G, G EMA, D and v
/// are not changed. Fails on an empty dataset, a shape mismatch, or a non-finite loss (then
/// the encoder is as it was before that step).
Status tuneEncoder(DddgModel& model, const Dataset& train, const EncoderTuningOptions& options,
                   const EncoderTuningProgress& progress = {});

/// The reconstruction loss of the encoder alone on `images` (no gradient): what tuning lowers.
double encoderReconstructionLoss(DddgModel& model, const torch::Tensor& images, const torch::Tensor& labels = {});

} // namespace dddg
