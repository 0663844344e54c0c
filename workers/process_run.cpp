#include "process_run.h"

#include "checkpoint.h"
#include "film_strip.h"
#include "metrics_log.h"
#include "run_follower.h"
#include "train_arguments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>

namespace dddg {
namespace {

/// What the run's folder has shown so far, told to the run's report.
class RunWatch {
public:
    RunWatch(ProcessRunReport& report, const TrainingRequest& request)
        : m_report(report), m_dir(request.outDir), m_total(request.cycles),
          m_metrics(QDir(request.outDir).filePath(QStringLiteral("metrics.jsonl")).toStdString())
    {
    }

    void poll()
    {
        for (const auto& line : m_metrics.poll()) {
            MetricPoint point = toMetricPoint(line);
            m_report.metric(point);
            if (auto fid = point.values.constFind(QStringLiteral("fid_lenet")); fid != point.values.constEnd())
                m_report.fidFinished(point.step, *fid);
            if (auto swd = point.values.constFind(QStringLiteral("swd")); swd != point.values.constEnd()) {
                // An unlabelled set's runs measure SWD (the trainer's choice; see FidMonitor).
                m_report.fidMetricNamed(QStringLiteral("SWD (network-free)"));
                m_report.fidFinished(point.step, *swd);
            }
            if (point.values.contains(QStringLiteral("loss_d"))) sendProgress(point);
        }
        pollCheckpoint();
    }
    QString latestCheckpoint() const { return QDir(m_dir).filePath(QStringLiteral("latest.ckpt")); }
    qint64 lastStep() const { return m_lastStep; }

private:
    void sendProgress(const MetricPoint& point)
    {
        if (m_firstStep < 0) m_firstStep = point.step, m_firstWall = point.wallSeconds;
        m_lastStep = point.step;
        TrainingProgress p;
        p.step = point.step;
        p.total = m_total;
        const double seconds = point.wallSeconds - m_firstWall;
        p.cyclesPerSecond = seconds > 0 ? double(point.step - m_firstStep) / seconds : 0;
        p.etaSeconds = p.cyclesPerSecond > 0 ? double(m_total - point.step) / p.cyclesPerSecond : 0;
        p.worldSize = int(point.values.value(QStringLiteral("world_size"), 1));
        const double comm = point.values.value(QStringLiteral("comm_s"), 0);
        p.communicationShare = point.wallSeconds > 0 ? comm / point.wallSeconds : 0;
        m_report.progress(p);
    }
    void pollCheckpoint()
    {
        QFileInfo info(latestCheckpoint());
        if (!info.exists() || (info.lastModified() == m_checkpointTime && info.size() == m_checkpointSize)) return;
        auto checkpoint = loadCheckpoint(info.filePath().toStdString());
        if (!checkpoint) return; // mid-write (renamed in atomically, so rare): the next poll sees it
        m_checkpointTime = info.lastModified();
        m_checkpointSize = info.size();
        m_report.checkpointSaved(info.filePath(), checkpoint->step);
        m_report.filmFrame({checkpoint->step, renderFilmFrame(*checkpoint->model)});
    }

    ProcessRunReport& m_report;
    QString m_dir;
    qint64 m_total;
    MetricsFollower m_metrics;
    QDateTime m_checkpointTime;
    qint64 m_checkpointSize = -1;
    qint64 m_firstStep = -1, m_lastStep = 0;
    double m_firstWall = 0;
};

/// The last "error: …" line of the run's stderr, without the prefix.
QString lastError(const QString& stderrText)
{
    const auto lines = stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        if (it->startsWith(QLatin1String("error: "))) return it->mid(7).trimmed();
    return lines.isEmpty() ? QString() : lines.back().trimmed();
}

} // namespace

QString dddgCommandLine()
{
    const QString fromEnv = qEnvironmentVariable("DDDG_CLI");
    if (!fromEnv.isEmpty()) return fromEnv;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {here.filePath(QStringLiteral("dddg")), here.filePath(QStringLiteral("../cli/dddg"))})
        if (QFileInfo(candidate).isExecutable()) return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("dddg"));
}

Result<QString> runInProcesses(ProcessRunReport& report, const TrainingRequest& request, ProcessRunControl control)
{
    auto failed = [](const QString& message) { return Result<QString>(makeError(message.toStdString())); };
    const QString program = dddgCommandLine();
    if (program.isEmpty())
        return failed(QObject::tr("the dddg command line was not found beside the explorer or on PATH (set DDDG_CLI)"));
    QProcess process;
    process.setProgram(program);
    process.setArguments(trainArguments(request));
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(30000)) return failed(QObject::tr("cannot start %1: %2").arg(program, process.errorString()));
    report.runStarted(request.outDir, request.cycles,
                      QObject::tr("%1, %2 processes, global batch %3").arg(request.dataset).arg(request.processes).arg(request.batch));
    report.stateChanged(RunState::Running);
    RunWatch watch(report, request);
    QString errors;
    bool stopSent = false;
    while (!process.waitForFinished(250)) {
        errors += QString::fromUtf8(process.readAllStandardError());
        if (control.stop && !stopSent) { // the launcher forwards it; every rank stops at one cycle
            ::kill(pid_t(process.processId()), SIGTERM);
            stopSent = true;
            report.stateChanged(RunState::Stopping);
        }
        watch.poll();
        if (control.snapshot.exchange(false) && QFileInfo::exists(watch.latestCheckpoint()))
            report.snapshotReady(watch.latestCheckpoint()); // rank 0's newest checkpoint
    }
    errors += QString::fromUtf8(process.readAllStandardError());
    watch.poll();
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (code == 0) return QString();
    if (stopSent && code == 128 + SIGTERM) return QObject::tr("stopped at cycle %1; checkpoint saved").arg(watch.lastStep());
    const QString message = lastError(errors);
    return failed(message.isEmpty() ? QObject::tr("dddg train ended with code %1").arg(code) : message);
}

} // namespace dddg
