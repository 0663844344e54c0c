// The explorer's window as a user drives it (offscreen): the timeline's columns and keys,
// slots and interpolation, undo, exports with their session files (File ▸ Export writes the
// visible view's), and failures that become messages while the window keeps working.
#include "compare_controls.h"
#include "compare_view.h"
#include "command_line.h"
#include "latency_probe.h"
#include "explorer_engine.h"
#include "gui_test_registry.h"
#include "latent_document.h"
#include "latent_inspector.h"
#include "latent_view.h"
#include "log_panel.h"
#include "main_window.h"
#include "message_bar.h"
#include "session_file.h"
#include "side_panel.h"
#include "shipped_languages.h"
#include "timeline_view.h"
#include "training_view.h"
#include "trajectory_grid_view.h"

#include <imgui.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace dddg;

class WindowTest : public QObject {
    Q_OBJECT
private:
    LogCollector m_log;
    std::unique_ptr<MainWindow> m_window;

    TimelineView* timeline() const { return m_window->timeline(); }
    LatentView* latents() const { return m_window->latents(); }

    // Waits for the timeline to show a fresh result.
    bool waitForTimeline(int before)
    {
        return QTest::qWaitFor([&] { return shownTimelines > before; }, 30000);
    }
    int shownTimelines = 0;
    int shownCodes = 0;

    QAction* exportAction(const char* name) const { return m_window->findChild<QAction*>(QLatin1String(name)); }

    // Triggers File ▸ Export ▸ `name` and answers its save dialog with `path`, as a user would.
    void triggerExport(const char* name, const QString& path)
    {
        QAction* action = exportAction(name);
        QVERIFY2(action && action->isEnabled(), name);
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // a dialog this test can fill in
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog) return;
            // Typed into the file name field, as a user does: selectFile() waits for the folder
            // listing, and while that never finished the dialog kept its own suggestion (the
            // test hung to its timeout). Accept only once the chosen path is what it holds.
            if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) name->setText(path);
            else dialog->selectFile(path);
            if (QFileInfo(dialog->selectedFiles().value(0)).absoluteFilePath() != QFileInfo(path).absoluteFilePath()) return;
            answer.stop();
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog's override (protected there): as the Save button does
        });
        answer.start();
        action->trigger();
        answer.stop();
    }

    // The "view" object of the session file written beside an export.
    static QJsonObject sessionView(const QString& exported)
    {
        Result<QJsonObject> session = readSession(exported);
        return session ? session->value("view").toObject() : QJsonObject();
    }

    // The share of pixels in which two pictures differ (1 when their sizes differ).
    static double differingShare(const QImage& a, const QImage& b)
    {
        if (a.size() != b.size() || a.isNull()) return 1.0;
        const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
        qint64 differing = 0;
        for (int row = 0; row < x.height(); ++row)
            for (int col = 0; col < x.width(); ++col) differing += x.pixel(col, row) != y.pixel(col, row);
        return double(differing) / (double(x.width()) * x.height());
    }

private slots:
    void init()
    {
        ExplorerOptions options;
        options.dataset = QStringLiteral("fashion-mnist");
        m_window = std::make_unique<MainWindow>(options, &m_log);
        shownTimelines = shownCodes = 0;
        connect(timeline(), &TimelineView::framesShown, this, [this] { ++shownTimelines; });
        connect(latents(), &LatentView::framesShown, this, [this] { ++shownCodes; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->model().isValid(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->frames().isValid() && !timeline()->frames().psnr.isEmpty(), 30000);
    }
    void cleanup() { m_window.reset(); }

    void timelineShowsEveryStepAndTheCursorFollowsTheKeys()
    {
        const int T = m_window->model().tMax;
        QCOMPARE(timeline()->columnCount(), T + 1);
        QCOMPARE(timeline()->grid()->columnCount(), T + 1);
        // forward row + (x'_t, x_norm_t) per sample
        QCOMPARE(timeline()->grid()->rowCount(), 1 + 2 * timeline()->batch());
        m_window->tabs()->setCurrentWidget(timeline());
        timeline()->grid()->setFocus();
        QTest::keyClick(timeline()->grid(), Qt::Key_Home);
        QCOMPARE(timeline()->cursor(), 0);
        QTest::keyClick(timeline()->grid(), Qt::Key_Right);
        QTest::keyClick(timeline()->grid(), Qt::Key_Right);
        QCOMPARE(timeline()->cursor(), 2);
        QCOMPARE(timeline()->grid()->cursor(), 2);
        QTest::keyClick(timeline()->grid(), Qt::Key_Left);
        QCOMPARE(timeline()->cursor(), 1);
        QTest::keyClick(timeline()->grid(), Qt::Key_End);
        QCOMPARE(timeline()->cursor(), T);
        QTest::keyClick(timeline()->grid(), Qt::Key_Right); // stays at the clean end
        QCOMPARE(timeline()->cursor(), T);
        QTest::keyClick(timeline()->grid(), Qt::Key_Space);
        QVERIFY(timeline()->isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(timeline()->cursor(), 0, 3000); // playback wraps around
        QTest::keyClick(timeline()->grid(), Qt::Key_Space);
        QVERIFY(!timeline()->isPlaying());
    }

    void branchingFromTheWindowKeepsThePast()
    {
        const auto before = timeline()->frames();
        int shown = shownTimelines;
        timeline()->branchAt(2, 12345);
        QVERIFY(waitForTimeline(shown));
        const auto& after = timeline()->frames();
        const int B = before.batch;
        for (int i = 0; i < 3 * B; ++i) QCOMPARE(after.xPrime[i], before.xPrime[i]);
        for (int i = 0; i < 2 * B; ++i) QCOMPARE(after.xNorm[i], before.xNorm[i]);
        QCOMPARE(after.recomputedFrom, 2);
    }

    void interpolationEndsAreTheSlotsAndUndoGoesBack()
    {
        m_window->tabs()->setCurrentWidget(latents());
        LatentDocument* doc = latents()->document();
        QTRY_VERIFY_WITH_TIMEOUT(doc->code().isValid(), test::kAsyncTimeoutMs);
        latents()->randomCode();
        latents()->pin(LatentDocument::SlotA);
        latents()->randomCode();
        latents()->pin(LatentDocument::SlotB);
        const LatentCode a = doc->slot(LatentDocument::SlotA), b = doc->slot(LatentDocument::SlotB);
        QVERIFY(a != b);
        for (auto mode : {InterpolationMode::Linear, InterpolationMode::Spherical}) {
            latents()->setInterpolationMode(mode);
            latents()->setInterpolation(0.4);
            latents()->setInterpolation(1.0);
            QCOMPARE(doc->code(), b);
            latents()->setInterpolation(0.0);
            QCOMPARE(doc->code(), a);
        }
        // Per-step mixing: only z_2 moves to B.
        std::vector<bool> steps(size_t(a.tMax), false);
        steps[2] = true;
        latents()->setMixedSteps(steps);
        latents()->setInterpolation(1.0);
        for (int t = 0; t < a.tMax; ++t)
            for (int i = 0; i < a.dz; ++i) QCOMPARE(doc->code().at(t, i), t == 2 ? b.at(t, i) : a.at(t, i));
        // The rendered trajectory is the code's: wait for it, then undo the edit.
        QTRY_VERIFY_WITH_TIMEOUT(latents()->frames().isValid() && latents()->frames().codes.front() == doc->code(), test::kAsyncTimeoutMs);
        const LatentCode mixed = doc->code();
        LatentCode edited = mixed;
        edited.at(1, 3) = 2.5f;
        doc->edit(edited, QStringLiteral("test edit"));
        QCOMPARE(doc->code(), edited);
        doc->undoStack()->undo();
        QCOMPARE(doc->code(), mixed);
        doc->undoStack()->redo();
        QCOMPARE(doc->code(), edited);
    }

    void sliderDragsMergeIntoOneUndoStep()
    {
        LatentDocument* doc = latents()->document();
        QTRY_VERIFY_WITH_TIMEOUT(doc->code().isValid(), test::kAsyncTimeoutMs);
        const LatentCode start = doc->code();
        const int steps = doc->undoStack()->count();
        LatentCode c = start;
        for (int i = 1; i <= 10; ++i) {
            c.at(0, 5) = float(i) * 0.1f;
            doc->edit(c, QStringLiteral("drag z"), LatentDocument::sliderKey(0, 5));
        }
        doc->closeMerge();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->code(), start);
    }

    void inversionFromTheWindowImprovesWithRefinement()
    {
        m_window->tabs()->setCurrentWidget(latents());
        InversionOutcome outcome;
        bool done = false;
        connect(latents(), &LatentView::inversionDone, this, [&](const InversionOutcome& o) { outcome = o; done = true; });
        latents()->invert(10);
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY(outcome.psnrEncoder > 5.0);
        QVERIFY(outcome.psnrRefined >= outcome.psnrEncoder - 1e-6);
        QCOMPARE(latents()->document()->code(), outcome.refined.codes.front());
        QCOMPARE(latents()->document()->baseCode(), outcome.refined.codes.front());
    }

    void corruptFilesGiveMessagesAndTheWindowKeepsWorking()
    {
        QTemporaryDir dir;
        QString bad = dir.filePath(QStringLiteral("truncated.ckpt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("DDDGCKPT\x01\x00");
        file.close();
        const QString hash = m_window->model().hash;
        m_window->openCheckpoint(bad);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->messageBar()->level(), MessageBar::Level::Error, test::kAsyncTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("truncated.ckpt")), test::kAsyncTimeoutMs);
        QCOMPARE(m_window->model().hash, hash);
        m_window->openImage(dir.filePath(QStringLiteral("nothing-here.png")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(QStringLiteral("nothing-here.png")), test::kAsyncTimeoutMs);
        // Every other kind of file a user can open, broken, in every view: one error in the bar each.
        auto write = [&dir](const char* name, const QByteArray& bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            if (f.open(QIODevice::WriteOnly)) f.write(bytes);
            return f.fileName();
        };
        const QString pngHeaderOnly = write("header-only.png", QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QString badSession = write("broken.session.json", "{\"checkpoint\": ");
        const QString badCode = write("broken-code.pt", "PK\x03\x04 not a zip");
        const QVector<std::pair<QString, std::function<void()>>> cases{
            {"header-only.png", [&] { m_window->openImage(pngHeaderOnly); }},
            {"broken.session.json", [&] { m_window->openSession(badSession); }},
            {"broken-code.pt", [&] { m_window->engine()->loadCodes(badCode); }},
            {"header-only.png", [&] {
                 m_window->tabs()->setCurrentWidget(m_window->compare());
                 m_window->compare()->openImageFile(pngHeaderOnly);
             }},
        };
        for (const auto& [name, open] : cases) {
            m_window->messageBar()->showMessage(QStringLiteral("-"), MessageBar::Level::Info);
            open();
            QTRY_VERIFY2_WITH_TIMEOUT(m_window->messageBar()->level() == MessageBar::Level::Error &&
                                          m_window->messageBar()->text().contains(name),
                                      qPrintable(name + QStringLiteral(": ") + m_window->messageBar()->text()), test::kAsyncTimeoutMs);
        }
        m_window->tabs()->setCurrentWidget(timeline());
        int shown = shownTimelines;
        timeline()->newSeed();
        QVERIFY(waitForTimeline(shown)); // still rendering with the old model
    }

    void exportsCarryASessionThatReopensTheView()
    {
        QTemporaryDir dir;
        timeline()->setSeed(4242);
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->frames().isValid() && timeline()->seed() == 4242, test::kAsyncTimeoutMs);
        int shown = shownTimelines;
        timeline()->branchAt(3, 77);
        QVERIFY(waitForTimeline(shown));
        timeline()->setCursor(4);
        const auto exported = timeline()->frames();
        QString png = dir.filePath(QStringLiteral("view.png"));
        QVERIFY(timeline()->stripImage(48).save(png));
        QVERIFY(writeSession(png, m_window->model(), QStringLiteral("fashion-mnist"), timeline()->sessionState()).ok());
        Result<QJsonObject> read = readSession(png);
        QVERIFY(read.ok());
        const QJsonObject session = *read;
        QCOMPARE(session.value("checkpoint_hash").toString(), m_window->model().hash);
        QCOMPARE(session.value("view").toObject().value("branch_k").toInt(), 3);
        QCOMPARE(session.value("view").toObject().value("latents").toArray().size(), exported.batch);
        timeline()->setSeed(1); // wander off, then reopen
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->frames().codes != exported.codes, test::kAsyncTimeoutMs);
        shown = shownTimelines;
        m_window->openSession(sessionPathFor(png));
        QVERIFY(waitForTimeline(shown));
        QTRY_COMPARE_WITH_TIMEOUT(timeline()->frames().codes, exported.codes, test::kAsyncTimeoutMs);
        QCOMPARE(timeline()->frames().xPrime, exported.xPrime);
        QCOMPARE(timeline()->cursor(), 4);
        QVERIFY(!readSession(dir.filePath(QStringLiteral("missing.png"))).ok());
    }

    // `dddg-explorer --session FILE` and `--image FILE`, as a user starts the app: the session's
    // view comes back (its model is the one loaded, not replaced after), the image reaches
    // the explorer and the Compare view.
    void startUpFilesReachTheirViews()
    {
        QTemporaryDir dir;
        timeline()->setSeed(5151);
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->frames().isValid() && timeline()->seed() == 5151, test::kAsyncTimeoutMs);
        int shown = shownTimelines;
        timeline()->branchAt(2, 31);
        QVERIFY(waitForTimeline(shown));
        timeline()->setCursor(5);
        const auto exported = timeline()->frames();
        const QString png = dir.filePath(QStringLiteral("start.png"));
        QVERIFY(timeline()->stripImage(48).save(png));
        QVERIFY(writeSession(png, m_window->model(), QStringLiteral("fashion-mnist"), timeline()->sessionState()).ok());
        m_window->tabs()->setCurrentWidget(m_window->compare()); // the session must bring the timeline back
        m_window.reset();

        ExplorerOptions options = parseExplorerOptions({QStringLiteral("dddg-explorer"), QStringLiteral("--session"), sessionPathFor(png)});
        QVERIFY(options.error.isEmpty());
        MainWindow started(options, &m_log);
        started.show();
        QTRY_VERIFY_WITH_TIMEOUT(started.model().isValid(), test::kAsyncTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(started.timeline()->frames().codes == exported.codes, test::kAsyncTimeoutMs);
        QCOMPARE(started.tabs()->currentWidget(), static_cast<QWidget*>(started.timeline()));
        QCOMPARE(started.timeline()->cursor(), 5);
        QTest::qWait(500); // nothing loaded later takes it away again
        QCOMPARE(started.timeline()->frames().codes, exported.codes);
        QCOMPARE(started.messageBar()->level() == MessageBar::Level::Error, false);

        QImage picture(40, 30, QImage::Format_Grayscale8);
        picture.fill(140);
        const QString image = dir.filePath(QStringLiteral("mine.png"));
        QVERIFY(picture.save(image));
        ExplorerOptions withImage = parseExplorerOptions({QStringLiteral("dddg-explorer"), QStringLiteral("--image"), image});
        MainWindow second(withImage, &m_log);
        QTRY_VERIFY_WITH_TIMEOUT(second.compare()->input().isValid() && second.compare()->input().source == QStringLiteral("mine.png"),
                                 test::kAsyncTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(second.reference().source.contains(QStringLiteral("mine.png")), test::kAsyncTimeoutMs);
    }

    // Compare's keys work as soon as its tab is chosen (focus still on the tab bar), and not
    // while another view is shown.
    void compareKeysWorkFromTheTabBarOnly()
    {
        auto* compare = m_window->compare();
        QSignalSpy completed(compare, &CompareView::runCompleted);
        m_window->tabs()->setCurrentWidget(timeline());
        QTRY_VERIFY_WITH_TIMEOUT(compare->input().isValid() && !compare->controls()->methods().isEmpty(), test::kAsyncTimeoutMs);
        compare->controls()->setCheckedMethods({QStringLiteral("median")});
        m_window->activateWindow(); // shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(QStringLiteral("Ctrl+R")));
        QTest::qWait(300);
        QVERIFY(!compare->isRunning());
        QCOMPARE(completed.size(), 0);
        m_window->tabs()->setCurrentWidget(compare);
        m_window->tabs()->tabBar()->setFocus();
        QTest::keySequence(m_window->tabs()->tabBar(), QKeySequence(QStringLiteral("Ctrl+R")));
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, test::kAsyncTimeoutMs);
        QCOMPARE(compare->table()->rowCount(), 2); // the input floor and the median
    }

    // The controls' columns show all of their content: as wide as it needs, nothing cut off
    // at the right and no sideways scrolling (after an inversion wrote its longest lines).
    void sidePanelsShowTheirWholeContent()
    {
        m_window->tabs()->setCurrentWidget(latents());
        latents()->invert(2);
        QTRY_VERIFY_WITH_TIMEOUT(!latents()->frames().psnr.isEmpty(), test::kAsyncTimeoutMs);
        for (QWidget* view : {static_cast<QWidget*>(latents()), static_cast<QWidget*>(m_window->compare()), static_cast<QWidget*>(m_window->training())}) {
            m_window->tabs()->setCurrentWidget(view);
            QTest::qWait(200);
            auto* panel = view->findChild<QScrollArea*>(); // the left panel (a SidePanel is one)
            QVERIFY(panel);
            const int needed = panel->widget()->minimumSizeHint().width();
            QVERIFY2(panel->viewport()->width() >= needed, qPrintable(QStringLiteral("%1 < %2").arg(panel->viewport()->width()).arg(needed)));
            QCOMPARE(panel->widget()->width(), panel->viewport()->width());
        }
    }

    // The View menu reads "Latents & inversion": the menu text keeps its "&&".
    void viewMenuShowsTheTitlesAsWritten()
    {
        QStringList shown;
        for (QAction* menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&View"))
                for (QAction* item : menu->menu()->actions()) {
                    QString text = item->text();
                    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&')).replace(QStringLiteral("\x01"), QStringLiteral("&"));
                    shown << text;
                }
        QVERIFY2(shown.contains(QStringLiteral("Latents & inversion")), qPrintable(shown.join(" | ")));
    }

    // --measure-latency N: exactly N moves measured, with p90 ≤ p95 ≤ max.
    void latencyProbeMeasuresEveryMove()
    {
        LatencyProbe probe(m_window.get(), 6);
        QSignalSpy reported(&probe, &LatencyProbe::reported);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 60000);
        const QJsonObject json = QJsonDocument::fromJson(reported[0][0].toByteArray()).object();
        QCOMPARE(json.value("moves").toInt(), 6);
        QVERIFY(json.contains("p95_ms"));
        QVERIFY(json.value("p90_ms").toDouble() <= json.value("p95_ms").toDouble());
        QVERIFY(json.value("p95_ms").toDouble() <= json.value("max_ms").toDouble());
        QVERIFY(json.value("median_ms").toDouble() > 0);
    }

    // File ▸ Export writes what the visible view offers: from Training, its page and its
    // curves, each with a session that reopens Training (once it wrote the timeline's).
    void exportFromTheTrainingViewWritesTheTrainingView()
    {
        QTemporaryDir dir;
        TrainingView* training = m_window->training();
        m_window->tabs()->setCurrentWidget(training);
        for (const char* notOffered : {"exportStripPng", "exportVideo", "exportLatentCode", "exportComparisonTable"})
            QVERIFY2(!exportAction(notOffered)->isEnabled(), notOffered);

        const QString png = dir.filePath(QStringLiteral("training.png"));
        triggerExport("exportViewPng", png);
        QVERIFY2(QFileInfo::exists(png), qPrintable(m_window->messageBar()->text()));
        QVERIFY(differingShare(QImage(png), training->grab().toImage()) < 0.02); // the training page as shown
        QCOMPARE(sessionView(png).value("view").toString(), QStringLiteral("training"));
        QVERIFY(!sessionView(png).contains(QStringLiteral("latents")));

        const QString csv = dir.filePath(QStringLiteral("curves.csv"));
        triggerExport("exportTrainingCurves", csv);
        QFile curves(csv);
        QVERIFY2(curves.open(QIODevice::ReadOnly), qPrintable(m_window->messageBar()->text()));
        QVERIFY(curves.readLine().startsWith("run,dir,step,wall_s,"));
        QCOMPARE(sessionView(csv).value("view").toString(), QStringLiteral("training"));

        m_window->tabs()->setCurrentWidget(timeline());
        m_window->openSession(sessionPathFor(csv));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabs()->currentWidget(), static_cast<QWidget*>(training), test::kAsyncTimeoutMs);
    }
};

// The ImGui inspector panel without any GL: a context, a font atlas, a few frames.
class InspectorTest : public QObject {
    Q_OBJECT
private slots:
    void dimensionsAreSortedByScale()
    {
        std::vector<float> scales{0.5f, 2.0f, 1.0f, /* t = 1 */ 3.0f, 0.1f, 0.2f};
        QCOMPARE(LatentInspector::dimsByScale(scales, 0, 3), (std::vector<int>{1, 2, 0}));
        QCOMPARE(LatentInspector::dimsByScale(scales, 1, 3), (std::vector<int>{0, 2, 1}));
    }
    void drawsFramesAndLeavesTheCodeAloneWithoutInput()
    {
        ImGuiContext* context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(600, 400);
        io.IniFilename = nullptr;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        InspectorSnapshot snapshot;
        snapshot.tMax = 6;
        snapshot.dz = 8;
        snapshot.scales.assign(48, 1.0f);
        snapshot.code = LatentCode(6, 8);
        snapshot.base = snapshot.code;
        InspectorArgs args;
        args.step = 9; // out of range: clamped
        LatentInspector inspector;
        for (int frame = 0; frame < 3; ++frame) {
            io.DeltaTime = 1.0f / 60.0f;
            ImGui::NewFrame();
            inspector.draw(snapshot, args);
            ImGui::Render();
            QVERIFY(ImGui::GetDrawData()->TotalVtxCount > 0);
        }
        QCOMPARE(args.step, 5);
        QVERIFY(args.edit.empty());
        QCOMPARE(args.code, snapshot.code);
        ImGui::DestroyContext(context);
    }
};

DDDG_GUI_TEST(WindowTest);
DDDG_GUI_TEST(InspectorTest);

// The shipped translations: embedded, selectable, and real (not copies of the English).
class TranslationTest : public QObject {
    Q_OBJECT
private slots:
    void germanAndKoreanAreShippedAndTranslate()
    {
        QCOMPARE(shippedLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("ko")}));
        const QList<QPair<const char*, const char*>> probes{{"dddg::MainWindow", "&File"},
                                                            {"dddg::TimelineView", "New seed"},
                                                            {"dddg::LatentView", "Invert"},
                                                            {"dddg::TrainingView", "Follow run folder…"},
                                                            {"dddg::ClassNames", "Ankle boot"}};
        for (const QString& language : shippedLanguages()) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/dddg_explorer_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            for (const auto& [context, text] : probes) {
                QString translated = QCoreApplication::translate(context, text);
                QVERIFY2(!translated.isEmpty() && translated != QLatin1String(text), qPrintable(language + QLatin1Char(' ') + text));
            }
            QCOMPARE(QCoreApplication::translate("dddg::MetricStrip", "t = %1:  PSNR %2 dB   SSIM %3").count(QLatin1Char('%')), 3);
            QCoreApplication::removeTranslator(&translator);
        }
        QCOMPARE(QCoreApplication::translate("dddg::MainWindow", "&File"), QStringLiteral("&File")); // back to English
    }
};

DDDG_GUI_TEST(TranslationTest);
#include "test_main_window.moc"
