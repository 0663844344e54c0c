// The comparison panel: its table model (sorting, best marks), the view state (zoom at the
// cursor, wipe, difference maps, steps), the worker on its own thread (progress order,
// cancel, numbers identical to core's runComparison for the same seed), bad input, and the
// export round trip (CSV + session, reopened, same settings and numbers).
// LibTorch first: it uses `slots` as a name, which Qt's headers define as a keyword.
#include "comparison.h"
#include "dataset.h"
#include "image_metrics.h"

#include "compare_canvas.h"
#include "compare_controls.h"
#include "compare_view.h"
#include "comparison_table_model.h"
#include "comparison_worker.h"
#include "gui_test_registry.h"
#include "worker_thread.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>

using namespace dddg;

namespace {

CompareResult row(const QString& method, double psnr, double ssim, int nfe, double seconds, const QString& status = QStringLiteral("ok"))
{
    CompareResult r;
    r.method = method;
    r.status = status;
    r.psnr = psnr;
    r.ssim = ssim;
    r.nfe = nfe;
    r.seconds = seconds;
    r.n = 1;
    return r;
}

// Collects a worker's signals on the test's thread.
struct WorkerLog : QObject {
    QStringList events; // "start:NAME", "done:NAME"
    QMap<QString, QVector<double>> progress;
    QVector<CompareResult> results;
    QVector<CompareMethod> methods;
    QVector<CompareInput> inputs;
    QStringList failures;
    int finished = 0;
    bool cancelled = false;
    QThread* signalThread = nullptr;

    explicit WorkerLog(ComparisonWorker* w)
    {
        connect(w, &ComparisonWorker::inputReady, this, [this](const CompareInput& i) { inputs << i; });
        connect(w, &ComparisonWorker::methodsListed, this, [this](quint64, const QVector<CompareMethod>& m) { methods = m; });
        connect(w, &ComparisonWorker::methodStarted, this, [this](quint64, const QString& m) { events << "start:" + m; });
        connect(w, &ComparisonWorker::methodProgress, this, [this](quint64, const QString& m, double f) { progress[m] << f; });
        connect(w, &ComparisonWorker::methodFinished, this, [this](const CompareResult& r) {
            events << "done:" + r.method;
            results << r;
        });
        connect(w, &ComparisonWorker::runFinished, this, [this](quint64, bool c) {
            ++finished;
            cancelled = c;
        });
        connect(w, &ComparisonWorker::failed, this, [this](const QString& what, const QString& m) { failures << what + ": " + m; });
    }
};

// Whether any pixel of `image` is not `background` (text was drawn on it).
bool differsFromBackground(const QImage& image, QRgb background)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background) return true;
    return false;
}

CompareSetup noisyTestImage(int index, double sigma, quint64 seed)
{
    CompareSetup s;
    s.dataset = QStringLiteral("fashion-mnist");
    s.source = QStringLiteral("dataset");
    s.index = index;
    s.degradation = QStringLiteral("noise");
    s.sigma = sigma;
    s.seed = seed;
    return s;
}

} // namespace

class CompareTest : public QObject {
    Q_OBJECT
private slots:
    void tableMarksTheBestAndSorts()
    {
        ComparisonTableModel model;
        model.setResult(row("input", 16.0, 0.50, 0, 0));
        model.setResult(row("gaussian", 18.8, 0.67, 0, 0.10));
        model.setResult(row("dae", 25.1, 0.90, 1, 0.40));
        model.setResult(row("ddpm-linear", 22.3, 0.93, 115, 48.0));
        model.setResult(row("cold-tacos", 0, 0, 0, 0, "n/a"));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.bestRow(ComparisonTableModel::Psnr), model.rowOf("dae"));
        QCOMPARE(model.bestRow(ComparisonTableModel::Ssim), model.rowOf("ddpm-linear"));
        QCOMPARE(model.bestRow(ComparisonTableModel::Nfe), model.rowOf("gaussian")); // the input row never wins
        QCOMPARE(model.bestRow(ComparisonTableModel::Seconds), model.rowOf("gaussian"));
        const QModelIndex psnrOfDae = model.index(model.rowOf("dae"), ComparisonTableModel::Psnr);
        QVERIFY(model.data(psnrOfDae).toString().startsWith(QStringLiteral("★")));
        QVERIFY(model.data(psnrOfDae, ComparisonTableModel::BestRole).toBool());
        QVERIFY(!model.data(model.index(model.rowOf("input"), ComparisonTableModel::Psnr), ComparisonTableModel::BestRole).toBool());
        QCOMPARE(model.data(model.index(model.rowOf("cold-tacos"), ComparisonTableModel::Psnr)).toString(), QStringLiteral("n/a"));

        // Replacing a row moves the mark.
        model.setResult(row("gaussian", 30.0, 0.95, 0, 0.10));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.bestRow(ComparisonTableModel::Psnr), model.rowOf("gaussian"));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ComparisonTableModel::SortRole);
        proxy.sort(ComparisonTableModel::Psnr, Qt::DescendingOrder);
        QStringList order;
        for (int i = 0; i < proxy.rowCount(); ++i) order << proxy.index(i, 0).data().toString();
        QCOMPARE(order, (QStringList{"gaussian", "dae", "ddpm-linear", "input", "cold-tacos"}));
        proxy.sort(ComparisonTableModel::Nfe, Qt::AscendingOrder);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data().toString(), QStringLiteral("ddpm-linear"));

        const QStringList csv = model.toCsv({QStringLiteral("test #1, a shirt"), QStringLiteral("noise"), QStringLiteral("25"), 4}).trimmed().split('\n');
        QCOMPARE(csv.size(), 6);
        QVERIFY(csv[0].startsWith("method,psnr,ssim"));
        QVERIFY(csv.contains(QStringLiteral("dae,25.1000,0.90000,0.0000,0.00000,1,0.400,1,ok,,\"test #1, a shirt\",noise,25,4")));
    }

    void viewStateZoomsAtTheCursorAndWipes()
    {
        CompareViewState s;
        const QSizeF tile(200, 200), image(32, 32);
        QCOMPARE(s.scale(tile, image), 6.25);
        const QPointF cursor(150, 40);
        const QPointF before = s.toImage(cursor, tile, image);
        s.zoomAt(cursor, 2.0, tile, image);
        QCOMPARE(s.scale(tile, image), 12.5);
        const QPointF after = s.toImage(cursor, tile, image);
        QVERIFY(std::abs(after.x() - before.x()) < 1e-9 && std::abs(after.y() - before.y()) < 1e-9);
        const QPointF p = s.toTile(QPointF(3, 7), tile, image);
        QVERIFY(std::abs(s.toImage(p, tile, image).x() - 3) < 1e-9);
        s.pan(QPointF(25, 0), tile, image); // 25 screen px = 2 image px at 12.5×
        QVERIFY(std::abs(s.toImage(cursor, tile, image).x() - (before.x() - 2)) < 1e-9);
        s.fit();
        QCOMPARE(s.scale(tile, image), 6.25);
        s.actualSize();
        QCOMPARE(s.scale(tile, image), 1.0);

        s.wipeA = "clean";
        s.wipeB = "dae";
        s.swapWipe();
        QCOMPARE(s.wipeA, QStringLiteral("dae"));
        QCOMPARE(s.wipeB, QStringLiteral("clean"));

        s.step = 1.0;
        QCOMPARE(s.stateIndex(10), -1);
        s.step = 0.0;
        QCOMPARE(s.stateIndex(10), 0);
        s.step = 0.5;
        QCOMPARE(s.stateIndex(11), 5);
        QCOMPARE(s.stateIndex(0), -1);

        s.wipe = true;
        s.difference = true;
        s.wipePosition = 0.3;
        s.zoom = 4;
        const CompareViewState back = CompareViewState::fromJson(s.toJson());
        QCOMPARE(back.wipe, true);
        QCOMPARE(back.difference, true);
        QCOMPARE(back.wipePosition, 0.3);
        QCOMPARE(back.wipeA, QStringLiteral("dae"));
        QCOMPARE(back.zoom, 4.0);
        QCOMPARE(back.step, 0.5);

        // Difference map: known pixels, mean and colours at both ends of the ramp.
        QImage a(2, 1, QImage::Format_Grayscale8), b(2, 1, QImage::Format_Grayscale8);
        a.setPixel(0, 0, qRgb(100, 100, 100));
        a.setPixel(1, 0, qRgb(10, 10, 10));
        b.setPixel(0, 0, qRgb(100, 100, 100));
        b.setPixel(1, 0, qRgb(60, 60, 60));
        double mean = -1;
        const QImage d = differenceMap(a, b, 50, &mean);
        QCOMPARE(mean, 25.0);
        QCOMPARE(d.pixel(0, 0), differenceColour(0));
        QCOMPARE(d.pixel(1, 0), differenceColour(1));
        QVERIFY(differenceMap(a, QImage(3, 1, QImage::Format_Grayscale8), 50).isNull());
    }

    void canvasShowsStepsDifferenceAndExports()
    {
        CompareViewState state;
        CompareCanvas canvas(&state);
        QImage clean(32, 32, QImage::Format_Grayscale8), result(32, 32, QImage::Format_Grayscale8), early(32, 32, QImage::Format_Grayscale8);
        clean.fill(100);
        result.fill(110);
        early.fill(200);
        canvas.setTiles({{"clean", "clean", "", clean, {}, {}, false, {}}});
        canvas.setTile({"dae", "dae", "PSNR", result, {early, result}, {"t=10", "t=0"}, false, {}});
        QCOMPARE(canvas.tiles().size(), 2);
        QString label;
        QCOMPARE(canvas.shownImage(*canvas.tile("dae"), &label).pixel(0, 0), qRgb(110, 110, 110));
        state.step = 0;
        QCOMPARE(canvas.shownImage(*canvas.tile("dae"), &label).pixel(0, 0), qRgb(200, 200, 200));
        QCOMPARE(label, QStringLiteral("t=10"));
        state.step = 1;
        state.difference = true;
        double mean = -1;
        canvas.shownImage(*canvas.tile("dae"), nullptr, &mean);
        QCOMPARE(mean, 10.0);
        QCOMPARE(canvas.differenceScale(), 10.0);
        state.difference = false;
        state.flicker = true;
        canvas.setFlickerPhase(true);
        QCOMPARE(canvas.shownImage(*canvas.tile("dae")).pixel(0, 0), qRgb(100, 100, 100));
        const QImage grid = canvas.renderGrid(64);
        QVERIFY(grid.width() >= 2 * 64 && grid.height() >= 64);
    }

    // What the user sees in wipe mode: the left of the divider is tile A, the right tile B.
    void wipeShowsTheTwoChosenTilesOnEitherSide()
    {
        CompareViewState state;
        CompareCanvas canvas(&state);
        QImage clean(32, 32, QImage::Format_Grayscale8), input(32, 32, QImage::Format_Grayscale8), dae(32, 32, QImage::Format_Grayscale8);
        clean.fill(30);
        input.fill(220);
        dae.fill(120);
        canvas.setTiles({{"clean", "clean", "", clean, {}, {}, false, {}}, {"input", "input", "", input, {}, {}, false, {}},
                         {"dae", "dae", "PSNR 1 · SSIM 0.5", dae, {}, {}, false, {}}});
        canvas.resize(500, 400);
        state.wipe = true;
        state.wipeA = "clean";
        state.wipeB = "dae";
        state.wipePosition = 0.5;
        auto shownAt = [&](double fraction) {
            const QRectF f = canvas.wipeFrame();
            const QImage shot = canvas.grab().toImage();
            return qGray(shot.pixel(int(f.left() + fraction * f.width()), int(f.center().y() + 20)));
        };
        QCOMPARE(shownAt(0.25), 30);
        QCOMPARE(shownAt(0.75), 120);
        state.swapWipe();
        state.wipePosition = 0.2;
        QCOMPARE(shownAt(0.1), 120);
        QCOMPARE(shownAt(0.5), 30);
        QCOMPARE(shownAt(0.9), 30);
    }

    // The badge follows the Step slider (each state's own PSNR and SSIM) and, in a narrow tile,
    // breaks its line instead of cutting the SSIM off.
    void badgesFollowTheStepAndAreNeverCut()
    {
        CompareViewState state;
        CompareCanvas canvas(&state);
        QImage a(32, 32, QImage::Format_Grayscale8), b(32, 32, QImage::Format_Grayscale8);
        a.fill(10);
        b.fill(90);
        CompareTile tile{"ddpm-linear", "ddpm-linear", "PSNR 27.57 · SSIM 0.901\n117 NFE · 0.99 s", b, {a, b}, {"t=57", "t=0"}, false,
                         {"PSNR 12.00 · SSIM 0.100", "PSNR 27.50 · SSIM 0.899"}};
        canvas.setTiles({tile});
        const QFontMetrics metrics = canvas.fontMetrics();
        const int wide = 1000;
        state.step = 1.0;
        QCOMPARE(canvas.badgeLines(tile, metrics, wide).value(0), QStringLiteral("PSNR 27.57 · SSIM 0.901"));
        state.step = 0.0;
        QCOMPARE(canvas.badgeLines(tile, metrics, wide).value(0), QStringLiteral("PSNR 12.00 · SSIM 0.100"));
        QCOMPARE(canvas.badgeLines(tile, metrics, wide).value(1), QStringLiteral("117 NFE · 0.99 s"));
        state.step = 0.99; // the last state, not yet the result
        QCOMPARE(canvas.badgeLines(tile, metrics, wide).value(0), QStringLiteral("PSNR 27.50 · SSIM 0.899"));

        state.step = 1.0;
        const int narrow = metrics.horizontalAdvance(QStringLiteral("PSNR 27.57 · SSI")); // the whole line does not fit
        const QStringList lines = canvas.badgeLines(tile, metrics, narrow, QStringLiteral("(3, 4) = 90"));
        QCOMPARE(lines, (QStringList{"PSNR 27.57", "SSIM 0.901", "117 NFE · 0.99 s", "(3, 4) = 90"}));
        // The exported grid is 128 px a tile: wide enough for every number of a badge.
        QCOMPARE(canvas.badgeLines(tile, metrics, 128).join(' ').count(QChar(0x2026)), 0);
    }

    void workerMatchesCoreAndReportsInOrder()
    {
        WorkerThread thread("compare-test");
        auto* worker = thread.adopt(new ComparisonWorker);
        WorkerLog log(worker);
        worker->openDataset("fashion-mnist");
        const CompareSetup setup = noisyTestImage(3, 50, 5);
        worker->prepare(1, setup);
        QTRY_VERIFY_WITH_TIMEOUT(!log.methods.isEmpty() || !log.failures.isEmpty(), test::kAsyncTimeoutMs);
        QVERIFY2(log.failures.isEmpty(), qPrintable(log.failures.join("; ")));
        QCOMPARE(log.inputs.size(), 1);
        QVERIFY(log.inputs[0].source.contains("test #3"));
        QVERIFY(worker->lastWorkThread() != QThread::currentThread());
        auto entry = [&](const QString& name) {
            for (const auto& m : log.methods)
                if (m.name == name) return m;
            return CompareMethod{};
        };
        QCOMPARE(log.methods.size(), int(methodRegistry().size()));
        QVERIFY(entry("dae").available);
        QCOMPARE(entry("dae").nfe, 1);
        QVERIFY(!entry("cold-tacos").available); // a deblurring method, on noise
        QVERIFY(!entry("cold-tacos").reason.isEmpty());

        CompareRunRequest request;
        request.stamp = 2;
        request.setup = setup;
        request.methods = {"gaussian", "dae", "ddpm-linear"};
        worker->run(request);
        QTRY_VERIFY_WITH_TIMEOUT(log.finished == 1, test::kAsyncTimeoutMs);
        QVERIFY(!log.cancelled);
        QCOMPARE(log.events, (QStringList{"done:input", "start:gaussian", "done:gaussian", "start:dae", "done:dae", "start:ddpm-linear",
                                          "done:ddpm-linear"}));
        for (const auto& f : log.progress) QVERIFY(std::is_sorted(f.begin(), f.end()));
        QVERIFY(!log.progress["ddpm-linear"].isEmpty());
        QCOMPARE(log.results.size(), 4);
        QVERIFY(!log.results[3].states.isEmpty()); // DDPM's steps to scrub
        QCOMPARE(log.results[3].statePsnr.size(), log.results[3].states.size()); // with the numbers of each
        QCOMPARE(log.results[3].stateSsim.size(), log.results[3].states.size());
        // The checklist comes again after the run with measured times, without a second prepare.
        QVERIFY(entry("dae").measured);
        QCOMPARE(log.inputs.size(), 2); // the preview's, and the run's own (the same input under the run's stamp)
        QCOMPARE(log.inputs[1].stamp, quint64(2));
        QCOMPARE(log.inputs[1].degraded, log.inputs[0].degraded);

        // The same numbers as core's runComparison for the same image, seed and settings.
        auto test = loadDataset("fashion-mnist", "", Split::Test);
        QVERIFY(bool(test));
        auto context = makeMethodContext("fashion-mnist", "", "", torch::kCPU);
        QVERIFY(bool(context));
        auto clean = test->images.narrow(0, 3, 1).clone();
        ComparisonSettings settings;
        settings.spec.kind = DamageKind::Noise;
        settings.spec.sigma = 50;
        settings.spec.operatorConfig.constant = context->tuningImages->meanPixel();
        settings.methods = {"gaussian", "dae", "ddpm-linear"};
        settings.restore.seed = 5;
        settings.restore.keepStates = request.keepStates;
        MethodSet methods(*context);
        auto rows = runComparison(clean, applyDegradation(clean, settings.spec, 5), settings, methods);
        QCOMPARE(int(rows.size()), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(log.results[i].method, QString::fromStdString(rows[i].method));
            QCOMPARE(log.results[i].psnr, rows[i].psnr);
            QCOMPARE(log.results[i].ssim, rows[i].ssim);
        }
        // Each step's caption numbers are that state's PSNR and SSIM against the clean image.
        QCOMPARE(int(rows[3].states.size()), log.results[3].states.size());
        for (size_t k = 0; k < rows[3].states.size(); k += 5) {
            const auto state = rows[3].states[k].slice(0, 0, 1).clamp(-1, 1).to(torch::kFloat);
            QVERIFY(std::abs(log.results[3].statePsnr[int(k)] - psnr(state, clean.to(torch::kFloat)).item<double>()) < 1e-9);
            QVERIFY(std::abs(log.results[3].stateSsim[int(k)] - ssim(state, clean.to(torch::kFloat)).item<double>()) < 1e-9);
        }
        QVERIFY(log.results[3].statePsnr.front() < log.results[3].statePsnr.back()); // the noise goes away step by step
        // Measured times are per network pass: DIP at 20 iterations predicts 400 at twenty times the cost.
        request.stamp = 20;
        request.methods = {"dip"};
        request.dipIterations = 20;
        log.results.clear();
        worker->run(request);
        QTRY_VERIFY_WITH_TIMEOUT(log.finished == 2, test::kAsyncTimeoutMs);
        QCOMPARE(log.results.size(), 2);
        QVERIFY(entry("dip").measured);
        QCOMPARE(entry("dip").nfe, 400);
        QVERIFY(std::abs(entry("dip").estimateSeconds - log.results[1].seconds * 20.0) < 1e-6 * log.results[1].seconds * 20.0);
        QCOMPARE(entry("dip").firstUseSeconds, 0.0);
        QVERIFY(!entry("nlm").measured && entry("nlm").firstUseSeconds > entry("median").firstUseSeconds); // NLM tunes h first
        request.dipIterations = 0;
        request.methods = {"gaussian", "dae", "ddpm-linear"};
        QVERIFY(log.results[2].psnr > log.results[0].psnr); // dae beats its input floor row by far
        QVERIFY(log.results[2].psnr > log.results[1].psnr);

        // A batch gives the numbers of `dddg compare --n 4` (images 0…3, no states kept).
        log.results.clear();
        request.stamp = 3;
        request.batch = 4;
        worker->run(request);
        QTRY_VERIFY_WITH_TIMEOUT(log.finished == 3, test::kAsyncTimeoutMs);
        auto batch = test->images.narrow(0, 0, 4).clone();
        settings.restore.keepStates = 0;
        auto cli = runComparison(batch, applyDegradation(batch, settings.spec, 5), settings, methods);
        QCOMPARE(log.results.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(log.results[i].n, 4);
            QVERIFY2(std::abs(log.results[i].psnr - cli[i].psnr) < 1e-6, qPrintable(log.results[i].method));
            QVERIFY2(std::abs(log.results[i].ssim - cli[i].ssim) < 1e-7, qPrintable(log.results[i].method));
        }
    }

    void aRunNeedsNoPrepareAndRestoresTheShownInput()
    {
        WorkerThread thread("compare-run-only");
        auto* worker = thread.adopt(new ComparisonWorker);
        WorkerLog log(worker);
        worker->openDataset("fashion-mnist");
        CompareRunRequest request;
        request.stamp = 1;
        request.setup = noisyTestImage(2, 25, 3);
        request.methods = {"dae"};
        worker->run(request); // no prepare before it
        QTRY_VERIFY_WITH_TIMEOUT(log.finished == 1, test::kAsyncTimeoutMs);
        QVERIFY2(log.failures.isEmpty(), qPrintable(log.failures.join("; ")));
        QCOMPARE(log.results.size(), 2);
        QVERIFY(log.results[1].isOk());
        // The run shows the input it restored, under its own stamp.
        QCOMPARE(log.inputs.size(), 1);
        QCOMPARE(log.inputs[0].stamp, request.stamp);
        QCOMPARE(log.inputs[0].degraded, log.results[0].image);
        QCOMPARE(log.inputs[0].psnr, log.results[0].tilePsnr);
        // A preview of the same setup shows the very degraded image the run restored.
        worker->prepare(2, request.setup);
        QTRY_VERIFY_WITH_TIMEOUT(log.inputs.size() == 2, test::kAsyncTimeoutMs);
        QCOMPARE(log.inputs[1].degraded, log.results[0].image);
        QCOMPARE(log.inputs[1].psnr, log.results[0].tilePsnr);
    }

    void cancelStopsWithinASecond()
    {
        WorkerThread thread("compare-cancel");
        auto* worker = thread.adopt(new ComparisonWorker);
        WorkerLog log(worker);
        worker->openDataset("fashion-mnist");
        worker->prepare(1, noisyTestImage(0, 25, 0));
        QTRY_VERIFY_WITH_TIMEOUT(!log.methods.isEmpty(), test::kAsyncTimeoutMs);
        CompareRunRequest request;
        request.stamp = 2;
        request.setup = noisyTestImage(0, 25, 0);
        request.methods = {"dip", "ddpm-linear"};
        request.dipIterations = 20000; // minutes of work
        worker->run(request);
        QTRY_VERIFY_WITH_TIMEOUT(!log.progress["dip"].isEmpty(), test::kAsyncTimeoutMs);
        const auto start = std::chrono::steady_clock::now();
        worker->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(log.finished == 1, 5000);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QVERIFY2(seconds < 1.0, qPrintable(QString("cancel took %1 s").arg(seconds)));
        QVERIFY(log.cancelled);
        QVERIFY(!log.events.contains("start:ddpm-linear"));
    }

    void aColourPhotoIsBroughtToTheModelFrame()
    {
        QTemporaryDir dir;
        QImage photo(640, 480, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x) photo.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
        const QString path = dir.filePath("photo.jpg");
        QVERIFY(photo.save(path, "JPEG"));
        CompareView view;
        view.setDataset("fashion-mnist");
        view.controls()->setOwnSize(false); // the frame: the shorter side to 32, the centre, grey
        view.openImageFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(view.input().isValid() && view.input().source == "photo.jpg", test::kAsyncTimeoutMs);
        QCOMPARE(view.input().clean.size(), QSize(32, 32));
        QCOMPARE(view.input().degraded.size(), QSize(32, 32));
        QVERIFY2(view.input().note.contains(QStringLiteral("640×480 colour → 32×32 grey")), qPrintable(view.input().note));
        QVERIFY(view.input().psnr > 0 && view.input().psnr < 40);
    }

    // A photo at its own size and colour: the input keeps its 90×60 pixels and colour, every
    // result has them too, and each row says how its method met the picture.
    void aPhotoIsComparedAtItsOwnSize()
    {
        QTemporaryDir dir;
        QImage photo(90, 60, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x) photo.setPixel(x, y, qRgb(40 + 2 * x, 60 + 3 * y, 200 - x - y));
        const QString path = dir.filePath("wide.png");
        QVERIFY(photo.save(path));
        CompareView view;
        QSignalSpy completed(&view, &CompareView::runCompleted);
        view.restoreSettings(QJsonObject{{"degradation", "noise"}, {"sigma", 25}, {"seed", 1}, {"batch", 0}, {"methods", QJsonArray{"median", "dae", "dddg"}}});
        view.setDataset("fashion-mnist");
        view.openImageFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(view.input().isValid() && view.input().source == "wide.png", test::kAsyncTimeoutMs);
        QCOMPARE(view.input().clean.size(), QSize(90, 60));
        QVERIFY(!view.input().clean.isGrayscale());
        QVERIFY2(view.input().note.contains(QStringLiteral("90×60 colour at its own size")), qPrintable(view.input().note));
        QTRY_VERIFY_WITH_TIMEOUT(!view.controls()->methods().isEmpty(), test::kAsyncTimeoutMs);
        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, test::kAsyncTimeoutMs);
        auto modelOf = [&](const char* method) { return view.table()->results()[view.table()->rowOf(method)].model; };
        // A picture of one's own goes to the photo models when ./run.sh has made their data
        // (as `dddg compare --image`), else to the open dataset's, per channel.
        const bool photoModels = pictureDataset() == "photos";
        QVERIFY2(view.input().note.contains(photoModels ? QStringLiteral("the photos models' frame is 64×64 colour")
                                                        : QStringLiteral("the fashion-mnist models' frame")),
                 qPrintable(view.input().note));
        if (photoModels) { // no DDDG is trained on photos: the checklist says so, with the command, and it does not run
            const auto& listed = view.controls()->methods();
            const auto dddg = std::find_if(listed.begin(), listed.end(), [](const CompareMethod& m) { return m.name == QLatin1String("dddg"); });
            QVERIFY(dddg != listed.end());
            QVERIFY2(!dddg->available && dddg->reason.contains(QStringLiteral("no dddg model for photos")) && dddg->reason.contains(QStringLiteral("dddg train")),
                     qPrintable(dddg->reason));
        }
        QCOMPARE(view.table()->rowCount(), photoModels ? 3 : 4);
        for (const auto& r : view.table()->results()) {
            QVERIFY2(r.isOk(), qPrintable(r.method + ": " + r.note));
            QCOMPARE(r.image.size(), QSize(90, 60));
        }
        if (photoModels) {
            QVERIFY2(modelOf("dae").contains(QStringLiteral("dae-photos")) && modelOf("dae").contains(QStringLiteral("2 tiles of 64×64")) &&
                         !modelOf("dae").contains(QStringLiteral("per channel")),
                     qPrintable(modelOf("dae")));
        } else {
            QVERIFY2(modelOf("dae").contains(QStringLiteral("per channel (grey models); 12 tiles of 32×32")), qPrintable(modelOf("dae")));
            QVERIFY2(modelOf("dddg").contains(QStringLiteral("at 32×21 letterboxed in its 32×32 frame")), qPrintable(modelOf("dddg")));
        }
        QVERIFY(view.canvas()->tile("median")->image.size() == QSize(90, 60));
        // A row below the input it was given is flagged in the table and on its tile.
        for (const auto& r : view.table()->results()) {
            if (r.method == QLatin1String("input")) continue;
            const bool below = r.psnr < view.table()->results()[view.table()->rowOf("input")].psnr;
            QCOMPARE(r.note.startsWith(QStringLiteral("below the degraded input")), below);
            QCOMPARE(view.canvas()->tile(r.method)->badge.contains(QStringLiteral("⚠")), below);
        }
        // σ changed and Run pressed at once, before any preview: the input panel shows the
        // numbers of the input that was restored, not the last preview's.
        view.restoreSettings(QJsonObject{{"degradation", "noise"}, {"sigma", 50}, {"seed", 1}, {"batch", 0}, {"methods", QJsonArray{"median"}}});
        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 2, test::kAsyncTimeoutMs);
        const double inputRow = view.table()->results()[view.table()->rowOf("input")].psnr;
        QVERIFY(inputRow < 20); // σ 50
        QCOMPARE(view.input().psnr, inputRow);
    }

    void badImageShowsAnErrorAndExportRoundTrips()
    {
        QTemporaryDir dir;
        CompareView view;
        QSignalSpy errors(&view, &CompareView::error);
        QSignalSpy completed(&view, &CompareView::runCompleted);
        view.restoreSettings(QJsonObject{{"degradation", "noise"}, {"sigma", 40}, {"seed", 3}, {"batch", 0}, {"methods", QJsonArray{"gaussian", "median"}}});
        view.setDataset("fashion-mnist");
        view.chooseDatasetImage(7);
        QTRY_VERIFY_WITH_TIMEOUT(view.input().isValid() && view.input().source.contains("#7"), test::kAsyncTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!view.controls()->methods().isEmpty(), test::kAsyncTimeoutMs);
        QCOMPARE(view.controls()->checkedMethods(), (QStringList{"gaussian", "median"}));

        // A corrupt file: one error in the window, the view keeps its input and keeps working.
        const QString corrupt = dir.filePath("broken.png");
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\nnot really");
        file.close();
        view.openImageFile(corrupt);
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() == 1, test::kAsyncTimeoutMs);
        QVERIFY(errors[0][1].toString().contains("broken.png"));
        view.chooseDatasetImage(7);

        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, test::kAsyncTimeoutMs);
        QCOMPARE(view.table()->rowCount(), 3);
        const QString csv = dir.filePath("table.csv");
        QVERIFY(view.exportCsv(csv).ok());
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        // The files say what was compared: the CSV's last columns, the grid's header and its PNG text.
        const QStringList lines = QString::fromUtf8(written.readAll()).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].endsWith(QStringLiteral(",image,degradation,level,seed")));
        for (const QString& line : lines.mid(1)) QVERIFY2(line.endsWith(view.input().source + QStringLiteral(",noise,40,3")), qPrintable(line));
        QVERIFY(view.exportGrid(dir.filePath("grid.png")).ok());
        const QImage grid(dir.filePath("grid.png"));
        QVERIFY(!grid.isNull());
        QCOMPARE(grid.text(QStringLiteral("Image")), view.input().source);
        QCOMPARE(grid.text(QStringLiteral("Degradation")), QStringLiteral("noise"));
        QCOMPARE(grid.text(QStringLiteral("Level")), QStringLiteral("40"));
        QCOMPARE(grid.text(QStringLiteral("Seed")), QStringLiteral("3"));
        QCOMPARE(view.runContext().text(), view.input().source + QStringLiteral(" · noise σ=40 · seed 3"));
        // The header is a line of text above the tiles: dark pixels in the band above the first caption.
        const QImage plain = view.canvas()->renderGrid(128), headed = view.canvas()->renderGrid(128, view.runContext().text());
        QVERIFY(headed.height() > plain.height());
        QVERIFY(differsFromBackground(headed.copy(0, 0, headed.width(), headed.height() - plain.height()), plain.pixel(1, 1)));
        view.viewState().difference = true;
        view.viewState().zoom = 3;
        const QJsonObject session = QJsonDocument::fromJson(QJsonDocument(view.sessionState()).toJson()).object();

        CompareView reopened;
        QSignalSpy reran(&reopened, &CompareView::runCompleted);
        reopened.setDataset("fashion-mnist");
        reopened.restoreSession(session);
        QTRY_VERIFY_WITH_TIMEOUT(reran.size() == 1, test::kAsyncTimeoutMs);
        QCOMPARE(reopened.controls()->toJson(), view.controls()->toJson());
        QCOMPARE(reopened.viewState().difference, true);
        QCOMPARE(reopened.viewState().zoom, 3.0);
        QCOMPARE(reopened.table()->toCsv().section('\n', 0, 0), view.table()->toCsv().section('\n', 0, 0));
        for (const auto& r : view.table()->results()) {
            const int i = reopened.table()->rowOf(r.method);
            QVERIFY(i >= 0);
            QCOMPARE(reopened.table()->results()[i].psnr, r.psnr);
            QCOMPARE(reopened.table()->results()[i].ssim, r.ssim);
        }
    }
};

DDDG_GUI_TEST(CompareTest);
#include "test_compare.moc"
