// ExplorerEngine: loading models, data and the reference image; sampling, branching and
// rendering latent codes. Inversion: explorer_engine_inversion.cpp; code and video files:
// explorer_engine_files.cpp; the state they share: explorer_engine_state.h.
#include "explorer_engine_state.h"

#include "checkpoint.h"
#include "frame_conversion.h"
#include "inversion.h"

#include <ATen/CPUGeneratorImpl.h>
#include <spdlog/spdlog.h>

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace dddg {

void registerExplorerTypes()
{
    qRegisterMetaType<ModelInfo>();
    qRegisterMetaType<DatasetInfo>();
    qRegisterMetaType<ReferenceFrames>();
    qRegisterMetaType<TrajectoryFrames>();
    qRegisterMetaType<InversionOutcome>();
    qRegisterMetaType<ThumbnailPage>();
    qRegisterMetaType<LatentCode>();
    qRegisterMetaType<QVector<LatentCode>>();
}

namespace {

ModelInfo describe(const Checkpoint& checkpoint, const QString& source, const QString& hash)
{
    const auto& model = *checkpoint.model;
    const auto& c = model.config();
    ModelInfo info;
    info.source = source;
    info.displayName = source.startsWith(":/") ? QObject::tr("bundled model") : QFileInfo(source).fileName();
    info.hash = hash;
    info.dataset = QString::fromStdString(checkpoint.config.string("dataset", "fashion-mnist"));
    info.device = QString::fromStdString(model.device().str());
    info.degradation = QString::fromStdString(toString(c.degradation.kind));
    info.tMax = int(c.tMax());
    info.dz = int(c.dz);
    info.numClasses = int(c.numClasses);
    info.channels = int(c.channels);
    info.imageSize = int(c.imageSize);
    info.step = checkpoint.step;
    info.encoderTuningSteps = qint64(checkpoint.config.number("encoder_tuning_steps", 0));
    info.parameters = model.parameterCount();
    for (int t = 0; t <= info.tMax; ++t) info.sigmas.push_back(model.degradation().sigma(t));
    auto scales = model.scale.scales().to(torch::kCPU, torch::kFloat32).contiguous();
    info.scales = QVector<float>(scales.data_ptr<float>(), scales.data_ptr<float>() + scales.numel());
    info.classNames = displayClassNames(info.dataset.toStdString(), c.numClasses);
    return info;
}

// Classes for a sampled batch: fixed, or drawn from the seed so a seed names the whole picture.
torch::Tensor sampleLabels(const DddgModel& model, int64_t batch, uint64_t seed, int classLabel)
{
    const int64_t K = model.config().numClasses;
    if (K <= 0) return {};
    if (classLabel >= 0) return torch::full({batch}, std::min<int64_t>(classLabel, K - 1), torch::kInt64);
    auto generator = at::detail::createCPUGenerator(seed ^ 0x9e3779b97f4a7c15ULL);
    return torch::randint(K, {batch}, generator, torch::kInt64);
}

} // namespace

ExplorerEngine::ExplorerEngine(QObject* parent) : QObject(parent), m_state(std::make_unique<State>()) {}

ExplorerEngine::~ExplorerEngine() = default;


// [SECTION] Model, data and reference image
void ExplorerEngine::loadModel(const QString& source)
{
    post(tr("Open checkpoint"), [this, source] {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot open checkpoint " + source.toStdString() + ": " + file.errorString().toStdString());
        const std::string bytes = file.readAll().toStdString();
        auto loaded = loadCheckpointFromBytes(bytes, source.toStdString());
        if (!loaded) throw std::runtime_error(loaded.error().message);
        auto& s = *m_state;
        s.model = loaded->model;
        s.info = describe(*loaded, source, QString::fromStdString(bytesHash(bytes)));
        s.hasTimeline = false;
        s.cachedCode = {};
        spdlog::info("loaded {} ({} parameters, t_max {}, d_z {}, step {})", source.toStdString(), s.info.parameters,
                     s.info.tMax, s.info.dz, s.info.step);
        Q_EMIT modelLoaded(s.info);
        if (s.reference.defined()) emitReference(0);
    });
}

void ExplorerEngine::loadDataset(const QString& name, const QString& dataDir)
{
    post(tr("Open dataset"), [this, name, dataDir] {
        auto& s = *m_state;
        // In the model's frame when one is open: its images are what the model inverts.
        std::optional<Frame> frame;
        if (s.model) frame = Frame{s.model->config().channels, s.model->config().imageSize};
        auto loaded = dddg::loadDataset(name.toStdString(), dataDir.toStdString(), Split::Test, frame);
        if (!loaded) throw std::runtime_error(loaded.error().message);
        s.data = std::move(*loaded);
        DatasetInfo info;
        info.name = name;
        info.size = int(s.data.size());
        info.numClasses = int(s.data.numClasses);
        info.classNames = displayClassNames(s.data);
        info.channels = int(s.data.frame().channels);
        info.imageSize = int(s.data.frame().size);
        for (const auto& note : s.data.notes) info.notes << QString::fromStdString(s.data.name + ": " + note);
        for (const auto& note : s.data.notes) spdlog::warn("dataset {}: {}", s.data.name, note);
        spdlog::info("dataset {}: {} test images", name.toStdString(), info.size);
        Q_EMIT datasetLoaded(info);
    });
}

void ExplorerEngine::chooseDatasetReference(quint64 stamp, int index)
{
    post(tr("Choose image"), [this, stamp, index] {
        auto& s = *m_state;
        if (index < 0 || index >= s.data.size())
            throw std::runtime_error("image index " + std::to_string(index) + " is outside the dataset (0.." +
                                     std::to_string(s.data.size() - 1) + ")");
        s.reference = s.data.images.narrow(0, index, 1).clone();
        s.referenceLabel = s.data.labels.defined() ? int(s.data.labels[index].item<int64_t>()) : -1;
        s.referenceSource = QStringLiteral("%1 test #%2").arg(QString::fromStdString(s.data.name)).arg(index);
        emitReference(stamp);
    });
}

void ExplorerEngine::chooseFileReference(quint64 stamp, const QString& path)
{
    post(tr("Open image"), [this, stamp, path] {
        QImageReader reader(path);
        QImage image = reader.read();
        if (image.isNull())
            throw std::runtime_error("cannot read image " + path.toStdString() + ": " + reader.errorString().toStdString());
        m_state->referenceLabel = -1;
        m_state->referenceSource = path;
        m_state->reference = fromImage(image, m_state->model ? m_state->info.imageSize : 32,
                                       m_state->model ? m_state->info.channels : 1);
        emitReference(stamp);
    });
}

void ExplorerEngine::chooseImageReference(quint64 stamp, const QImage& image, const QString& source)
{
    post(tr("Use image"), [this, stamp, image, source] {
        if (image.isNull()) throw std::runtime_error("the dropped image is empty");
        m_state->referenceLabel = -1;
        m_state->referenceSource = source;
        m_state->reference = fromImage(image, m_state->model ? m_state->info.imageSize : 32,
                                       m_state->model ? m_state->info.channels : 1);
        emitReference(stamp);
    });
}

void ExplorerEngine::emitReference(quint64 stamp)
{
    auto& s = *m_state;
    ReferenceFrames frames;
    frames.stamp = stamp;
    frames.source = s.referenceSource;
    frames.label = s.referenceLabel;
    frames.image = toImage(s.reference[0]);
    s.forward.clear();
    s.codeFrames = {};
    s.cachedCode = {}; // metrics were against the old image
    if (s.model) {
        if (s.reference.size(1) != s.info.channels || s.reference.size(2) != s.info.imageSize)
            s.reference = fromImage(frames.image, s.info.imageSize, s.info.channels);
        for (int64_t t = 0; t <= s.model->config().tMax(); ++t) {
            s.forward.push_back(s.model->degradation().reduce(s.reference, t));
            frames.forward.push_back(toImage(s.forward.back()[0]));
        }
    }
    Q_EMIT referenceReady(frames);
}

void ExplorerEngine::requestThumbnails(int start, int count)
{
    post(tr("Dataset thumbnails"), [this, start, count] {
        const auto& data = m_state->data;
        ThumbnailPage page;
        page.start = std::max(0, start);
        for (int64_t i = page.start; i < std::min<int64_t>(data.size(), int64_t(page.start) + count); ++i) {
            page.images.push_back(toImage(data.images[i]));
            page.labels.push_back(data.labels.defined() ? int(data.labels[i].item<int64_t>()) : -1);
        }
        Q_EMIT thumbnailsReady(page);
    });
}

// [SECTION] Timeline: sampling and branching
void ExplorerEngine::renderTimeline(const TimelineRequest& request)
{
    m_latestTimeline = request.stamp;
    post(tr("Sample trajectories"), [this, request] { doRenderTimeline(request); });
}

void ExplorerEngine::doRenderTimeline(const TimelineRequest& request)
{
    if (request.stamp != m_latestTimeline) return; // a newer request is queued
    c10::InferenceMode inference;
    auto& s = *m_state;
    auto& model = s.requireModel();
    QElapsedTimer timer;
    timer.start();
    torch::Tensor z, labels;
    if (!request.codes.isEmpty()) {
        z = latentsOf(request.codes);
        labels = labelsOf(request.codes);
        if (s.conditional() && !labels.defined()) labels = sampleLabels(model, z.size(1), 0, std::max(0, request.classLabel));
        if (!s.conditional()) labels = torch::Tensor();
    } else {
        z = drawLatents(model.config(), request.batch, request.seed);
        labels = sampleLabels(model, request.batch, request.seed, request.classLabel);
        if (request.invertReference && s.reference.defined()) {
            // Row 0 reconstructs the real image, so its PSNR/SSIM strip is meaningful.
            torch::Tensor label;
            if (s.conditional()) {
                label = torch::full({1}, s.referenceClass(), torch::kInt64);
                labels[0] = label[0];
            }
            z.select(1, 0).copy_(encodeLatents(model, s.reference, label).select(1, 0));
        }
    }
    s.timeline = renderTrajectory(model, z, labels);
    s.hasTimeline = true;
    auto frames = toFrames(s.timeline, s.forward);
    s.timelineFrames = frames;
    frames.stamp = request.stamp;
    frames.computeMs = elapsedMs(timer);
    Q_EMIT timelineReady(frames);
}

void ExplorerEngine::branchTimeline(const BranchRequest& request)
{
    post(tr("Branch trajectory"), [this, request] { doBranch(request); });
}

void ExplorerEngine::doBranch(const BranchRequest& request)
{
    if (request.stamp < m_latestTimeline) return; // a newer full render replaces the base
    c10::InferenceMode inference;
    auto& s = *m_state;
    auto& model = s.requireModel();
    if (!s.hasTimeline) throw std::runtime_error("there is no trajectory to branch yet");
    QElapsedTimer timer;
    timer.start();
    auto z = drawLatents(model.config(), s.timeline.batch(), request.seed);
    s.timeline = continueTrajectory(model, s.timeline, request.k, z);
    auto frames = toFrames(s.timeline, s.forward, &s.timelineFrames, request.k);
    s.timelineFrames = frames;
    frames.stamp = request.stamp;
    frames.recomputedFrom = request.k;
    frames.computeMs = elapsedMs(timer);
    Q_EMIT timelineReady(frames);
}

// [SECTION] Latent codes: rendering with reuse (inversion: explorer_engine_inversion.cpp)
void ExplorerEngine::renderCode(const CodeRequest& request)
{
    m_latestCode = request.stamp;
    post(tr("Render latent code"), [this, request] { doRenderCode(request); });
}

void ExplorerEngine::doRenderCode(const CodeRequest& request)
{
    if (request.stamp != m_latestCode) return;
    c10::InferenceMode inference; // no autograd bookkeeping on the interactive path
    auto& s = *m_state;
    auto& model = s.requireModel();
    if (request.code.tMax != model.config().tMax() || request.code.dz != model.config().dz)
        throw std::runtime_error("the latent code does not fit this model (t_max or d_z differ)");
    QElapsedTimer timer;
    timer.start();
    LatentCode code = request.code;
    if (s.conditional() && code.label < 0) code.label = 0;
    if (!s.conditional()) code.label = -1;
    auto z = latentsOf({code});
    int from = s.cachedCode.isValid() ? code.firstDifferingStep(s.cachedCode) : 0;
    if (from == 0) s.codeTrajectory = renderTrajectory(model, z, labelsOf({code}));
    else if (from < code.tMax) s.codeTrajectory = continueTrajectory(model, s.codeTrajectory, from, z);
    s.cachedCode = code;
    // States up to x'_from are unchanged: their pictures and metrics are reused.
    auto frames = toFrames(s.codeTrajectory, s.forward, from > 0 ? &s.codeFrames : nullptr, from);
    s.codeFrames = frames;
    frames.stamp = request.stamp;
    frames.recomputedFrom = from;
    frames.computeMs = elapsedMs(timer);
    Q_EMIT codeRendered(frames);
}

} // namespace dddg
