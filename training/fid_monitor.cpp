#include "fid_monitor.h"

#include "random_stream_guard.h"

#include <torch/torch.h>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace dddg {
namespace {
FidEvent makeEvent(FidEvent::Kind kind, int64_t step, double wallSeconds, int64_t done = 0, int64_t total = 0)
{
    FidEvent event;
    event.kind = kind;
    event.step = step;
    event.wallSeconds = wallSeconds;
    event.done = done;
    event.total = total;
    return event;
}
} // namespace

FidMonitor::FidMonitor(FidSettings settings) : m_settings(std::move(settings)) {}

FidMonitor::~FidMonitor() { cancel(); }

std::string monitorMetricName(const FidSettings& settings)
{
    auto path = findClassifier(settings.dataset, settings.classifierPath);
    if (!path) return settings.classifierPath.empty() ? kSwdMetricName : "FID";
    auto classifier = loadClassifier(*path);
    return classifier ? fidMetricName(classifier->info) : "FID";
}

Status FidMonitor::prepare(const DddgModel& model)
{
    if (m_settings.samples < 2) return makeError("the training monitor needs at least 2 samples per evaluation");
    const Frame modelFrame{model.config().channels, model.config().imageSize};
    auto path = findClassifier(m_settings.dataset, m_settings.classifierPath);
    m_useSwd = !path && m_settings.classifierPath.empty(); // no network for this data: the distance that needs none
    m_metricName = kSwdMetricName;
    if (!m_useSwd) {
        if (!path) return path.error();
        auto classifier = loadClassifier(*path, model.device());
        if (!classifier) return classifier.error();
        const Frame classifierFrame{classifier->info.channels, classifier->info.imageSize};
        if (classifierFrame != modelFrame)
            return makeError("the classifier " + *path + " reads " + classifierFrame.text() + " images, and the model makes " + modelFrame.text() + " ones");
        m_metricName = fidMetricName(classifier->info);
        m_classifier = std::move(*classifier);
    }
    auto test = loadDataset(m_settings.dataset, m_settings.dataDir, Split::Test, modelFrame);
    if (!test) return makeError(m_metricName + " needs the test split: " + test.error().message);
    m_testImages = test->images;
    RandomStreamGuard keepRandomStream;
    m_snapshot = std::make_unique<DddgModel>(model.config());
    m_snapshot->to(model.device());
    return {};
}

bool FidMonitor::start(DddgModel& model, int64_t step, double wallSeconds)
{
    TORCH_CHECK(m_snapshot, "FidMonitor::start before a successful prepare()");
    if (m_busy.load()) return false;
    if (m_thread.joinable()) m_thread.join(); // the previous evaluation has finished
    {
        torch::NoGradGuard noGrad;
        copyWeights(*model.gEma, *m_snapshot->gEma);
        m_snapshot->scale.variance().copy_(model.scale.variance());
    }
    m_busy = true;
    m_runningStep = step;
    post(makeEvent(FidEvent::Kind::Started, step, wallSeconds));
    m_thread = std::thread(&FidMonitor::evaluate, this, step, wallSeconds);
    return true;
}

void FidMonitor::evaluate(int64_t step, double wallSeconds)
{
#ifdef __linux__
    // Training comes first: on a busy CPU the evaluation takes the cycles training leaves.
    // Linux nice values are per thread and inherited by the helper threads started from here.
    ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
#endif
    FidEvent result = makeEvent(FidEvent::Kind::Failed, step, wallSeconds);
    try { // the thread's edge: nothing may leave it
        auto fid = score(step, wallSeconds);
        if (fid) {
            result.kind = FidEvent::Kind::Finished;
            result.fid = *fid;
        } else {
            result.message = fid.error().message;
        }
    } catch (const c10::Error& e) {
        result.message = firstLine(e.what_without_backtrace());
    } catch (const std::exception& e) {
        result.message = e.what();
    }
    post(result);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_runningStep = -1;
    m_busy = false;
    m_idle.notify_all();
}

Result<double> FidMonitor::scoreSwd(int64_t step, double wallSeconds)
{
    // Two sets of descriptors, then the distance: progress in images, the reference counted
    // only the first time.
    const int64_t referenceCount = m_swdReference ? 0 : m_testImages.size(0);
    const int64_t total = referenceCount + m_settings.samples;
    SwdSettings settings;
    settings.seed = m_settings.seed;
    if (!m_swdReference) {
        auto reference = swdDescriptors(m_testImages, settings);
        if (!reference) return reference.error();
        m_swdReference = std::move(*reference);
        post(makeEvent(FidEvent::Kind::Progress, step, wallSeconds, referenceCount, total));
    }
    auto samples = generatorSamples(*m_snapshot, m_settings.seed);
    std::vector<torch::Tensor> batches;
    const int64_t batch = 250;
    for (int64_t start = 0; start < m_settings.samples; start += batch) {
        const int64_t count = std::min(batch, m_settings.samples - start);
        batches.push_back(samples(start, count).to(torch::kCPU, torch::kFloat32).clamp(-1, 1));
        post(makeEvent(FidEvent::Kind::Progress, step, wallSeconds, referenceCount + start + count, total));
        if (m_cancel.load()) return cancelledError(std::string(kSwdMetricName) + " computation cancelled");
    }
    auto descriptors = swdDescriptors(torch::cat(batches), settings);
    if (!descriptors) return descriptors.error();
    auto distance = swdBetween(*descriptors, *m_swdReference, settings);
    if (!distance) return distance.error();
    return distance->mean;
}

Result<double> FidMonitor::score(int64_t step, double wallSeconds)
{
    if (m_useSwd) return scoreSwd(step, wallSeconds);
    // The first evaluation also fits the reference; its images count in the progress.
    const int64_t referenceCount = m_reference ? 0 : m_testImages.size(0);
    const int64_t total = referenceCount + m_settings.samples;
    int64_t offset = 0;
    auto progress = [&](int64_t done, int64_t) {
        post(makeEvent(FidEvent::Kind::Progress, step, wallSeconds, offset + done, total));
        return !m_cancel.load();
    };
    if (!m_reference) {
        auto reference = lenetStatistics(m_classifier.net, m_testImages, progress);
        if (!reference) return reference.error();
        m_reference = *reference;
        offset = referenceCount;
    }
    auto samples =
        lenetStatistics(m_classifier.net, m_settings.samples, generatorSamples(*m_snapshot, m_settings.seed), progress);
    if (!samples) return samples.error();
    return frechetDistance(*samples, *m_reference);
}

void FidMonitor::post(FidEvent event)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_events.push_back(std::move(event));
}

std::vector<FidEvent> FidMonitor::takeEvents()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<FidEvent> out;
    out.swap(m_events);
    return out;
}

bool FidMonitor::waitIdle(std::chrono::milliseconds timeout)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_idle.wait_for(lock, timeout, [this] { return !m_busy.load(); });
}

void FidMonitor::cancel()
{
    m_cancel = true;
    if (m_thread.joinable()) m_thread.join();
    m_cancel = false;
}

} // namespace dddg
