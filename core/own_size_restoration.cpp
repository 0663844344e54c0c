#include "own_size_restoration.h"

#include <torch/nn/functional.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace dddg {

namespace F = torch::nn::functional;

ScaleHandling scaleHandlingOf(const std::string& family)
{
    if (family == "diffusion") return ScaleHandling::Tiles;
    if (family == "prior") return ScaleHandling::WorkingScale;
    if (family == "gan") return ScaleHandling::FixedFrame;
    return ScaleHandling::Whole;
}

std::vector<int64_t> tileStarts(int64_t length, int64_t tile, int64_t overlap)
{
    std::vector<int64_t> starts{0};
    const int64_t stride = std::max<int64_t>(1, tile - overlap);
    while (starts.back() + tile < length) starts.push_back(std::min(starts.back() + stride, length - tile));
    return starts;
}

torch::Tensor tileWindow(int64_t tile, int64_t overlap)
{
    auto ramp = torch::ones({tile}, torch::kFloat32);
    const int64_t n = std::min(overlap, tile / 2);
    for (int64_t i = 0; i < n; ++i) {
        const double s = std::sin(M_PI / 2 * (double(i) + 0.5) / double(n));
        ramp[i] = float(s * s);
        ramp[tile - 1 - i] = float(s * s);
    }
    return ramp.unsqueeze(1) * ramp.unsqueeze(0);
}

namespace {

std::string sizeText(int64_t w, int64_t h) { return std::to_string(w) + "×" + std::to_string(h); }

// [1, C, H, W] → planes of the model's channels: a grey model gets one plane per colour
// channel [C, 1, H, W]; a colour model gets a grey image as three equal channels.
torch::Tensor toModelChannels(const torch::Tensor& image, int64_t channels)
{
    if (image.size(1) == channels) return image;
    if (channels == 1) return image.transpose(0, 1).contiguous();
    return image.expand({1, channels, image.size(2), image.size(3)}).contiguous();
}

torch::Tensor fromModelChannels(const torch::Tensor& planes, int64_t imageChannels)
{
    if (planes.size(1) == imageChannels && planes.size(0) == 1) return planes;
    if (planes.size(1) == 1) return planes.transpose(0, 1).contiguous();
    return planes.mean(1, /*keepdim=*/true);
}

std::string channelNote(int64_t imageChannels, int64_t modelChannels)
{
    if (imageChannels == modelChannels) return {};
    return modelChannels == 1 ? "per channel (grey models)" : "colour model on three equal channels, averaged back";
}

torch::Tensor resized(const torch::Tensor& x, int64_t h, int64_t w, bool shrinking)
{
    auto options = F::InterpolateFuncOptions().size(std::vector<int64_t>{h, w});
    if (shrinking) return F::interpolate(x, options.mode(torch::kArea));
    return F::interpolate(x, options.mode(torch::kBicubic).align_corners(false)).clamp(-1, 1);
}

// Pads bottom and right by repeating the edge, up to at least `h`×`w`.
torch::Tensor padTo(const torch::Tensor& x, int64_t h, int64_t w)
{
    const int64_t bottom = std::max<int64_t>(0, h - x.size(2)), right = std::max<int64_t>(0, w - x.size(3));
    if (bottom == 0 && right == 0) return x;
    return F::pad(x, F::PadFuncOptions({0, right, 0, bottom}).mode(torch::kReplicate));
}

Result<Restoration> restoreTiles(const torch::Tensor& planes, int64_t tile, const PlaneRestorer& restore, const MethodProgress& progress,
                                 int64_t tileBatch, std::string* how)
{
    const int64_t height = planes.size(2), width = planes.size(3);
    const torch::Tensor padded = padTo(planes, tile, tile);
    const int64_t overlap = tileOverlapFor(tile);
    const auto ys = tileStarts(padded.size(2), tile, overlap), xs = tileStarts(padded.size(3), tile, overlap);
    const torch::Tensor window = tileWindow(tile, overlap).to(planes.dtype());
    auto sum = torch::zeros_like(padded);
    auto weight = torch::zeros({1, 1, padded.size(2), padded.size(3)}, padded.options());
    for (int64_t y : ys)
        for (int64_t x : xs) weight.narrow(2, y, tile).narrow(3, x, tile).add_(window);
    struct Place { int64_t plane, y, x; };
    std::vector<Place> places;
    for (int64_t p = 0; p < padded.size(0); ++p)
        for (int64_t y : ys)
            for (int64_t x : xs) places.push_back({p, y, x});
    if (ys.size() * xs.size() > 1) *how = std::to_string(ys.size() * xs.size()) + " tiles of " + sizeText(tile, tile); // per plane
    Restoration out;
    for (size_t from = 0; from < places.size(); from += size_t(tileBatch)) {
        const size_t count = std::min(places.size() - from, size_t(tileBatch));
        std::vector<torch::Tensor> tiles;
        for (size_t i = from; i < from + count; ++i)
            tiles.push_back(padded[places[i].plane].narrow(1, places[i].y, tile).narrow(2, places[i].x, tile));
        MethodProgress part;
        part.cancel = progress.cancel;
        part.onProgress = [&](double f) { progress.report((double(from) + f * double(count)) / double(places.size())); };
        auto done = restore(torch::stack(tiles), part);
        if (!done) return done;
        out.nfe = done->nfe;
        const torch::Tensor restored = done->restored.to(padded.dtype());
        for (size_t i = from; i < from + count; ++i)
            sum[places[i].plane].narrow(1, places[i].y, tile).narrow(2, places[i].x, tile).add_(restored[int64_t(i - from)] * window);
    }
    // In place: at 16 megapixels each full-size copy is 190 MB a colour picture.
    out.restored = sum.div_(weight).clamp_(-1, 1).narrow(2, 0, height).narrow(3, 0, width);
    return out;
}

// The image shrunk (aspect kept) to `side` on its longer side when larger, run whole (padded
// to a multiple of 16 for the networks' downsampling), and brought back to its size.
Result<Restoration> restoreAtScale(const torch::Tensor& planes, int64_t side, bool letterbox, const PlaneRestorer& restore,
                                   const MethodProgress& progress, std::string* how)
{
    const int64_t height = planes.size(2), width = planes.size(3);
    const double scale = letterbox || std::max(height, width) > side ? double(side) / double(std::max(height, width)) : 1.0;
    const int64_t h = std::max<int64_t>(1, std::lround(double(height) * scale)), w = std::max<int64_t>(1, std::lround(double(width) * scale));
    torch::Tensor small = scale == 1.0 ? planes : resized(planes, h, w, scale < 1.0);
    int64_t top = 0, left = 0, frameH = ((h + 15) / 16) * 16, frameW = ((w + 15) / 16) * 16;
    if (letterbox) { // centred in the square frame, the edges repeated into the bars
        frameH = frameW = side;
        top = (side - h) / 2;
        left = (side - w) / 2;
        small = F::pad(small, F::PadFuncOptions({left, side - w - left, top, side - h - top}).mode(torch::kReplicate));
    } else {
        small = padTo(small, frameH, frameW);
    }
    auto done = restore(small, progress);
    if (!done) return done;
    torch::Tensor result = done->restored.narrow(2, top, h).narrow(3, left, w);
    if (h != height || w != width) result = resized(result, height, width, false);
    done->restored = result.clamp(-1, 1);
    done->states.clear(); // of the small copy, not of the image
    done->stateLabels.clear();
    if (letterbox) *how = "at " + sizeText(w, h) + " letterboxed in its " + sizeText(side, side) + " frame, resized back";
    else if (scale < 1.0) *how = "at " + sizeText(w, h) + " (working scale), resized back";
    return done;
}

} // namespace

Result<Restoration> restoreAtOwnSize(const torch::Tensor& image, ScaleHandling handling, const ModelFrame& frame, const PlaneRestorer& restore,
                                     const MethodProgress& progress, std::string* note, const OwnSizeOptions& options)
{
    if (handling == ScaleHandling::Whole) return restore(image, progress);
    const int64_t imageChannels = image.size(1);
    const torch::Tensor planes = toModelChannels(image, frame.channels);
    std::vector<std::string> parts;
    if (auto c = channelNote(imageChannels, frame.channels); !c.empty()) parts.push_back(c);
    std::string how;
    const bool letterbox = handling == ScaleHandling::FixedFrame;
    Result<Restoration> done = handling == ScaleHandling::Tiles
                                   ? restoreTiles(planes, frame.size, restore, progress, std::max<int64_t>(1, options.tileBatch), &how)
                                   : restoreAtScale(planes, letterbox ? frame.size : kWorkingSide, letterbox, restore, progress, &how);
    if (!how.empty()) parts.push_back(how);
    if (!done) return done;
    done->restored = fromModelChannels(done->restored, imageChannels);
    if (planes.size(0) != 1 || planes.size(1) != imageChannels) { // per-channel states are not the image's
        done->states.clear();
        done->stateLabels.clear();
    }
    if (note) {
        note->clear();
        for (const auto& p : parts) *note += (note->empty() ? "" : "; ") + p;
    }
    return done;
}

} // namespace dddg
