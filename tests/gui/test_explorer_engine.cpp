// The explorer engine on its own thread, with the bundled model and real Fashion-MNIST:
// timelines, branching, cached code rendering, latest-wins, inversion, files, failures.
#include "bundled_resources.h"
#include "explorer_engine.h"
#include "gui_test_registry.h"
#include "worker_thread.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dddg;

namespace {

// Collects the engine's signals on the test's (GUI) thread through queued connections.
struct Results : QObject {
    QVector<ModelInfo> models;
    QVector<TrajectoryFrames> timelines, codes;
    QVector<ReferenceFrames> references;
    QVector<InversionOutcome> inversions;
    QVector<int> progress;
    QVector<QVector<LatentCode>> loaded;
    QStringList failures, saved;
    QVector<DatasetInfo> datasets;

    explicit Results(ExplorerEngine* e)
    {
        connect(e, &ExplorerEngine::modelLoaded, this, [this](const ModelInfo& m) { models << m; });
        connect(e, &ExplorerEngine::datasetLoaded, this, [this](const DatasetInfo& d) { datasets << d; });
        connect(e, &ExplorerEngine::timelineReady, this, [this](const TrajectoryFrames& f) { timelines << f; });
        connect(e, &ExplorerEngine::codeRendered, this, [this](const TrajectoryFrames& f) { codes << f; });
        connect(e, &ExplorerEngine::referenceReady, this, [this](const ReferenceFrames& r) { references << r; });
        connect(e, &ExplorerEngine::inversionFinished, this, [this](const InversionOutcome& o) { inversions << o; });
        connect(e, &ExplorerEngine::inversionProgress, this, [this](quint64, int done, int) { progress << done; });
        connect(e, &ExplorerEngine::codesLoaded, this, [this](const QString&, const QVector<LatentCode>& c) { loaded << c; });
        connect(e, &ExplorerEngine::codesSaved, this, [this](const QString& p) { saved << p; });
        connect(e, &ExplorerEngine::failed, this, [this](const QString& what, const QString& m) { failures << what + ": " + m; });
    }
};

bool sameImages(const QVector<QImage>& a, const QVector<QImage>& b, int from, int to)
{
    for (int i = from; i < to; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// Largest difference of one 8-bit channel between two images of the same size.
int maxPixelDifference(const QImage& a, const QImage& b)
{
    if (a.size() != b.size()) return 256;
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    int worst = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

} // namespace

class EngineTest : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<WorkerThread> m_thread;
    ExplorerEngine* m_engine = nullptr;
    std::unique_ptr<Results> m_results;

private slots:
    void init()
    {
        m_thread = std::make_unique<WorkerThread>(QStringLiteral("engine-test"));
        m_engine = m_thread->adopt(new ExplorerEngine);
        m_results = std::make_unique<Results>(m_engine);
        m_engine->loadDataset(QStringLiteral("fashion-mnist"));
        m_engine->loadModel(bundledModelPath());
        QTRY_COMPARE_WITH_TIMEOUT(m_results->models.size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->datasets.size(), 1, 30000);
    }
    void cleanup()
    {
        m_results.reset();
        m_thread.reset();
    }

    void modelInfoDescribesTheBundledModel()
    {
        const ModelInfo& m = m_results->models.front();
        QCOMPARE(m.tMax, 6);
        QCOMPARE(m.dz, 64);
        QCOMPARE(m.numClasses, 10);
        QVERIFY2(m.encoderTuningSteps > 0, "the bundled model's header records its encoder tuning (scripts/tune_encoder.sh)");
        QCOMPARE(m.scales.size(), m.tMax * m.dz);
        for (int t = 0; t < m.tMax; ++t) {
            double sum = 0;
            for (int i = 0; i < m.dz; ++i) sum += double(m.scale(t, i)) * m.scale(t, i);
            QVERIFY2(std::abs(sum - m.dz) < 1e-2, "sum of s_t^2 must be d_z");
        }
        QCOMPARE(m.sigmas.value(1), 6.0);
        QCOMPARE(m.classNames.value(9), QStringLiteral("Ankle boot"));
        QCOMPARE(m_results->datasets.front().size, 10000);
    }

    void timelineHasEveryStepAndRunsOffTheGuiThread()
    {
        m_engine->chooseDatasetReference(1, 3);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->references.size(), 1, test::kAsyncTimeoutMs);
        QCOMPARE(m_results->references.front().forward.size(), 7);
        m_engine->renderTimeline({5, 42, 3, -1, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->timelines.size(), 1, test::kAsyncTimeoutMs);
        const auto& f = m_results->timelines.front();
        QCOMPARE(f.stamp, quint64(5));
        QCOMPARE(f.batch, 3);
        QCOMPARE(f.xPrime.size(), 7 * 3);
        QCOMPARE(f.xNorm.size(), 6 * 3);
        QCOMPARE(f.psnr.size(), 7 * 3);
        QCOMPARE(f.statePrime(0, 0).size(), QSize(32, 32));
        QVERIFY(m_engine->lastWorkThread() != nullptr);
        QVERIFY(m_engine->lastWorkThread() != QThread::currentThread());
        // The same seed gives the same pictures.
        m_engine->renderTimeline({6, 42, 3, -1, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->timelines.size(), 2, test::kAsyncTimeoutMs);
        QVERIFY(sameImages(m_results->timelines[0].xPrime, m_results->timelines[1].xPrime, 0, 21));
    }

    void firstRowCanBeTheRealImagesInversion()
    {
        m_engine->chooseDatasetReference(1, 0);
        m_engine->invertReference(2, 0); // encoder only
        QTRY_COMPARE_WITH_TIMEOUT(m_results->inversions.size(), 1, test::kAsyncTimeoutMs);
        m_engine->renderTimeline({7, 3, 4, -1, true, {}});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->timelines.size(), 1, test::kAsyncTimeoutMs); // (queued at once, only the newer would render)
        m_engine->renderTimeline({8, 3, 4, -1, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->timelines.size(), 2, test::kAsyncTimeoutMs);
        const auto& withInversion = m_results->timelines[0];
        const auto& plain = m_results->timelines[1];
        const auto& encoder = m_results->inversions.front().encoder;
        QCOMPARE(withInversion.codes[0], encoder.codes[0]); // row 0 = Algorithm 3's latents and class
        // Same latents, same pictures; the timeline renders them in a batch of 4 and the
        // inversion alone, and the CPU kernels may round differently per batch size, so one
        // 8-bit level is allowed.
        for (int t = 0; t <= 6; ++t) QVERIFY(maxPixelDifference(withInversion.statePrime(t, 0), encoder.statePrime(t, 0)) <= 1);
        for (int b = 1; b < 4; ++b) QCOMPARE(withInversion.codes[b], plain.codes[b]); // the other rows stay seeded
        QVERIFY(withInversion.codes[0] != plain.codes[0]);
    }

    void branchingKeepsEarlierStepsByteIdentical()
    {
        m_engine->renderTimeline({10, 11, 2, -1, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->timelines.size(), 1, test::kAsyncTimeoutMs);
        const int k = 3, B = 2;
        m_engine->branchTimeline({11, k, 999});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->timelines.size(), 2, test::kAsyncTimeoutMs);
        const auto& before = m_results->timelines[0];
        const auto& after = m_results->timelines[1];
        QCOMPARE(after.recomputedFrom, k);
        QVERIFY(sameImages(before.xPrime, after.xPrime, 0, (k + 1) * B)); // x'_0 .. x'_k
        QVERIFY(sameImages(before.xNorm, after.xNorm, 0, k * B));         // x_norm_1 .. x_norm_k
        QVERIFY(!sameImages(before.xPrime, after.xPrime, (k + 1) * B, 7 * B));
        for (int b = 0; b < B; ++b) {
            QCOMPARE(after.codes[b].firstDifferingStep(before.codes[b]), k);
            QCOMPARE(after.codes[b].label, before.codes[b].label);
        }
    }

    void editedCodeIsRecomputedOnlyFromTheEditedStep()
    {
        LatentCode code(6, 64);
        code.label = 2;
        for (size_t i = 0; i < code.z.size(); ++i) code.z[i] = float(std::sin(double(i)));
        m_engine->renderCode({1, code});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->codes.size(), 1, test::kAsyncTimeoutMs);
        QCOMPARE(m_results->codes[0].recomputedFrom, 0);
        code.at(4, 7) += 2.0f;
        m_engine->renderCode({2, code});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->codes.size(), 2, test::kAsyncTimeoutMs);
        QCOMPARE(m_results->codes[1].recomputedFrom, 4);
        QVERIFY(sameImages(m_results->codes[0].xPrime, m_results->codes[1].xPrime, 0, 5));
        QVERIFY(m_results->codes[0].xPrime[6] != m_results->codes[1].xPrime[6]);
        // The cached result equals a from-scratch render of the same code.
        m_engine->renderCode({3, LatentCode()}); // invalid: fails, cache untouched
        QTRY_COMPARE_WITH_TIMEOUT(m_results->failures.size(), 1, test::kAsyncTimeoutMs);
        LatentCode other = code;
        other.label = 3; // another class: everything is recomputed
        m_engine->renderCode({4, other});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->codes.size(), 3, test::kAsyncTimeoutMs);
        QCOMPARE(m_results->codes[2].recomputedFrom, 0);
        m_engine->renderCode({5, code});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->codes.size(), 4, test::kAsyncTimeoutMs);
        QCOMPARE(m_results->codes[3].xPrime, m_results->codes[1].xPrime);
    }

    void onlyTheNewestOfQueuedRequestsIsRendered()
    {
        LatentCode code(6, 64);
        code.label = 0;
        for (int i = 1; i <= 30; ++i) {
            code.at(0, 0) = float(i) / 10.0f;
            m_engine->renderCode({quint64(i), code});
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_results->codes.isEmpty() && m_results->codes.back().stamp == 30, test::kAsyncTimeoutMs);
        QTest::qWait(100);
        QVERIFY2(m_results->codes.size() < 30, "stale requests must be skipped");
        QCOMPARE(m_results->codes.back().codes.front(), code);
    }

    void inversionReportsProgressAndCanBeCancelled()
    {
        m_engine->chooseDatasetReference(1, 5);
        m_engine->invertReference(1, 5);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->inversions.size(), 1, 30000);
        const auto& done = m_results->inversions.front();
        QVERIFY(!done.cancelled);
        QVERIFY(!m_results->progress.isEmpty());
        QCOMPARE(m_results->progress.back(), 5 * 6);
        QVERIFY(done.psnrRefined >= done.psnrEncoder - 1e-6); // refinement does not make it worse
        QCOMPARE(done.refined.codes.front().label, m_results->references.back().label); // the image's class is kept
        m_engine->invertReference(2, 2000);
        m_engine->cancelInversion();
        QTRY_COMPARE_WITH_TIMEOUT(m_results->inversions.size(), 2, 30000);
        QVERIFY(m_results->inversions[1].cancelled);
    }

    void codesRoundTripThroughATensorFile()
    {
        QTemporaryDir dir;
        LatentCode a(6, 64), b(6, 64);
        a.label = 1;
        b.label = 7;
        for (size_t i = 0; i < a.z.size(); ++i) {
            a.z[i] = float(i % 13) - 6.0f;
            b.z[i] = float(i % 5) * 0.5f;
        }
        QString path = dir.filePath(QStringLiteral("codes.pt"));
        m_engine->saveCodes(path, {a, b});
        QTRY_COMPARE_WITH_TIMEOUT(m_results->saved.size(), 1, test::kAsyncTimeoutMs);
        m_engine->loadCodes(path);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->loaded.size(), 1, test::kAsyncTimeoutMs);
        QCOMPARE(m_results->loaded.front().size(), 2);
        QCOMPARE(m_results->loaded.front()[0], a);
        QCOMPARE(m_results->loaded.front()[1], b);
    }

    void trajectoryVideoIsWritten()
    {
        QTemporaryDir dir;
        QVector<QImage> frames;
        for (int t = 0; t < 7; ++t) {
            QImage frame(321, 200, QImage::Format_RGB32); // odd width: the writer evens it
            frame.fill(QColor(30 * t, 255 - 30 * t, 90));
            frames << frame;
        }
        QStringList written;
        connect(m_engine, &ExplorerEngine::videoExported, this, [&](const QString& p) { written << p; });
        const QString path = dir.filePath(QStringLiteral("trajectory.mp4"));
        m_engine->exportVideo(path, frames, 2);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 20000);
        QFile video(path);
        QVERIFY(video.open(QIODevice::ReadOnly));
        QVERIFY(video.size() > 1000);
        QVERIFY(video.read(12).mid(4, 4) == "ftyp"); // an MP4 container
        m_engine->exportVideo(dir.filePath(QStringLiteral("no/such/folder/x.mp4")), frames, 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->failures.size(), 1, test::kAsyncTimeoutMs);
        m_engine->exportVideo(dir.filePath(QStringLiteral("empty.mp4")), {}, 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->failures.size(), 2, test::kAsyncTimeoutMs);
    }

    void badFilesAreMessagesAndTheOldModelStays()
    {
        QTemporaryDir dir;
        QString corrupt = dir.filePath(QStringLiteral("broken.ckpt"));
        QFile bundled(bundledModelPath());
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray bytes = bundled.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        QFile out(corrupt);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        m_engine->loadModel(corrupt);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->failures.size(), 1, test::kAsyncTimeoutMs);
        QVERIFY2(m_results->failures[0].contains(QStringLiteral("broken.ckpt")), qPrintable(m_results->failures[0]));
        m_engine->loadModel(dir.filePath(QStringLiteral("missing.ckpt")));
        QTRY_COMPARE_WITH_TIMEOUT(m_results->failures.size(), 2, test::kAsyncTimeoutMs);
        QString notImage = dir.filePath(QStringLiteral("not-an-image.png"));
        QFile text(notImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        m_engine->chooseFileReference(1, notImage);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->failures.size(), 3, test::kAsyncTimeoutMs);
        QVERIFY(m_results->failures[2].contains(QStringLiteral("not-an-image.png")));
        m_engine->loadCodes(notImage);
        QTRY_COMPARE_WITH_TIMEOUT(m_results->failures.size(), 4, test::kAsyncTimeoutMs);
        m_engine->renderTimeline({20, 1, 2, -1, false, {}}); // still working on the old model
        QTRY_COMPARE_WITH_TIMEOUT(m_results->timelines.size(), 1, test::kAsyncTimeoutMs);
        QCOMPARE(m_results->models.size(), 1);
    }
};

DDDG_GUI_TEST(EngineTest);
#include "test_explorer_engine.moc"
