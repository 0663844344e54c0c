#include "frame_conversion.h"

#include "dataset.h"
#include "image_metrics.h"

#include <ATen/ATen.h>

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace dddg {

namespace {
// Class names as users read them (Fashion-MNIST's garments are translated; digits are digits).
const char* const kClassNames[] = {
    QT_TRANSLATE_NOOP("dddg::ClassNames", "T-shirt/top"), QT_TRANSLATE_NOOP("dddg::ClassNames", "Trouser"),
    QT_TRANSLATE_NOOP("dddg::ClassNames", "Pullover"),    QT_TRANSLATE_NOOP("dddg::ClassNames", "Dress"),
    QT_TRANSLATE_NOOP("dddg::ClassNames", "Coat"),        QT_TRANSLATE_NOOP("dddg::ClassNames", "Sandal"),
    QT_TRANSLATE_NOOP("dddg::ClassNames", "Shirt"),       QT_TRANSLATE_NOOP("dddg::ClassNames", "Sneaker"),
    QT_TRANSLATE_NOOP("dddg::ClassNames", "Bag"),         QT_TRANSLATE_NOOP("dddg::ClassNames", "Ankle boot"),
};

} // namespace

QStringList displayClassNames(const std::string& dataset, int64_t count)
{
    QStringList names;
    for (const auto& name : classNames(dataset, count)) {
        bool known = std::any_of(std::begin(kClassNames), std::end(kClassNames), [&](const char* n) { return name == n; });
        names << (known ? QCoreApplication::translate("dddg::ClassNames", name.c_str()) : QString::fromStdString(name));
    }
    return names;
}


QStringList displayClassNames(const Dataset& data)
{
    if (data.classes.empty()) return displayClassNames(data.name, data.numClasses);
    QStringList names;
    for (const auto& name : data.classes) names << QString::fromStdString(name);
    return names;
}

QImage toImage(const torch::Tensor& image)
{
    TORCH_CHECK(image.dim() == 3 && (image.size(0) == 1 || image.size(0) == 3), "toImage expects [1|3, H, W]");
    auto bytes = ((image.detach().to(torch::kCPU, torch::kFloat32) + 1.0) * 127.5)
                     .round()
                     .clamp(0, 255)
                     .to(torch::kUInt8)
                     .permute({1, 2, 0})
                     .contiguous();
    const int h = int(bytes.size(0)), w = int(bytes.size(1)), c = int(bytes.size(2));
    QImage out(w, h, c == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const uint8_t* src = bytes.data_ptr<uint8_t>();
    for (int y = 0; y < h; ++y) std::memcpy(out.scanLine(y), src + size_t(y) * w * c, size_t(w) * c);
    return out;
}

torch::Tensor fromImage(const QImage& image, int64_t size, int64_t channels)
{
    QImage scaled = image;
    if (image.width() == 28 && image.height() == 28 && size == 32) {
        // Like the IDX datasets: 28×28 sits in a −1 (black) frame of 2 pixels.
        scaled = QImage(32, 32, QImage::Format_RGB32);
        scaled.fill(Qt::black);
        QPainter painter(&scaled);
        painter.drawImage(2, 2, image);
    } else if (image.width() != size || image.height() != size) {
        // As readImageFile: the shorter side to the frame, then the centre — never squashed.
        scaled = image.scaled(int(size), int(size), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        scaled = scaled.copy((scaled.width() - int(size)) / 2, (scaled.height() - int(size)) / 2, int(size), int(size));
    }
    scaled = scaled.convertToFormat(channels == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    auto out = torch::empty({size, size, channels}, torch::kUInt8);
    for (int y = 0; y < int(size); ++y)
        std::memcpy(out.data_ptr<uint8_t>() + size_t(y) * size * channels, scaled.constScanLine(y), size_t(size * channels));
    return (out.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32) / 127.5 - 1.0).contiguous();
}

torch::Tensor fromImageAtOwnSize(const QImage& image)
{
    QImage opaque = image;
    if (image.hasAlphaChannel()) { // over white, as image files are read
        opaque = QImage(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
    }
    const bool grey = image.isGrayscale();
    const int64_t channels = grey ? 1 : 3, height = opaque.height(), width = opaque.width();
    const QImage pixels = opaque.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    auto out = torch::empty({height, width, channels}, torch::kUInt8);
    for (int y = 0; y < int(height); ++y)
        std::memcpy(out.data_ptr<uint8_t>() + size_t(y) * size_t(width * channels), pixels.constScanLine(y), size_t(width * channels));
    return (out.permute({2, 0, 1}).unsqueeze(0).to(torch::kFloat32) / 127.5 - 1.0).contiguous();
}

LatentCode codeOf(const Trajectory& trajectory, int64_t b)
{
    const int tMax = int(trajectory.z.size(0)), dz = int(trajectory.z.size(2));
    LatentCode code(tMax, dz);
    auto rows = trajectory.z.select(1, b).to(torch::kCPU, torch::kFloat32).contiguous();
    std::memcpy(code.z.data(), rows.data_ptr<float>(), code.z.size() * sizeof(float));
    code.label = trajectory.labels.defined() ? int(trajectory.labels[b].item<int64_t>()) : -1;
    return code;
}

torch::Tensor latentsOf(const QVector<LatentCode>& codes)
{
    TORCH_CHECK(!codes.isEmpty() && codes.front().isValid(), "no latent codes");
    const auto& first = codes.front();
    auto z = torch::empty({first.tMax, int64_t(codes.size()), first.dz});
    for (int b = 0; b < codes.size(); ++b) {
        TORCH_CHECK(codes[b].sameShape(first) && codes[b].isValid(), "latent codes of different shapes");
        auto row = torch::from_blob(const_cast<float*>(codes[b].z.data()), {first.tMax, first.dz}, torch::kFloat32);
        z.select(1, b).copy_(row);
    }
    return z;
}

torch::Tensor labelsOf(const QVector<LatentCode>& codes)
{
    std::vector<int64_t> labels;
    bool any = false;
    for (const auto& code : codes) {
        labels.push_back(std::max(code.label, 0));
        any = any || code.label >= 0;
    }
    return any ? torch::tensor(labels, torch::kInt64) : torch::Tensor();
}

TrajectoryFrames toFrames(const Trajectory& trajectory, const std::vector<torch::Tensor>& forward,
                          const TrajectoryFrames* reuse, int k)
{
    TrajectoryFrames frames;
    frames.tMax = int(trajectory.xNorm.size(0));
    frames.batch = int(trajectory.batch());
    const int B = frames.batch;
    const bool withMetrics = forward.size() == size_t(frames.tMax + 1);
    if (!reuse || reuse->batch != B || reuse->tMax != frames.tMax || (withMetrics && reuse->psnr.isEmpty())) k = -1;
    k = std::min(k, frames.tMax);
    for (int t = 0; t <= frames.tMax; ++t)
        for (int b = 0; b < B; ++b) frames.xPrime.push_back(t <= k ? reuse->statePrime(t, b) : toImage(trajectory.xPrime[t][b]));
    for (int t = 1; t <= frames.tMax; ++t)
        for (int b = 0; b < B; ++b) frames.xNorm.push_back(t <= k ? reuse->stateNorm(t, b) : toImage(trajectory.xNorm[t - 1][b]));
    for (int b = 0; b < B; ++b) frames.codes.push_back(codeOf(trajectory, b));
    if (!withMetrics) return frames;
    frames.psnr.resize((frames.tMax + 1) * B);
    frames.ssim.resize((frames.tMax + 1) * B);
    for (int t = 0; t <= frames.tMax; ++t) {
        if (t <= k) {
            for (int b = 0; b < B; ++b) {
                frames.psnr[t * B + b] = reuse->psnrAt(t, b);
                frames.ssim[t * B + b] = reuse->ssimAt(t, b);
            }
            continue;
        }
        auto states = trajectory.xPrime[t].clamp(-1, 1);
        auto target = forward[size_t(t)].to(torch::kCPU).expand_as(states);
        auto p = psnr(states, target).contiguous(), q = ssim(states, target).contiguous();
        for (int b = 0; b < B; ++b) {
            frames.psnr[t * B + b] = p.data_ptr<float>()[b];
            frames.ssim[t * B + b] = q.data_ptr<float>()[b];
        }
    }
    return frames;
}

} // namespace dddg
