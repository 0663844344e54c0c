#pragma once
// A picture at its own size and colour through methods whose models know one small frame
// (SPEC §11). Each method family meets the picture its own way:
//   - filters and Wiener take the whole image as it is;
//   - fully convolutional networks (DDPM's ε-network, DAE, DAED, Cold's R) run over
//     overlapping frame-sized tiles whose results are blended with a smooth window, so there
//     are no seams, and an image of exactly one tile gives the one-pass result;
//   - DIP and TDPM-DIP fit the whole image, shrunk to DIP's working scale when it is larger;
//   - DDDG, whose latent code is tied to its frame, restores a letterboxed copy in the frame
//     and the result is resized back.
// A grey model restores a colour image channel by channel; a colour model restores a grey
// image from three equal channels, averaged back. Nothing is squashed: shrinking keeps the
// aspect ratio and the letterbox pads the rest.
#include "restoration.h"

#include <functional>
#include <string>
#include <vector>

namespace dddg {

enum class ScaleHandling { Whole, Tiles, WorkingScale, FixedFrame };

/// By the method's family (method_registry.h): classical → Whole, diffusion → Tiles,
/// prior → WorkingScale, gan → FixedFrame.
ScaleHandling scaleHandlingOf(const std::string& family);

/// DIP's working scale: the longer side of the image it fits, at most.
constexpr int64_t kWorkingSide = 128;
/// Tiles overlap by a quarter of the frame.
constexpr int64_t tileOverlapFor(int64_t tile) { return tile / 4; }

/// Where tiles of `tile` pixels start along a side of `length` (≥ tile): every
/// tile − overlap pixels, the last flush with the end.
std::vector<int64_t> tileStarts(int64_t length, int64_t tile, int64_t overlap);

/// A tile's blending weight [tile, tile]: a sin² ramp over `overlap` pixels at each edge,
/// 1 inside; never 0, so a pixel that only one tile covers keeps that tile's value.
torch::Tensor tileWindow(int64_t tile, int64_t overlap);

/// The frame a method's models work in.
struct ModelFrame {
    int64_t size = 32;
    int64_t channels = 1;
};

/// Restores a batch [B, C, h, w] (the model's channels; frame-sized for Tiles and FixedFrame).
using PlaneRestorer = std::function<Result<Restoration>(const torch::Tensor& batch, const MethodProgress& progress)>;

struct OwnSizeOptions {
    int64_t tileBatch = 64; ///< tiles per call of the restorer
};

/// Restores `image` [1, C, H, W] in [−1, 1] at its own size per `handling`. `note` receives
/// how it was done when that is not the image as it is ("grey model, per channel; 1,849 tiles
/// of 32×32"). States are kept only for Whole (they are of the image itself).
Result<Restoration> restoreAtOwnSize(const torch::Tensor& image, ScaleHandling handling, const ModelFrame& frame, const PlaneRestorer& restore,
                                     const MethodProgress& progress, std::string* note = nullptr, const OwnSizeOptions& options = {});

} // namespace dddg
