#include "comparison_worker.h"

#include "comparison.h"
#include "dataset.h"
#include "frame_conversion.h"
#include "guarded_job.h"
#include "image_file.h"
#include "image_metrics.h"

#include <ATen/ATen.h>
#include <spdlog/spdlog.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <thread>

namespace dddg {

void registerComparisonTypes()
{
    qRegisterMetaType<CompareSetup>();
    qRegisterMetaType<CompareInput>();
    qRegisterMetaType<CompareMethod>();
    qRegisterMetaType<QVector<CompareMethod>>();
    qRegisterMetaType<CompareResult>();
    qRegisterMetaType<CompareRunRequest>();
}

namespace {

// Before this session has measured a method: seconds per network evaluation of one 32×32
// grey image (1,024 values) on one thread of the 2-core CPU, as the panel runs one image,
// measured in this panel on fashion-mnist: a DDPM or DAE pass and a DIP iteration (forward
// and backward) about 6 ms, a DDDG pass with its refinement 9 ms; a filter about 20 ms an
// image. Bigger frames cost in proportion to their values.
double guessSecondsPerImage(const MethodEntry& entry, int64_t nfe, double values)
{
    const double scale = values / 1024.0;
    if (nfe == 0) return 0.02 * scale;
    return double(nfe) * (entry.family == "gan" ? 0.009 : 0.006) * scale;
}

// The values a method's networks see for one input: the image itself in its frame; at its own
// size, the tiles' (overlapping by a quarter, (4/3)² the pixels), DIP's working scale or
// DDDG's frame.
double valuesWorkedOn(const MethodEntry& entry, const torch::Tensor& image, const Frame& frame)
{
    const double values = double(image.numel());
    const bool inFrame = image.size(1) == frame.channels && image.size(2) == frame.size && image.size(3) == frame.size;
    if (inFrame) return values;
    switch (scaleHandlingOf(entry.family)) {
    case ScaleHandling::Tiles: return values * 16.0 / 9.0;
    case ScaleHandling::WorkingScale: return std::min(values, double(kWorkingSide * kWorkingSide * image.size(1)));
    case ScaleHandling::FixedFrame: return double(frame.size * frame.size * frame.channels);
    case ScaleHandling::Whole: break;
    }
    return values;
}

// Once per session before the first image: the filters tune their parameter on training
// images (NLM, the slowest, about 8.5 s at 32×32), the learned methods load their model.
double guessFirstUseSeconds(const MethodEntry& entry, double values)
{
    const double scale = values / 1024.0;
    if (entry.family != "classical") return 0.3;
    return (entry.name == "nlm" ? 8.5 : 0.2) * scale;
}

const char* statusText(RowStatus status)
{
    switch (status) {
    case RowStatus::Ok: return "ok";
    case RowStatus::NotApplicable: return "n/a";
    case RowStatus::Skipped: return "skipped";
    case RowStatus::Cancelled: return "cancelled";
    case RowStatus::Failed: return "failed";
    }
    return "failed";
}

/// "pasted image: 640×480 colour → 32×32 grey (the models' frame)" — the form of imageFrameNote.
QString frameNote(const QString& name, const QImage& image, const Frame& frame)
{
    const bool grey = image.isGrayscale();
    if (image.width() == frame.size && image.height() == frame.size && grey == (frame.channels == 1)) return {};
    return QStringLiteral("%1: %2×%3 %4 → %5 (the models' frame)")
        .arg(name)
        .arg(image.width())
        .arg(image.height())
        .arg(grey ? QStringLiteral("grey") : QStringLiteral("colour"))
        .arg(QString::fromStdString(frame.text()));
}

/// "photo.jpg: 1280×1024 colour at its own size; the models' frame is 32×32 grey (filters whole,
/// networks in tiles, …)"; empty when the picture is in the frame.
QString ownSizeNote(const QString& name, const torch::Tensor& image, const Frame& frame, const std::string& models)
{
    if (image.size(1) == frame.channels && image.size(2) == frame.size && image.size(3) == frame.size) return {};
    return QStringLiteral("%1: %2×%3 %4 at its own size; the %5 models' frame is %6 (filters whole, networks in blended tiles, "
                          "DIP at its working scale, DDDG on a letterboxed copy)")
        .arg(name)
        .arg(image.size(3))
        .arg(image.size(2))
        .arg(image.size(1) == 3 ? QStringLiteral("colour") : QStringLiteral("grey"))
        .arg(QString::fromStdString(models), QString::fromStdString(frame.text()));
}

/// A picture of one's own at its own size, as `dddg compare --image`: restored by the photo
/// models when ./run.sh has made their data (SPEC §11), not by the open dataset's.
bool isOwnSizePicture(const CompareSetup& setup) { return setup.source != QLatin1String("dataset") && setup.ownSize; }

CompareResult resultOf(const ComparisonRow& row, const CompareRunRequest& request, const torch::Tensor& clean)
{
    CompareResult r;
    r.stamp = request.stamp;
    r.method = QString::fromStdString(row.method);
    r.status = QString::fromLatin1(statusText(row.status));
    r.note = QString::fromStdString(row.note);
    r.model = QString::fromStdString(row.model);
    r.nfe = int(row.nfe);
    r.n = int(row.n);
    r.seconds = row.wallSeconds;
    if (row.status != RowStatus::Ok) return r;
    r.psnr = row.psnr;
    r.ssim = row.ssim;
    r.psnrStd = row.psnrStd;
    r.ssimStd = row.ssimStd;
    r.tilePsnr = row.psnrPerImage[0].item<double>();
    r.tileSsim = row.ssimPerImage[0].item<double>();
    r.image = toImage(row.restored[0]);
    if (row.method == "input") r.reference = toImage(clean[0]);
    // Each state's own numbers, so that the captions follow the Step slider.
    const torch::Tensor target = clean.slice(0, 0, 1).to(torch::kFloat);
    for (size_t k = 0; k < row.states.size(); ++k) {
        const torch::Tensor state = row.states[k].slice(0, 0, 1).clamp(-1, 1).to(torch::kFloat);
        r.states.push_back(toImage(state[0]));
        r.stateLabels << QString::fromStdString(k < row.stateLabels.size() ? row.stateLabels[k] : std::to_string(k));
        if (state.sizes() == target.sizes()) {
            r.statePsnr << psnr(state, target).item<double>();
            r.stateSsim << ssim(state, target).item<double>();
        }
    }
    return r;
}

/// The run's progress as the worker's signals; each finished row also records its seconds per image.
ComparisonCallbacks callbacksFor(ComparisonWorker* worker, const std::atomic<bool>* cancel, std::map<std::string, double>& measured,
                                 const CompareRunRequest& request, const DegradationSpec& spec, const torch::Tensor& clean)
{
    // Progress goes out at most every 40 ms per method, so a fast method cannot flood the UI.
    auto sinceEmit = std::make_shared<QElapsedTimer>();
    sinceEmit->start();
    ComparisonCallbacks callbacks;
    callbacks.cancel = cancel;
    callbacks.onMethodStarted = [worker, request, sinceEmit](const std::string& name) {
        Q_EMIT worker->methodStarted(request.stamp, QString::fromStdString(name));
        sinceEmit->restart();
    };
    callbacks.onProgress = [worker, request, sinceEmit](const std::string& name, double fraction) {
        if (sinceEmit->elapsed() < 40 && fraction < 1.0) return;
        sinceEmit->restart();
        Q_EMIT worker->methodProgress(request.stamp, QString::fromStdString(name), fraction);
    };
    callbacks.onRow = [worker, &measured, request, spec, clean](const ComparisonRow& row) {
        // Per image and network pass, so that a run at another DIP budget still predicts the next.
        if (row.status == RowStatus::Ok && row.method != "input" && row.n > 0)
            measured[row.method + "/" + spec.label()] = row.wallSeconds / double(row.n) / double(std::max<int64_t>(1, row.nfe));
        Q_EMIT worker->methodFinished(resultOf(row, request, clean));
    };
    return callbacks;
}

} // namespace

/// The input of the last prepare or run, kept so that a run of the same setup restores the
/// very tensors the view shows (degraded once, not again per run). Outside the anonymous
/// namespace because State holds it (a unity build would warn of the subobject's linkage).
struct ComparisonPreparedInput {
    CompareSetup setup;
    DegradationSpec spec;
    torch::Tensor clean, degraded; // [1, C, H, W]
    CompareInput shown;
};
using PreparedInput = ComparisonPreparedInput;

namespace {

/// A drawn mask (white = missing) as the operator's weights [1, 1, H, W]: 1 kept, 0 missing.
torch::Tensor keptWeights(const QImage& mask)
{
    const QImage grey = mask.convertToFormat(QImage::Format_Grayscale8);
    auto weights = torch::empty({1, 1, grey.height(), grey.width()});
    auto w = weights.accessor<float, 4>();
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x) w[0][0][y][x] = row[x] >= 128 ? 0.0f : 1.0f;
    }
    return weights;
}

/// A drawn mask of another picture's size (the settings of another session, another dataset)
/// gives way to the fading hole, and the input's note says so.
void dropMismatchedMask(DegradationSpec& spec, const torch::Tensor& clean, QString* note)
{
    if (!spec.mask.defined() || (spec.mask.size(2) == clean.size(2) && spec.mask.size(3) == clean.size(3))) return;
    if (note)
        *note += (note->isEmpty() ? QString() : QStringLiteral("; ")) +
                 QStringLiteral("the drawn mask is %1×%2, this picture %3×%4: the fading hole is used")
                     .arg(spec.mask.size(3)).arg(spec.mask.size(2)).arg(clean.size(3)).arg(clean.size(2));
    spec.mask = torch::Tensor();
    spec.maskName.clear();
}

bool sameInput(const CompareSetup& a, const CompareSetup& b)
{
    return a.dataset == b.dataset && a.source == b.source && a.index == b.index && a.path == b.path && a.imageName == b.imageName &&
           a.ownSize == b.ownSize &&
           a.degradation == b.degradation && a.sigma == b.sigma && a.level == b.level && a.factor == b.factor && a.sigmaY == b.sigmaY &&
           a.quantize == b.quantize && a.mask == b.mask && a.seed == b.seed && a.image == b.image;
}

} // namespace

struct ComparisonWorker::State {
    QString dataset;
    std::string modelsDir;
    Dataset test;
    std::unique_ptr<MethodSet> methods;     // made once per dataset, kept between runs
    std::unique_ptr<MethodSet> photoMethods; // for own pictures, made at the first one
    std::optional<PreparedInput> prepared;
    std::map<std::string, double> measured; // seconds per image, from this session's runs

    MethodSet& requireMethods() const
    {
        if (!methods) throw std::runtime_error("no dataset is open for the comparison");
        return *methods;
    }
    /// The methods that restore `setup`'s input: the photo models' for a picture at its own size
    /// when the photos set exists, else the open dataset's.
    MethodSet& methodsFor(const CompareSetup& setup)
    {
        MethodSet& open = requireMethods();
        if (!isOwnSizePicture(setup) || dataset == QLatin1String("photos")) return open;
        if (!photoMethods) {
            if (pictureDataset() != "photos") return open; // the set is not made: the open dataset's models, per channel
            auto context = makeMethodContext("photos", "", modelsDir, torch::kCPU);
            if (!context) throw std::runtime_error(context.error().message);
            photoMethods = std::make_unique<MethodSet>(std::move(*context));
        }
        return *photoMethods;
    }
    static std::string modelsName(const MethodSet& set) { return set.context().models->dataset(); }
    DegradationSpec specOf(const CompareSetup& setup, MethodSet& methods) const
    {
        const MethodContext& context = methods.context();
        const bool sr = setup.degradation == QLatin1String("sr");
        auto spec = degradationSpec(setup.degradation.toStdString(), setup.sigma, sr ? setup.factor : setup.level, context.operatorTMax(),
                                    context.tuningImages->meanPixel(), MeasurementNoise{setup.sigmaY, setup.quantize});
        if (!spec) throw std::runtime_error(spec.error().message);
        if (spec->kind == DamageKind::Inpaint && !setup.mask.isNull()) {
            spec->mask = keptWeights(setup.mask);
            spec->maskName = "drawn in the view";
        }
        return *spec;
    }
    torch::Tensor cleanImage(const CompareSetup& setup, CompareInput& input);
    const PreparedInput& inputFor(const CompareSetup& setup);
    /// `image`: one input [1, C, H, W]; its size scales the time guesses.
    QVector<CompareMethod> checklist(MethodSet& methods, const DegradationSpec& spec, const torch::Tensor& image);
};

ComparisonWorker::ComparisonWorker(QObject* parent) : QObject(parent), m_state(std::make_unique<State>()) {}
ComparisonWorker::~ComparisonWorker() = default;

// Runs `job` on the worker's thread; no exception leaves it (Qt's rule for slots).
template <typename Job>
void ComparisonWorker::post(const QString& what, Job job)
{
    QMetaObject::invokeMethod(
        this,
        [this, what, job = std::move(job)]() mutable {
            m_lastWorkThread = QThread::currentThread();
            runGuarded(what, job, [this](const QString& w, const QString& m) { Q_EMIT failed(w, m); });
        },
        Qt::QueuedConnection);
}

void ComparisonWorker::openDataset(const QString& name, const QString& dataDir, const QString& modelsDir)
{
    post(tr("Open dataset"), [this, name, dataDir, modelsDir] {
        auto& s = *m_state;
        auto test = loadDataset(name.toStdString(), dataDir.toStdString(), Split::Test);
        if (!test) throw std::runtime_error(test.error().message);
        auto context = makeMethodContext(name.toStdString(), dataDir.toStdString(), modelsDir.toStdString(), torch::kCPU);
        if (!context) throw std::runtime_error(context.error().message);
        s.dataset = name;
        s.test = std::move(*test);
        s.methods = std::make_unique<MethodSet>(std::move(*context));
        if (s.modelsDir != modelsDir.toStdString()) s.photoMethods.reset();
        s.modelsDir = modelsDir.toStdString();
        s.prepared.reset();
        s.measured.clear();
        Q_EMIT datasetOpened(name, int(s.test.size()), int(s.methods->context().operatorTMax()));
    });
}

void ComparisonWorker::prepare(quint64 stamp, const CompareSetup& setup)
{
    m_latestPrepare = stamp;
    post(tr("Prepare input"), [this, stamp, setup] {
        if (stamp < m_latestPrepare.load()) return; // a newer choice is queued
        doPrepare(stamp, setup);
    });
}

torch::Tensor ComparisonWorker::State::cleanImage(const CompareSetup& setup, CompareInput& input)
{
    if (setup.source == QLatin1String("dataset")) {
        if (setup.index < 0 || setup.index >= test.size())
            throw std::runtime_error("image index " + std::to_string(setup.index) + " is outside the dataset (0.." +
                                     std::to_string(test.size() - 1) + ")");
        input.source = QStringLiteral("%1 test #%2").arg(dataset).arg(setup.index);
        if (test.labels.defined()) {
            const auto names = displayClassNames(test);
            const int label = int(test.labels[setup.index].item<int64_t>());
            if (label >= 0 && label < names.size()) input.source += QStringLiteral(" (%1)").arg(names[label]);
        }
        return test.images.narrow(0, setup.index, 1).clone();
    }
    const Frame frame = test.frame();
    MethodSet& pictureMethods = methodsFor(setup);
    const Frame modelFrame = pictureMethods.context().tuningImages->frame();
    if (setup.source == QLatin1String("file") && setup.ownSize) { // as `dddg compare --image`
        auto image = readImageAtOwnSize(setup.path.toStdString());
        if (!image) throw std::runtime_error(image.error().message);
        input.source = QFileInfo(setup.path).fileName();
        input.note = ownSizeNote(input.source, *image, modelFrame, modelsName(pictureMethods));
        return *image;
    }
    if (setup.source == QLatin1String("file")) {
        // The command line's reader, so `dddg compare --image --in-frame` sees the same pixels
        // (a 28×28 digit is padded like the IDX sets, not stretched).
        const std::string path = setup.path.toStdString();
        auto image = readImageFile(path, frame.size, frame.channels);
        if (!image) throw std::runtime_error(image.error().message);
        input.source = QFileInfo(setup.path).fileName();
        if (const std::string note = imageFrameNote(path, frame.size, frame.channels); !note.empty())
            input.note = QStringLiteral("%1: %2 (the models' frame)").arg(input.source, QString::fromStdString(note));
        return *image;
    }
    if (setup.image.isNull()) throw std::runtime_error("the pasted or dropped image is empty");
    input.source = setup.imageName.isEmpty() ? QStringLiteral("pasted image") : setup.imageName;
    if (setup.ownSize) {
        if (int64_t(setup.image.width()) * setup.image.height() > kMaxOwnSizePixels)
            throw std::runtime_error(QStringLiteral("%1 is %2×%3, more than the 16 megapixels restored at their own size")
                                         .arg(input.source).arg(setup.image.width()).arg(setup.image.height()).toStdString());
        torch::Tensor image = fromImageAtOwnSize(setup.image);
        input.note = ownSizeNote(input.source, image, modelFrame, modelsName(pictureMethods));
        return image;
    }
    input.note = frameNote(input.source, setup.image, frame);
    return fromImage(setup.image, frame.size, frame.channels);
}

const PreparedInput& ComparisonWorker::State::inputFor(const CompareSetup& setup)
{
    if (prepared && sameInput(prepared->setup, setup)) return *prepared;
    PreparedInput p;
    p.setup = setup;
    p.spec = specOf(setup, methodsFor(setup));
    p.clean = cleanImage(setup, p.shown);
    dropMismatchedMask(p.spec, p.clean, &p.shown.note);
    if (auto fits = p.spec.fitsImage(p.clean.size(2), p.clean.size(3)); !fits) throw std::runtime_error(fits.error().message);
    p.degraded = applyDegradation(p.clean, p.spec, setup.seed);
    p.shown.clean = toImage(p.clean[0]);
    p.shown.degraded = toImage(p.degraded[0].clamp(-1, 1));
    p.shown.psnr = psnr(p.degraded.clamp(-1, 1), p.clean).item<double>();
    p.shown.ssim = ssim(p.degraded.clamp(-1, 1), p.clean).item<double>();
    prepared = std::move(p);
    return *prepared;
}

// The checklist: every registered method, with its NFE, its time estimate (measured in this
// session once it has run) and, when it cannot run, why.
QVector<CompareMethod> ComparisonWorker::State::checklist(MethodSet& methods, const DegradationSpec& spec, const torch::Tensor& image)
{
    QVector<CompareMethod> list;
    const RestoreOptions options;
    const Frame frame = methods.context().tuningImages->frame();
    for (const auto& entry : methodRegistry()) {
        CompareMethod m;
        m.name = QString::fromStdString(entry.name);
        m.summary = QString::fromStdString(entry.summary);
        m.family = QString::fromStdString(entry.family);
        const MethodVerdict verdict = methods.check(entry.name, spec);
        m.available = verdict.applies();
        m.reason = QString::fromStdString(verdict.reason);
        if (m.available && isOwnSize(image, ModelFrame{frame.size, frame.channels}))
            if (const std::string why = ownSizeLimit(entry.name, spec); !why.empty()) {
                m.available = false;
                m.reason = QString::fromStdString(why);
            }
        if (m.available) {
            m.nfe = int(verdict.method->nfe(spec, options));
            m.iterative = m.nfe > 1;
            auto known = measured.find(entry.name + "/" + spec.label());
            m.measured = known != measured.end();
            const double values = valuesWorkedOn(entry, image, frame);
            m.estimateSeconds = m.measured ? known->second * std::max(1, m.nfe) : guessSecondsPerImage(entry, m.nfe, values);
            // The filters tune on training images, in the frame.
            m.firstUseSeconds = m.measured ? 0.0 : guessFirstUseSeconds(entry, double(frame.size * frame.size * frame.channels));
        }
        list.push_back(m);
    }
    return list;
}

void ComparisonWorker::doPrepare(quint64 stamp, const CompareSetup& setup)
{
    auto& s = *m_state;
    const PreparedInput& input = s.inputFor(setup);
    CompareInput shown = input.shown;
    shown.stamp = stamp;
    Q_EMIT inputReady(shown);
    Q_EMIT methodsListed(stamp, s.checklist(s.methodsFor(setup), input.spec, input.clean.narrow(0, 0, 1)));
}

void ComparisonWorker::run(const CompareRunRequest& request)
{
    m_cancel = false;
    post(tr("Compare"), [this, request] {
        try {
            doRun(request);
        } catch (...) {
            Q_EMIT runFinished(request.stamp, true);
            throw;
        }
    });
}

void ComparisonWorker::doRun(const CompareRunRequest& request)
{
    auto& s = *m_state;
    MethodSet& methods = request.batch > 0 ? s.requireMethods() : s.methodsFor(request.setup);
    torch::Tensor clean, degraded;
    DegradationSpec spec;
    if (request.batch > 0) {
        if (request.batch > s.test.size())
            throw std::runtime_error("a batch of " + std::to_string(request.batch) + " is more than the " + std::to_string(s.test.size()) +
                                     " test images");
        spec = s.specOf(request.setup, methods);
        clean = s.test.images.narrow(0, 0, request.batch).clone(); // as `dddg compare --n N`
        dropMismatchedMask(spec, clean, nullptr);
        if (auto fits = spec.fitsImage(clean.size(2), clean.size(3)); !fits) throw std::runtime_error(fits.error().message);
        degraded = applyDegradation(clean, spec, request.setup.seed);
    } else {
        const PreparedInput& input = s.inputFor(request.setup); // the tensors the view shows, when it prepared this setup
        spec = input.spec;
        clean = input.clean;
        degraded = input.degraded;
        // The view drops previews older than the run (a σ changed just before Run was never
        // shown): the run says which input it restores.
        CompareInput shown = input.shown;
        shown.stamp = request.stamp;
        Q_EMIT inputReady(shown);
    }
    // One image is too small to split across cores (the fan-out costs more than it saves, and
    // far more when other processes hold the cores); a batch uses them all.
    const int threads = request.batch > 0 ? int(std::max(1u, std::thread::hardware_concurrency())) : 1;
    if (at::get_num_threads() != threads) at::set_num_threads(threads);

    ComparisonSettings settings;
    settings.spec = spec;
    for (const auto& name : request.methods) settings.methods.push_back(name.toStdString());
    settings.restore.seed = request.setup.seed;
    settings.restore.keepStates = request.keepStates;
    settings.restore.dipIterations = request.dipIterations;
    const Frame frame = methods.context().tuningImages->frame();
    settings.frame = {frame.size, frame.channels}; // a picture at its own size is restored as `dddg compare --image`
    runComparison(clean, degraded, settings, methods, callbacksFor(this, &m_cancel, s.measured, request, spec, clean));
    Q_EMIT methodsListed(request.stamp, s.checklist(methods, spec, clean.narrow(0, 0, 1))); // measured times replace the estimates
    Q_EMIT runFinished(request.stamp, m_cancel.load());
}

} // namespace dddg
