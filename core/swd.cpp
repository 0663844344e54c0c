#include "swd.h"

#include <torch/torch.h>

#include <sstream>

namespace dddg {
namespace F = torch::nn::functional;
namespace {
// The binomial 5×5 kernel of Burt and Adelson's pyramid, one copy per channel (depthwise).
torch::Tensor binomialKernel(int64_t channels, const torch::TensorOptions& options)
{
    auto row = torch::tensor({1.0, 4.0, 6.0, 4.0, 1.0}, options) / 16.0;
    return row.outer(row).expand({channels, 1, 5, 5}).contiguous();
}

torch::Tensor blur(const torch::Tensor& x, const torch::Tensor& kernel)
{
    auto padded = F::pad(x, F::PadFuncOptions({2, 2, 2, 2}).mode(torch::kReflect));
    return F::conv2d(padded, kernel, F::Conv2dFuncOptions().groups(x.size(1)));
}

torch::Tensor pyramidDown(const torch::Tensor& x, const torch::Tensor& kernel)
{
    using torch::indexing::Slice;
    return blur(x, kernel).index({Slice(), Slice(), Slice(0, torch::indexing::None, 2), Slice(0, torch::indexing::None, 2)});
}

// Zeros between the samples, then the same kernel ×4 (each output pixel sees a quarter of
// the taps), as the pyramid's expand step.
torch::Tensor pyramidUp(const torch::Tensor& x, const torch::Tensor& kernel)
{
    using torch::indexing::Slice;
    auto up = torch::zeros({x.size(0), x.size(1), 2 * x.size(2), 2 * x.size(3)}, x.options());
    up.index_put_({Slice(), Slice(), Slice(0, torch::indexing::None, 2), Slice(0, torch::indexing::None, 2)}, x);
    return blur(up, kernel) * 4.0;
}

// Which image each descriptor comes from, in increasing order: `perImage` from every image,
// or — past `cap` descriptors in all — `cap` drawn from random images, so memory stays
// bounded on a 50,000-image set.
torch::Tensor descriptorImages(int64_t n, int64_t perImage, int64_t cap, at::Generator& generator)
{
    if (n * perImage <= cap) return torch::arange(n, torch::kInt64).repeat_interleave(perImage);
    return std::get<0>(torch::randint(n, {cap}, generator, torch::kInt64).sort());
}

// The p×p patches at (y, x) of images `image − first` of `level`: [M, C, p, p].
torch::Tensor patchesAt(const torch::Tensor& level, const torch::Tensor& image, const torch::Tensor& y,
                        const torch::Tensor& x, int64_t p)
{
    auto windows = level.unfold(2, p, 1).unfold(3, p, 1).permute({0, 2, 3, 1, 4, 5}); // [N, H', W', C, p, p] view
    return windows.index({image, y, x});
}

// Each set by its own per-channel statistics, as ProGAN: SWD compares shapes of patch
// distributions, not the overall brightness or contrast of a level.
torch::Tensor normalisePerChannel(const torch::Tensor& patches)
{
    auto mean = patches.mean({0, 2, 3}, true);
    auto std = patches.std({0, 2, 3}, true, true).clamp_min(1e-8);
    return ((patches - mean) / std).flatten(1);
}
} // namespace

std::vector<torch::Tensor> laplacianPyramid(const torch::Tensor& images, int64_t smallest)
{
    TORCH_CHECK(images.dim() == 4, "a Laplacian pyramid needs images [N, C, H, W], got ", images.sizes());
    auto x = images.to(torch::kFloat32);
    const auto kernel = binomialKernel(x.size(1), x.options());
    std::vector<torch::Tensor> levels;
    while (x.size(2) > smallest && x.size(2) % 2 == 0 && x.size(3) % 2 == 0) {
        auto coarse = pyramidDown(x, kernel);
        levels.push_back(x - pyramidUp(coarse, kernel));
        x = coarse;
    }
    levels.push_back(x);
    return levels;
}

torch::Tensor collapsePyramid(const std::vector<torch::Tensor>& levels)
{
    TORCH_CHECK(!levels.empty(), "collapsing an empty pyramid");
    const auto kernel = binomialKernel(levels.back().size(1), levels.back().options());
    auto x = levels.back();
    for (auto level = levels.rbegin() + 1; level != levels.rend(); ++level) x = *level + pyramidUp(x, kernel);
    return x;
}

Result<SwdDescriptors> swdDescriptors(const torch::Tensor& images, const SwdSettings& settings)
{
    if (!images.defined() || images.dim() != 4 || images.size(0) < 1 || images.size(2) != images.size(3) ||
        images.size(2) < settings.smallestLevel || settings.patchSize > settings.smallestLevel) {
        std::ostringstream shape;
        if (images.defined()) shape << images.sizes();
        return makeError("SWD needs square images [N ≥ 1, C, S, S] with S ≥ " + std::to_string(settings.smallestLevel) +
                         ", got " + (images.defined() ? shape.str() : std::string("none")));
    }
    torch::NoGradGuard noGrad;
    auto generator = at::detail::createCPUGenerator(settings.seed);
    const int64_t n = images.size(0), p = settings.patchSize;
    // Where every descriptor of every level comes from, drawn up front...
    SwdDescriptors descriptors;
    std::vector<torch::Tensor> imageOf, yOf, xOf;
    for (int64_t side = images.size(2);; side /= 2) {
        descriptors.sides.push_back(side);
        auto image = descriptorImages(n, settings.descriptorsPerImage, settings.maxDescriptors, generator);
        imageOf.push_back(image);
        yOf.push_back(torch::randint(side - p + 1, {image.size(0)}, generator, torch::kInt64));
        xOf.push_back(torch::randint(side - p + 1, {image.size(0)}, generator, torch::kInt64));
        if (side <= settings.smallestLevel || side % 2 != 0) break;
    }
    // ...then the pyramid a chunk of images at a time, so only the patches are ever all in memory.
    const size_t levels = descriptors.sides.size();
    std::vector<std::vector<torch::Tensor>> patches(levels);
    const int64_t chunk = 256;
    for (int64_t first = 0; first < n; first += chunk) {
        const int64_t count = std::min(chunk, n - first);
        auto pyramid = laplacianPyramid(images.narrow(0, first, count).to(torch::kCPU), settings.smallestLevel);
        for (size_t level = 0; level < levels; ++level) {
            auto inChunk = ((imageOf[level] >= first) & (imageOf[level] < first + count)).nonzero().squeeze(1);
            if (inChunk.numel() == 0) continue;
            patches[level].push_back(patchesAt(pyramid[level], imageOf[level].index_select(0, inChunk) - first,
                                               yOf[level].index_select(0, inChunk), xOf[level].index_select(0, inChunk), p));
        }
    }
    for (size_t level = 0; level < levels; ++level) descriptors.levels.push_back(normalisePerChannel(torch::cat(patches[level])));
    return descriptors;
}

double slicedWasserstein(const torch::Tensor& a, const torch::Tensor& b, int64_t directionsPerRepeat, int64_t repeats,
                         uint64_t seed)
{
    TORCH_CHECK(a.dim() == 2 && b.dim() == 2 && a.size(1) == b.size(1) && a.size(0) > 0 && b.size(0) > 0,
                "sliced Wasserstein needs two [M, D] sets of the same D, got ", a.sizes(), " and ", b.sizes());
    auto generator = at::detail::createCPUGenerator(seed);
    const int64_t m = std::min(a.size(0), b.size(0));
    auto subsample = [&](const torch::Tensor& set) {
        if (set.size(0) == m) return set;
        return set.index_select(0, torch::randperm(set.size(0), generator, torch::kInt64).narrow(0, 0, m));
    };
    const auto x = subsample(a).to(torch::kFloat32), y = subsample(b).to(torch::kFloat32);
    double total = 0;
    for (int64_t r = 0; r < repeats; ++r) {
        auto directions = torch::randn({a.size(1), directionsPerRepeat}, generator, torch::kFloat32);
        directions = directions / directions.norm(2, {0}, true);
        auto px = std::get<0>(x.matmul(directions).sort(0));
        auto py = std::get<0>(y.matmul(directions).sort(0));
        total += (px - py).abs().to(torch::kFloat64).mean().item<double>();
    }
    return total / double(repeats);
}

Result<SwdResult> swdBetween(const SwdDescriptors& a, const SwdDescriptors& b, const SwdSettings& settings)
{
    if (a.sides != b.sides || a.levels.empty()) return makeError("SWD: the two sets have images of different sizes");
    SwdResult result;
    const size_t levels = a.levels.size();
    for (size_t level = 0; level < levels; ++level) {
        if (a.levels[level].size(1) != b.levels[level].size(1)) return makeError("SWD: the two sets have different channel counts");
        const double distance = slicedWasserstein(a.levels[level], b.levels[level], settings.directionsPerRepeat,
                                                  settings.repeats, settings.seed + 1 + level);
        result.levelSides.push_back(a.sides[level]);
        result.perLevel.push_back(1e3 * distance);
        result.mean += 1e3 * distance / double(levels);
    }
    return result;
}

Result<SwdResult> swd(const torch::Tensor& a, const torch::Tensor& b, const SwdSettings& settings)
{
    auto da = swdDescriptors(a, settings);
    if (!da) return da.error();
    auto db = swdDescriptors(b, settings);
    if (!db) return db.error();
    return swdBetween(*da, *db, settings);
}

} // namespace dddg
