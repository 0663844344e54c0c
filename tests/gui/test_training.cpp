// The training monitor's engine side: the worker's metrics arrive in order on the GUI
// thread, pause/resume/stop and the explorer hand-off work, stop and NaN leave loadable
// checkpoints; the follower reads a metrics file while it is written (partial last line
// included) and turns new checkpoints into film frames; a run of several processes is
// followed and stopped like one; smoothing and CSV export.
// LibTorch first: Qt's `slots` macro must not be defined while its headers are parsed.
#include "checkpoint.h"

#include "bundled_resources.h"
#include "gui_test_registry.h"
#include "metric_chart.h"
#include "run_follower.h"
#include "smoothing.h"
#include "train_arguments.h"
#include "training_run_form.h"
#include "training_view.h"
#include "training_worker.h"
#include "worker_thread.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace dddg;

namespace {

TrainingRequest tinyRun(const QString& dir, qint64 steps)
{
    TrainingRequest r;
    r.dataset = QStringLiteral("fashion-mnist");
    r.outDir = dir;
    r.cycles = steps;
    r.batch = 4;
    r.tMax = 3;
    r.dz = 8;
    r.width = 8;
    r.checkpointEvery = 10;
    r.logEvery = 1;
    r.fidEvery = 0;
    return r;
}

struct WorkerLog : QObject {
    QVector<MetricPoint> points;
    QVector<RunState> states;
    QString lastMessage;
    QStringList snapshots;
    TrainingProgress last;
    explicit WorkerLog(TrainingWorker* w)
    {
        connect(w, &TrainingWorker::metric, this, [this](const MetricPoint& p) { points << p; });
        connect(w, &TrainingWorker::stateChanged, this, [this](RunState s, const QString& m) { states << s; lastMessage = m; });
        connect(w, &TrainingWorker::snapshotReady, this, [this](const QString& p) { snapshots << p; });
        connect(w, &TrainingWorker::progress, this, [this](const TrainingProgress& p) { last = p; });
    }
    bool ended() const { return !states.isEmpty() && (states.back() == RunState::Finished || states.back() == RunState::Failed); }
};

void appendText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(text);
}

} // namespace

class TrainingTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<WorkerThread> m_thread;
    TrainingWorker* m_worker = nullptr;

private slots:
    void init()
    {
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("training-test"));
        m_worker = m_thread->adopt(new TrainingWorker);
    }
    void cleanup()
    {
        m_worker->stop();
        m_thread.reset();
    }

    void metricsArriveInOrderOnTheGuiThread()
    {
        QTemporaryDir dir;
        WorkerLog log(m_worker);
        m_worker->start(tinyRun(dir.path(), 25));
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(), 120000);
        QCOMPARE(log.states.back(), RunState::Finished);
        QCOMPARE(log.points.size(), 25);
        for (int i = 0; i < log.points.size(); ++i) {
            QCOMPARE(log.points[i].step, qint64(i + 1));
            QVERIFY(std::isfinite(log.points[i].values.value(QStringLiteral("loss_d"), NAN)));
            QVERIFY(log.points[i].values.contains(QStringLiteral("r1")));
        }
        QVERIFY(m_worker->lastWorkThread() && m_worker->lastWorkThread() != QThread::currentThread());
        auto checkpoint = loadCheckpoint(QDir(dir.path()).filePath(QStringLiteral("latest.ckpt")).toStdString());
        QVERIFY2(checkpoint.ok(), checkpoint.error().message.c_str());
        QCOMPARE(checkpoint->step, int64_t(25));
    }

    void aColourFolderTrainsInTheFrameTheFormPicks()
    {
        // Two classes of 24×24 colour images; the form asks for 16×16 colour without flips.
        QTemporaryDir data, out;
        for (const char* name : {"reds", "blues"}) {
            QDir(data.path()).mkpath(QString::fromLatin1(name));
            for (int i = 0; i < 10; ++i) {
                QImage image(24, 24, QImage::Format_RGB888);
                image.fill(QColor(name[0] == 'r' ? 200 : 20, 10 * i, name[0] == 'r' ? 20 : 200));
                QVERIFY(image.save(QDir(data.path()).filePath(QStringLiteral("%1/%2.png").arg(QString::fromLatin1(name)).arg(i))));
            }
        }
        TrainingRunForm form;
        TrainingRequest wanted = tinyRun(out.path(), 3);
        wanted.dataset = data.path();
        wanted.size = 16;
        wanted.channels = 3;
        wanted.flips = false;
        wanted.tMax = 0;
        form.setRequest(wanted);
        const TrainingRequest request = form.request();
        const QStringList arguments = trainArguments(request);
        QVERIFY(arguments.join(QLatin1Char(' ')).contains(QStringLiteral("--channels 3 --size 16 --no-flips")));
        QVERIFY(!arguments.contains(QStringLiteral("--tmax"))); // t_max follows the side

        // The form's choices outlive the session.
        TrainingRunForm again;
        again.restoreSettings(form.settingsState());
        QCOMPARE(again.request().dataset, data.path());
        QCOMPARE(again.request().size, 16);
        QCOMPARE(again.request().channels, 3);
        QCOMPARE(again.request().flips, false);

        WorkerLog log(m_worker);
        m_worker->start(request);
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(), 120000);
        QCOMPARE(log.states.back(), RunState::Finished);
        auto checkpoint = loadCheckpoint(QDir(out.path()).filePath(QStringLiteral("latest.ckpt")).toStdString());
        QVERIFY2(checkpoint.ok(), checkpoint.error().message.c_str());
        const ModelConfig& config = checkpoint->model->config();
        QCOMPARE(config.channels, int64_t(3));
        QCOMPARE(config.imageSize, int64_t(16));
        QCOMPARE(config.numClasses, int64_t(2));
        QCOMPARE(config.tMax(), int64_t(5)); // one level fewer than at 32×32
    }

    void pauseResumeStopAndHandOff()
    {
        QTemporaryDir dir;
        WorkerLog log(m_worker);
        m_worker->start(tinyRun(dir.path(), 1000000));
        QTRY_VERIFY_WITH_TIMEOUT(log.points.size() >= 3, 60000);
        m_worker->pause();
        QTRY_VERIFY_WITH_TIMEOUT(log.states.contains(RunState::Paused), 30000);
        QTest::qWait(300); // a cycle may have been under way when pause was asked
        const int pausedAt = int(log.points.size());
        const qint64 pausedStep = log.last.step;
        QTest::qWait(700);
        QCOMPARE(int(log.points.size()), pausedAt); // nothing trains while paused
        QCOMPARE(log.last.step, pausedStep);
        m_worker->requestSnapshot(); // the hand-off works while paused
        QTRY_COMPARE_WITH_TIMEOUT(log.snapshots.size(), 1, 10000);
        auto snapshot = loadCheckpoint(log.snapshots.front().toStdString());
        QVERIFY2(snapshot.ok(), snapshot.error().message.c_str());
        QCOMPARE(snapshot->step, int64_t(pausedStep));
        m_worker->resume();
        QTRY_VERIFY_WITH_TIMEOUT(log.points.size() > pausedAt + 2, 60000);
        m_worker->stop();
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(), 60000);
        QCOMPARE(log.states.back(), RunState::Finished);
        QVERIFY(log.lastMessage.contains(QStringLiteral("stopped")));
        auto checkpoint = loadCheckpoint(QDir(dir.path()).filePath(QStringLiteral("latest.ckpt")).toStdString());
        QVERIFY2(checkpoint.ok(), checkpoint.error().message.c_str());
        QVERIFY(checkpoint->step >= log.points.back().step);
    }

    void multiProcessRunIsFollowedAndStops()
    {
        // `dddg train --nproc 2` in child processes, reported like a run in this window.
        QTemporaryDir dir;
        WorkerLog log(m_worker);
        QStringList frames;
        connect(m_worker, &TrainingWorker::filmFrame, &log, [&frames](const FilmFrame& f) { frames << QString::number(f.step); });
        TrainingRequest request = tinyRun(dir.path(), 1000000);
        request.processes = 2;
        request.checkpointEvery = 2;
        m_worker->start(request);
        QTRY_VERIFY_WITH_TIMEOUT(log.points.size() >= 4, 60000);
        QCOMPARE(log.last.worldSize, 2);
        QVERIFY(log.last.cyclesPerSecond > 0);
        QCOMPARE(log.points.back().values.value(QStringLiteral("world_size")), 2.0);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 30000); // a checkpoint became a film frame
        m_worker->requestSnapshot();
        QTRY_COMPARE_WITH_TIMEOUT(log.snapshots.size(), 1, 10000);
        m_worker->stop();
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(), 60000);
        QVERIFY(log.states.contains(RunState::Stopping));
        QCOMPARE(log.states.back(), RunState::Finished);
        QVERIFY2(log.lastMessage.startsWith(QStringLiteral("stopped at cycle")), qPrintable(log.lastMessage));
        auto checkpoint = loadCheckpoint(QDir(dir.path()).filePath(QStringLiteral("latest.ckpt")).toStdString());
        QVERIFY2(checkpoint.ok(), checkpoint.error().message.c_str());
        QCOMPARE(checkpoint->step, log.points.back().step); // every rank stopped at the cycle rank 0 logged last

        // A batch the processes cannot share fails with the launcher's one line.
        QTemporaryDir bad;
        WorkerLog badLog(m_worker);
        TrainingRequest odd = tinyRun(bad.path(), 4);
        odd.processes = 3;
        m_worker->start(odd);
        QTRY_VERIFY_WITH_TIMEOUT(badLog.ended(), 30000);
        QCOMPARE(badLog.states.back(), RunState::Failed);
        QVERIFY2(badLog.lastMessage.contains(QStringLiteral("not divisible")), qPrintable(badLog.lastMessage));
    }

    void nonFiniteLossStopsTheRunAndKeepsTheLastGoodCheckpoint()
    {
        QTemporaryDir dir;
        WorkerLog log(m_worker);
        m_worker->start(tinyRun(dir.path(), 1000000));
        QTRY_VERIFY_WITH_TIMEOUT(log.points.size() >= 12, 60000); // past the checkpoint at 10
        m_worker->injectNonFiniteWeights();
        QTRY_VERIFY_WITH_TIMEOUT(log.ended(), 60000);
        QCOMPARE(log.states.back(), RunState::Failed);
        QVERIFY2(log.lastMessage.contains(QStringLiteral("NaN")), qPrintable(log.lastMessage));
        auto checkpoint = loadCheckpoint(QDir(dir.path()).filePath(QStringLiteral("latest.ckpt")).toStdString());
        QVERIFY2(checkpoint.ok(), checkpoint.error().message.c_str());
        QVERIFY(checkpoint->step >= 10);
        for (const auto& p : checkpoint->model->g->parameters()) QVERIFY(torch::isfinite(p).all().item<bool>());
    }

    void followerReadsAFileWhileItIsWritten()
    {
        QTemporaryDir dir;
        const QString metrics = QDir(dir.path()).filePath(QStringLiteral("metrics.jsonl"));
        RunFollower follower(dir.path(), 1000000);
        QVector<MetricPoint> seen;
        QVector<FilmFrame> frames;
        QVector<qint64> checkpoints;
        connect(&follower, &RunFollower::metricsAppended, this, [&](const QVector<MetricPoint>& p) { seen += p; });
        connect(&follower, &RunFollower::filmFrame, this, [&](const FilmFrame& f) { frames << f; });
        connect(&follower, &RunFollower::checkpointSeen, this, [&](const QString&, qint64 step, qint64) { checkpoints << step; });
        appendText(metrics, "{\"step\":10,\"wall_s\":1.5,\"loss_d\":2.5}\n{\"step\":20,\"wall_s\":3,\"loss_d\":2.25}\n{\"step\":30,\"wa");
        follower.poll();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[1].step, qint64(20));
        QCOMPARE(seen[1].values.value(QStringLiteral("loss_d")), 2.25);
        follower.poll(); // the partial line is still partial
        QCOMPARE(seen.size(), 2);
        appendText(metrics, "ll_s\":4,\"loss_d\":2}\nnot json\n{\"step\":30,\"wall_s\":5,\"fid_lenet\":88.5}\n");
        follower.poll();
        QCOMPARE(seen.size(), 4); // the completed line, then the FID line; the broken one is skipped
        QCOMPARE(seen[2].values.value(QStringLiteral("loss_d")), 2.0);
        QCOMPARE(seen[3].values.value(QStringLiteral("fid_lenet")), 88.5);
        QVERIFY(frames.isEmpty());
        QVERIFY(QFile::copy(bundledModelPath(), QDir(dir.path()).filePath(QStringLiteral("latest.ckpt"))));
        follower.poll();
        QCOMPARE(checkpoints.size(), 1);
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames[0].step, checkpoints[0]);
        QCOMPARE(frames[0].image.height(), 32);
        follower.poll(); // unchanged file: nothing new
        QCOMPARE(frames.size(), 1);
    }

    void smoothingIsDebiased()
    {
        QVector<double> constant(50, 3.0);
        for (double v : debiasedEma(constant, 0.9)) QCOMPARE(v, 3.0);
        auto two = debiasedEma({1.0, 2.0}, 0.5);
        QCOMPARE(two[0], 1.0);
        QVERIFY(std::abs(two[1] - 1.25 / 0.75) < 1e-12);
        auto gaps = debiasedEma({NAN, 4.0, NAN, 4.0}, 0.7);
        QVERIFY(std::isnan(gaps[0]) && std::isnan(gaps[2]));
        QCOMPARE(gaps[1], 4.0);
        QCOMPARE(debiasedEma({5.0, 7.0}, 0.0), (QVector<double>{5.0, 7.0}));
    }

    void chartToleratesRunsWithoutTheMetric()
    {
        // A run that has not logged this metric yet (FID before its first evaluation) still
        // gets series, so re-smoothing or switching the scale never touches a missing one.
        MetricChart chart(QStringLiteral("FID"), QStringLiteral("fid_lenet"));
        MetricPoint lossOnly;
        lossOnly.step = 1;
        lossOnly.values.insert(QStringLiteral("loss_d"), 1.0);
        chart.setRun(1, QStringLiteral("a"), Qt::red, {lossOnly});
        chart.setRun(2, QStringLiteral("b"), Qt::blue, {});
        QCOMPARE(chart.pointCount(1), 0);
        chart.setSmoothing(0.3);
        chart.setLogScale(true);
        chart.setLogScale(false);
        MetricPoint fid = lossOnly;
        fid.values.insert(QStringLiteral("fid_lenet"), 42.0);
        chart.setRun(1, QStringLiteral("a"), Qt::red, {lossOnly, fid});
        QCOMPARE(chart.pointCount(1), 1);
        QCOMPARE(chart.smoothed(1), (QVector<double>{42.0}));
        chart.removeRun(2);
        QCOMPARE(chart.pointCount(2), 0);
    }

    void monitorOverlaysRunsAndExportsCsv()
    {
        QTemporaryDir a, b, out;
        appendText(QDir(a.path()).filePath(QStringLiteral("metrics.jsonl")), "{\"step\":1,\"wall_s\":1,\"loss_d\":1.0}\n{\"step\":2,\"wall_s\":2,\"loss_d\":3.0}\n");
        appendText(QDir(b.path()).filePath(QStringLiteral("metrics.jsonl")), "{\"step\":1,\"wall_s\":1,\"loss_g\":0.5,\"fid_lenet\":40}\n");
        TrainingView view;
        int ra = view.followRun(a.path()), rb = view.followRun(b.path());
        QTRY_COMPARE_WITH_TIMEOUT(view.runs()[ra].points.size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view.runs()[rb].points.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view.chart(QStringLiteral("loss_d"))->pointCount(ra), 2, test::kAsyncTimeoutMs);
        QCOMPARE(view.chart(QStringLiteral("loss_d"))->pointCount(rb), 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.chart(QStringLiteral("fid_lenet"))->pointCount(rb), 1, test::kAsyncTimeoutMs);
        view.setSmoothing(0.5);
        auto smooth = view.chart(QStringLiteral("loss_d"))->smoothed(ra);
        QVERIFY(std::abs(smooth[1] - (0.25 + 1.5) / 0.75) < 1e-9);
        view.setLogScale(true);
        QVERIFY(view.chart(QStringLiteral("loss_d"))->logScale());
        appendText(QDir(a.path()).filePath(QStringLiteral("metrics.jsonl")), "{\"step\":3,\"wall_s\":3,\"loss_d\":2.0}\n");
        QTRY_COMPARE_WITH_TIMEOUT(view.chart(QStringLiteral("loss_d"))->pointCount(ra), 3, 10000); // live
        const QString csv = QDir(out.path()).filePath(QStringLiteral("curves.csv"));
        QVERIFY(view.exportCsv(csv).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("run,dir,step,wall_s,loss_d,loss_g,loss_enc,r1,fid_lenet")));
        QVERIFY(lines.last().contains(QStringLiteral(",40")) || lines.join(QString()).contains(QStringLiteral(",40")));
        QVERIFY(!view.exportCsv(QStringLiteral("/nonexistent-dir/x.csv")).ok());
    }
};

DDDG_GUI_TEST(TrainingTest);
#include "test_training.moc"
