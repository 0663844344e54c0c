#include "explorer_engine.h"

#include "checkpoint.h"
#include "dataset.h"
#include "frame_conversion.h"
#include "guarded_job.h"
#include "image_metrics.h"
#include "inversion.h"
#include "tensor_export.h"
#include "video_export.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QThread>

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

// [SECTION] State: everything tensor-valued, owned by the engine's thread.
struct ExplorerEngine::State {
    std::shared_ptr<DddgModel> model;
    ModelInfo info;
    Dataset data;                        // test split of the chosen dataset
    torch::Tensor reference;             // [1, C, H, W] or undefined
    QString referenceSource;
    int referenceLabel = -1;
    std::vector<torch::Tensor> forward;  // reduce_info(reference, t), t = 0..t_max
    Trajectory timeline;
    TrajectoryFrames timelineFrames;
    bool hasTimeline = false;
    Trajectory codeTrajectory;           // cache of the last rendered code …
    TrajectoryFrames codeFrames;         // … and its pictures
    LatentCode cachedCode;

    DddgModel& requireModel() const
    {
        if (!model) throw std::runtime_error("no model is loaded (File ▸ Open checkpoint)");
        return *model;
    }
    bool conditional() const { return model && model->config().numClasses > 0; }
};

namespace {

double elapsedMs(const QElapsedTimer& timer) { return double(timer.nsecsElapsed()) / 1e6; }

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

// The class whose encoder reconstruction fits `image` best (for images without a label).
int64_t bestClass(DddgModel& model, const torch::Tensor& image)
{
    const int64_t K = model.config().numClasses;
    auto images = image.expand({K, image.size(1), image.size(2), image.size(3)}).contiguous();
    auto labels = torch::arange(K, torch::kInt64);
    auto trajectory = renderTrajectory(model, encodeLatents(model, images, labels), labels);
    return psnr(trajectory.result().clamp(-1, 1), images).argmax().item<int64_t>();
}

} // namespace

ExplorerEngine::ExplorerEngine(QObject* parent) : QObject(parent), m_state(std::make_unique<State>()) {}

ExplorerEngine::~ExplorerEngine() = default;

// Runs `job` on the engine's thread; no exception leaves it (Qt's rule for slots).
template <typename Job>
void ExplorerEngine::post(const QString& what, Job job)
{
    QMetaObject::invokeMethod(
        this,
        [this, what, job = std::move(job)]() mutable {
            m_lastWorkThread = QThread::currentThread();
            // Batches here are tiny: one intra-op thread beats fanning out (this thread only).
            if (at::get_num_threads() != 1) at::set_num_threads(1);
            runGuarded(what, job, [this](const QString& w, const QString& m) { Q_EMIT failed(w, m); });
        },
        Qt::QueuedConnection);
}

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
        auto loaded = dddg::loadDataset(name.toStdString(), dataDir.toStdString(), Split::Test);
        if (!loaded) throw std::runtime_error(loaded.error().message);
        auto& s = *m_state;
        s.data = std::move(*loaded);
        DatasetInfo info;
        info.name = name;
        info.size = int(s.data.size());
        info.numClasses = int(s.data.numClasses);
        info.classNames = displayClassNames(name.toStdString(), s.data.numClasses);
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
                label = torch::full({1}, s.referenceLabel >= 0 ? int64_t(s.referenceLabel) : bestClass(model, s.reference), torch::kInt64);
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

// [SECTION] Latent codes: rendering with reuse, inversion, files
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

void ExplorerEngine::invertReference(quint64 stamp, int refineSteps)
{
    m_cancelInversion = false; // here, not in the job: a cancel before it starts must count
    post(tr("Invert image"), [this, stamp, refineSteps] { doInvert(stamp, refineSteps); });
}

void ExplorerEngine::doInvert(quint64 stamp, int refineSteps)
{
    auto& s = *m_state;
    auto& model = s.requireModel();
    if (!s.reference.defined()) throw std::runtime_error("choose an image to invert first");
    QElapsedTimer timer, sinceProgress;
    timer.start();
    sinceProgress.start();
    torch::Tensor labels;
    if (s.conditional())
        labels = torch::full({1}, s.referenceLabel >= 0 ? int64_t(s.referenceLabel) : bestClass(model, s.reference), torch::kInt64);
    InversionOutcome outcome;
    outcome.stamp = stamp;
    outcome.source = s.referenceSource;
    outcome.refineSteps = refineSteps;
    auto z = encodeLatents(model, s.reference, labels);
    auto encoder = renderTrajectory(model, z, labels);
    Trajectory refined = encoder;
    if (refineSteps > 0) {
        RefineOptions options;
        options.steps = refineSteps;
        auto progress = [&](int64_t done, int64_t total) {
            if (sinceProgress.elapsed() >= 40 || done == total) {
                Q_EMIT inversionProgress(stamp, int(done), int(total));
                sinceProgress.restart();
            }
            return !m_cancelInversion.load();
        };
        auto result = refineLatents(model, s.reference, z, labels, options, progress);
        if (result) refined = std::move(*result);
        else if (result.cancelled()) outcome.cancelled = true; // the encoder's trajectory stands
        else throw std::runtime_error(result.error().message);
    }
    outcome.encoder = toFrames(encoder, s.forward);
    outcome.refined = toFrames(refined, s.forward);
    outcome.psnrEncoder = psnr(encoder.result().clamp(-1, 1), s.reference).item<double>();
    outcome.ssimEncoder = ssim(encoder.result().clamp(-1, 1), s.reference).item<double>();
    outcome.psnrRefined = psnr(refined.result().clamp(-1, 1), s.reference).item<double>();
    outcome.ssimRefined = ssim(refined.result().clamp(-1, 1), s.reference).item<double>();
    outcome.elapsedMs = elapsedMs(timer);
    Q_EMIT inversionFinished(outcome);
}

void ExplorerEngine::saveCodes(const QString& path, const QVector<LatentCode>& codes)
{
    post(tr("Save latent code"), [this, path, codes] {
        auto& model = m_state->requireModel();
        TensorDict tensors{{"z", latentsOf(codes)}, {"scale", model.scale.scales()}};
        if (auto labels = labelsOf(codes); labels.defined()) tensors["labels"] = labels;
        if (auto status = saveTensorDict(path.toStdString(), tensors); !status) throw std::runtime_error(status.error().message);
        Q_EMIT codesSaved(path);
    });
}

void ExplorerEngine::loadCodes(const QString& path)
{
    post(tr("Open latent code"), [this, path] {
        auto loaded = loadTensorDict(path.toStdString());
        if (!loaded) throw std::runtime_error(loaded.error().message);
        auto it = loaded->find("z");
        if (it == loaded->end()) throw std::runtime_error("latent file " + path.toStdString() + " has no 'z' tensor");
        auto z = it->second.to(torch::kFloat32);
        if (z.dim() == 2) z = z.unsqueeze(1); // a single code saved as [t_max, d_z]
        const auto& info = m_state->info;
        if (z.dim() != 3 || (info.isValid() && (z.size(0) != info.tMax || z.size(2) != info.dz)))
            throw std::runtime_error("latent file " + path.toStdString() + " holds z of shape " + c10::str(z.sizes()) +
                                     ", this model needs [" + std::to_string(info.tMax) + ", B, " + std::to_string(info.dz) + "]");
        Trajectory holder;
        holder.z = z;
        if (auto labels = loaded->find("labels"); labels != loaded->end()) holder.labels = labels->second.to(torch::kInt64);
        QVector<LatentCode> codes;
        for (int64_t b = 0; b < z.size(1); ++b) codes.push_back(codeOf(holder, b));
        Q_EMIT codesLoaded(path, codes);
    });
}

void ExplorerEngine::exportVideo(const QString& path, const QVector<QImage>& frames, int fps)
{
    post(tr("Export video"), [this, path, frames, fps] {
        if (auto status = writeVideo(path.toStdString(), frames, fps); !status) throw std::runtime_error(status.error().message);
        Q_EMIT videoExported(path);
    });
}

} // namespace dddg
