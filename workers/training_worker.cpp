#include "training_worker.h"

#include "film_strip.h"
#include "guarded_job.h"
#include "process_run.h"
#include "run_follower.h"
#include "train_arguments.h"
#include "train_options.h"
#include "trainer.h"

#include <ATen/ATen.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <chrono>
#include <cmath>
#include <thread>

namespace dddg {

void registerTrainingTypes()
{
    qRegisterMetaType<TrainingRequest>();
    qRegisterMetaType<MetricPoint>();
    qRegisterMetaType<FilmFrame>();
    qRegisterMetaType<RunState>();
    qRegisterMetaType<TrainingProgress>();
}

namespace {

/// The reports of a run of several processes, as the worker's signals.
class SignalReport : public ProcessRunReport {
public:
    explicit SignalReport(TrainingWorker* worker) : m_worker(worker) {}
    void runStarted(const QString& runDir, qint64 totalCycles, const QString& description) override
    {
        Q_EMIT m_worker->runStarted(runDir, totalCycles, description);
    }
    void stateChanged(RunState state) override { Q_EMIT m_worker->stateChanged(state, QString()); }
    void progress(const TrainingProgress& progress) override { Q_EMIT m_worker->progress(progress); }
    void metric(const MetricPoint& point) override { Q_EMIT m_worker->metric(point); }
    void checkpointSaved(const QString& path, qint64 step) override { Q_EMIT m_worker->checkpointSaved(path, step); }
    void filmFrame(const FilmFrame& frame) override { Q_EMIT m_worker->filmFrame(frame); }
    void snapshotReady(const QString& path) override { Q_EMIT m_worker->snapshotReady(path); }
    void fidFinished(qint64 step, double fid) override { Q_EMIT m_worker->fidFinished(step, fid); }
    void fidMetricNamed(const QString& name) override { Q_EMIT m_worker->fidMetricNamed(name); }

private:
    TrainingWorker* m_worker;
};

/// `request` as the command line would take it: its arguments parsed by `dddg train`'s own
/// parser, so a run in this window trains with the settings `dddg train` would.
cli::CliArgs parsedArguments(const TrainingRequest& request)
{
    std::vector<std::string> argv;
    for (const QString& argument : trainArguments(request).mid(1)) argv.push_back(argument.toStdString());
    return cli::CliArgs("train", cli::trainFlags(), argv);
}

} // namespace

// Turns the trainer's callbacks into signals, and carries the GUI's wishes into the loop.
class TrainingWorker::Observer : public TrainingObserver {
public:
    Observer(TrainingWorker* worker, Trainer* trainer) : m_worker(worker), m_trainer(trainer) { m_clock.start(); }

    void onCycle(int64_t step, int64_t total, const CycleLosses&) override
    {
        if (m_startStep < 0) m_startStep = step - 1;
        handleRequests();
        // Progress first, so a paused run shows the cycle it stopped after.
        if (m_clock.elapsed() - m_lastProgress >= 100 || step == total || m_worker->m_paused) sendProgress(step, total);
        waitWhilePaused();
    }
    void onMetrics(const std::string& line) override
    {
        if (auto parsed = FlatJson::parse(line)) Q_EMIT m_worker->metric(toMetricPoint(*parsed));
    }
    void onCheckpoint(const std::string& path, int64_t step) override
    {
        Q_EMIT m_worker->checkpointSaved(QString::fromStdString(path), step);
        Q_EMIT m_worker->filmFrame({step, renderFilmFrame(m_trainer->model())});
    }
    void onFidMetric(const std::string& name) override { Q_EMIT m_worker->fidMetricNamed(QString::fromStdString(name)); }
    void onFidStarted(int64_t step) override { Q_EMIT m_worker->fidStarted(step); }
    void onFidProgress(int64_t step, int64_t done, int64_t total) override { Q_EMIT m_worker->fidProgress(step, done, total); }
    void onFidFinished(int64_t step, double fid) override { Q_EMIT m_worker->fidFinished(step, fid); }
    void onFidFailed(int64_t step, const std::string& message) override
    {
        Q_EMIT m_worker->fidFailed(step, QString::fromStdString(message));
    }

private:
    void handleRequests()
    {
        if (m_worker->m_snapshot.exchange(false)) {
            QString path = QDir(QString::fromStdString(m_trainer->config().outDir)).filePath(QStringLiteral("explorer-snapshot.ckpt"));
            if (auto status = m_trainer->saveCheckpoint(path.toStdString()); status) Q_EMIT m_worker->snapshotReady(path);
            else spdlog::error("snapshot for the explorer failed: {}", status.error().message);
        }
        if (m_worker->m_injectFault.exchange(false)) {
            torch::NoGradGuard noGrad;
            for (auto& p : m_trainer->model().g->parameters()) p.fill_(std::nan(""));
        }
    }
    void waitWhilePaused()
    {
        if (!m_worker->m_paused) return;
        Q_EMIT m_worker->stateChanged(RunState::Paused, QString());
        QElapsedTimer pausedFor;
        pausedFor.start();
        while (m_worker->m_paused && !m_worker->m_stop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            handleRequests(); // hand-off to the explorer works while paused too
        }
        m_pausedMs += pausedFor.elapsed();
        Q_EMIT m_worker->stateChanged(m_worker->m_stop ? RunState::Stopping : RunState::Running, QString());
    }
    void sendProgress(int64_t step, int64_t total)
    {
        m_lastProgress = m_clock.elapsed();
        TrainingProgress p;
        p.step = step;
        p.total = total;
        double seconds = std::max(1e-3, double(m_clock.elapsed() - m_pausedMs) / 1000.0);
        p.cyclesPerSecond = double(step - m_startStep) / seconds;
        p.etaSeconds = p.cyclesPerSecond > 0 ? double(total - step) / p.cyclesPerSecond : 0;
        p.nextFidStep = m_trainer->nextFidStep();
        p.runningFidStep = m_trainer->runningFidStep();
        Q_EMIT m_worker->progress(p);
    }

    TrainingWorker* m_worker;
    Trainer* m_trainer;
    QElapsedTimer m_clock;
    qint64 m_lastProgress = -1000;
    qint64 m_pausedMs = 0;
    int64_t m_startStep = -1;
};

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {}

TrainingWorker::~TrainingWorker() { m_stop = true; }

void TrainingWorker::start(const TrainingRequest& request)
{
    if (m_running.exchange(true)) return;
    m_stop = false;
    m_paused = false;
    m_snapshot = false;
    m_injectFault = false;
    Q_EMIT stateChanged(RunState::Starting, QString());
    QMetaObject::invokeMethod(this, [this, request] { run(request); }, Qt::QueuedConnection);
}

void TrainingWorker::run(const TrainingRequest& request)
{
    m_workThread = QThread::currentThread();
    at::set_num_threads(std::max(1, request.threads));
    Result<QString> note = QString();
    auto job = [&] {
        SignalReport report(this);
        note = request.processes > 1 ? runInProcesses(report, request, {m_stop, m_snapshot}) : trainHere(request);
        if (!note) spdlog::error("training failed: {}", note.error().message);
    };
    // An exception is a failure too, logged by runGuarded in the same words.
    runGuarded(QStringLiteral("training failed"), job,
               [&note](const QString&, const QString& message) { note = makeError(message.toStdString()); });
    m_running = false;
    if (note) Q_EMIT stateChanged(RunState::Finished, *note);
    else Q_EMIT stateChanged(RunState::Failed, QString::fromStdString(note.error().message));
}

Result<QString> TrainingWorker::trainHere(const TrainingRequest& request)
{
    const cli::CliArgs args = parsedArguments(request);
    TrainerConfig config = cli::trainerConfigFrom(args);
    Dataset data = cli::loadTrainingSet(args, config);
    auto trainer = request.resume ? Trainer::resume(latestCheckpointIn(config.outDir), std::move(data), &config)
                                  : Trainer::create(config, std::move(data));
    if (!trainer) return trainer.error();
    Trainer& t = **trainer;
    Q_EMIT runStarted(request.outDir, t.totalCycles(),
                      QStringLiteral("%1, %2 parameters, batch %3").arg(request.dataset).arg(t.model().parameterCount()).arg(request.batch));
    Q_EMIT stateChanged(RunState::Running, QString());
    Observer observer(this, &t);
    if (auto status = t.run(&observer, &m_stop); !status) return status.error();
    return m_stop ? tr("stopped at cycle %1; checkpoint saved").arg(t.step()) : QString();
}

} // namespace dddg
