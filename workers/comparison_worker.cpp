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

constexpr int64_t kFrame = 32; // the shipped models' frame: 32×32 grey

// Seconds per network evaluation of one image, before this session has measured a method:
// the shipped UNets (DDPM, DAED, Cold, DIP's nets) cost about 4 ms on the 2-core CPU, DDDG's
// generator about 1.5 ms; the classical filters take about 20 ms an image.
double guessSecondsPerImage(const MethodEntry& entry, int64_t nfe)
{
    if (nfe == 0) return 0.02;
    return double(nfe) * (entry.family == "gan" ? 0.0015 : 0.004);
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

DegradationSpec specOf(const CompareSetup& setup, double meanPixel)
{
    DegradationSpec spec;
    if (!parseDamageKind(setup.degradation.toStdString(), spec.kind))
        throw std::runtime_error("unknown degradation '" + setup.degradation.toStdString() + "' (noise, blur or pool)");
    spec.sigma = setup.sigma;
    spec.level = setup.level;
    spec.operatorConfig.tMax = 6;
    spec.operatorConfig.constant = meanPixel;
    if (auto status = spec.validate(); !status) throw std::runtime_error(status.error().message);
    return spec;
}

/// "pasted image: 640×480 colour → 32×32 grey (the models' frame)" — the form of imageFrameNote.
QString frameNote(const QString& name, const QImage& image)
{
    const bool grey = image.isGrayscale();
    if (image.width() == kFrame && image.height() == kFrame && grey) return {};
    return QStringLiteral("%1: %2×%3 %4 → %5×%5 grey (the models' frame)")
        .arg(name)
        .arg(image.width())
        .arg(image.height())
        .arg(grey ? QStringLiteral("grey") : QStringLiteral("colour"))
        .arg(kFrame);
}

} // namespace

struct ComparisonWorker::State {
    QString dataset;
    Dataset test;
    std::unique_ptr<MethodContext> context;
    torch::Tensor clean;    // [1, 1, 32, 32] of the last prepared input
    std::map<std::string, std::unique_ptr<RestorationMethod>> methods; // for the checklist's NFE
    std::map<std::string, std::string> unavailable;
    std::map<std::string, double> measured; // seconds per image, from this session's runs

    MethodContext& requireContext() const
    {
        if (!context) throw std::runtime_error("no dataset is open for the comparison");
        return *context;
    }
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
        s.context = std::make_unique<MethodContext>(std::move(*context));
        s.methods.clear();
        s.unavailable.clear();
        s.measured.clear();
        Q_EMIT datasetOpened(name, int(s.test.size()));
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

void ComparisonWorker::doPrepare(quint64 stamp, const CompareSetup& setup)
{
    auto& s = *m_state;
    MethodContext& context = s.requireContext();
    CompareInput input;
    input.stamp = stamp;
    if (setup.source == QLatin1String("dataset")) {
        if (setup.index < 0 || setup.index >= s.test.size())
            throw std::runtime_error("image index " + std::to_string(setup.index) + " is outside the dataset (0.." +
                                     std::to_string(s.test.size() - 1) + ")");
        s.clean = s.test.images.narrow(0, setup.index, 1).clone();
        input.source = QStringLiteral("%1 test #%2").arg(s.dataset).arg(setup.index);
        if (s.test.labels.defined()) {
            const auto names = displayClassNames(s.dataset.toStdString(), s.test.numClasses);
            const int label = int(s.test.labels[setup.index].item<int64_t>());
            if (label >= 0 && label < names.size()) input.source += QStringLiteral(" (%1)").arg(names[label]);
        }
    } else if (setup.source == QLatin1String("file")) {
        // The command line's reader, so `dddg compare --image` sees the same pixels (a 28×28
        // digit is padded like the IDX sets, not stretched).
        const std::string path = setup.path.toStdString();
        auto image = readImageFile(path, kFrame, 1);
        if (!image) throw std::runtime_error(image.error().message);
        s.clean = *image;
        input.source = QFileInfo(setup.path).fileName();
        if (const std::string note = imageFrameNote(path, kFrame, 1); !note.empty())
            input.note = QStringLiteral("%1: %2 (the models' frame)").arg(input.source, QString::fromStdString(note));
    } else {
        if (setup.image.isNull()) throw std::runtime_error("the pasted or dropped image is empty");
        s.clean = fromImage(setup.image, kFrame, 1);
        input.source = setup.imageName.isEmpty() ? QStringLiteral("pasted image") : setup.imageName;
        input.note = frameNote(input.source, setup.image);
    }
    const DegradationSpec spec = specOf(setup, context.tuningImages->meanPixel());
    auto degraded = applyDegradation(s.clean, spec, setup.seed);
    input.clean = toImage(s.clean[0]);
    input.degraded = toImage(degraded[0].clamp(-1, 1));
    input.psnr = psnr(degraded.clamp(-1, 1), s.clean).item<double>();
    input.ssim = ssim(degraded.clamp(-1, 1), s.clean).item<double>();
    Q_EMIT inputReady(input);

    // The checklist: every registered method, with its NFE and why it is unavailable.
    QVector<CompareMethod> list;
    RestoreOptions options;
    for (const auto& entry : methodRegistry()) {
        CompareMethod m;
        m.name = QString::fromStdString(entry.name);
        m.summary = QString::fromStdString(entry.summary);
        m.family = QString::fromStdString(entry.family);
        std::string reason = entry.notApplicable(spec);
        if (reason.empty()) {
            if (!s.methods.count(entry.name) && !s.unavailable.count(entry.name)) {
                MethodUnavailable why;
                if (auto made = entry.create(context, why)) s.methods[entry.name] = std::move(made);
                else s.unavailable[entry.name] = why.reason;
            }
            if (auto it = s.unavailable.find(entry.name); it != s.unavailable.end()) reason = it->second;
            else reason = s.methods[entry.name]->notApplicable(spec);
        }
        m.available = reason.empty();
        m.reason = QString::fromStdString(reason);
        if (m.available) {
            m.nfe = int(s.methods[entry.name]->nfe(spec, options));
            m.iterative = m.nfe > 1;
            auto measured = s.measured.find(entry.name + "/" + spec.label());
            m.measured = measured != s.measured.end();
            m.estimateSeconds = m.measured ? measured->second : guessSecondsPerImage(entry, m.nfe);
        }
        list.push_back(m);
    }
    Q_EMIT methodsListed(stamp, list);
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
    MethodContext& context = s.requireContext();
    const DegradationSpec spec = specOf(request.setup, context.tuningImages->meanPixel());
    torch::Tensor clean;
    if (request.batch > 0) {
        if (request.batch > s.test.size())
            throw std::runtime_error("a batch of " + std::to_string(request.batch) + " is more than the " + std::to_string(s.test.size()) +
                                     " test images");
        clean = s.test.images.narrow(0, 0, request.batch).clone(); // as `dddg compare --n N`
    } else {
        if (!s.clean.defined()) throw std::runtime_error("choose an input image first");
        clean = s.clean;
    }
    auto degraded = applyDegradation(clean, spec, request.setup.seed);
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

    // Progress goes out at most every 40 ms per method, so a fast method cannot flood the UI.
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    ComparisonCallbacks callbacks;
    callbacks.cancel = &m_cancel;
    callbacks.onMethodStarted = [&](const std::string& name) {
        Q_EMIT methodStarted(request.stamp, QString::fromStdString(name));
        sinceEmit.restart();
    };
    callbacks.onProgress = [&](const std::string& name, double fraction) {
        if (sinceEmit.elapsed() < 40 && fraction < 1.0) return;
        sinceEmit.restart();
        Q_EMIT methodProgress(request.stamp, QString::fromStdString(name), fraction);
    };
    callbacks.onRow = [&](const ComparisonRow& row) {
        CompareResult r;
        r.stamp = request.stamp;
        r.method = QString::fromStdString(row.method);
        r.status = QString::fromLatin1(statusText(row.status));
        r.note = QString::fromStdString(row.note);
        r.model = QString::fromStdString(row.model);
        r.nfe = int(row.nfe);
        r.n = int(row.n);
        r.seconds = row.wallSeconds;
        if (row.status == RowStatus::Ok) {
            r.psnr = row.psnr;
            r.ssim = row.ssim;
            r.psnrStd = row.psnrStd;
            r.ssimStd = row.ssimStd;
            r.tilePsnr = row.psnrPerImage[0].item<double>();
            r.tileSsim = row.ssimPerImage[0].item<double>();
            r.image = toImage(row.restored[0]);
            if (row.method == "input") r.reference = toImage(clean[0]);
            for (size_t k = 0; k < row.states.size(); ++k) {
                r.states.push_back(toImage(row.states[k][0].clamp(-1, 1)));
                r.stateLabels << QString::fromStdString(k < row.stateLabels.size() ? row.stateLabels[k] : std::to_string(k));
            }
            if (row.method != "input" && row.n > 0) s.measured[row.method + "/" + spec.label()] = row.wallSeconds / double(row.n);
        }
        Q_EMIT methodFinished(r);
    };
    runComparison(clean, degraded, settings, context, callbacks);
    Q_EMIT runFinished(request.stamp, m_cancel.load());
}

} // namespace dddg
