#include "screenshot_runner.h"

#include "latent_document.h"
#include "latent_inspector_widget.h"
#include "latent_view.h"
#include "main_window.h"
#include "message_bar.h"
#include "explorer_engine.h"
#include "timeline_view.h"
#include "training_view.h"
#include "bundled_resources.h"
#include "compare_canvas.h"
#include "compare_controls.h"
#include "compare_view.h"
#include "comparison_table_model.h"

#include <QJsonArray>

#include <QDir>
#include <QTabWidget>

#include <cstdio>

namespace dddg {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, const QString& dir, QObject* parent)
    : QObject(parent), m_window(window), m_dir(dir)
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotRunner::poll);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(300000);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(QStringLiteral("timed out")); });
    connect(m_window->latents(), &LatentView::framesShown, this, [this] { ++m_shownCount; });
    connect(m_window->latents(), &LatentView::inversionDone, this, [this] { ++m_invertedCount; });
    connect(m_window->engine(), &ExplorerEngine::referenceReady, this, [this] { ++m_referenceCount; });
    connect(m_window->compare(), &CompareView::runCompleted, this, [this] { ++m_comparedCount; });
    addSteps();
}

void ScreenshotRunner::addSteps()
{
    addTimelineSteps();
    addLatentSteps();
    addTrainingSteps();
    addCompareSteps();
}

void ScreenshotRunner::addTimelineSteps()
{
    auto* w = m_window;
    auto timelineReady = [w] {
        const auto& f = w->timeline()->frames();
        return w->model().isValid() && f.isValid() && !f.psnr.isEmpty();
    };
    m_steps.push_back({QStringLiteral("timeline"), [w] { w->tabs()->setCurrentWidget(w->timeline()); }, timelineReady});
    m_steps.push_back({QStringLiteral("timeline cursor"), [w] { w->timeline()->setCursor(3); }, [] { return true; }});
    m_steps.push_back({QStringLiteral("capture timeline"), [this] { capture(QStringLiteral("timeline")); }, [] { return true; }});
}

void ScreenshotRunner::addLatentSteps()
{
    auto* w = m_window;
    m_steps.push_back({QStringLiteral("latents: invert A"), [w] {
                           w->tabs()->setCurrentWidget(w->latents());
                           w->latents()->invert(30);
                       },
                       [this] { return m_invertedCount >= 1; }});
    m_steps.push_back({QStringLiteral("pin A, choose B"), [this, w] {
                           w->latents()->pin(LatentDocument::SlotA);
                           m_referenceCount = 0;
                           w->chooseDatasetImage(1);
                       },
                       [this] { return m_referenceCount >= 1; }});
    m_steps.push_back({QStringLiteral("invert B"), [w] { w->latents()->invert(30); }, [this] { return m_invertedCount >= 2; }});
    m_steps.push_back({QStringLiteral("interpolate"), [this, w] {
                           w->latents()->pin(LatentDocument::SlotB);
                           m_shownCount = 0;
                           w->latents()->setInterpolation(0.5);
                       },
                       [this] { return m_shownCount >= 1; }});
    m_steps.push_back({QStringLiteral("capture latents"), [this] { capture(QStringLiteral("latents")); }, [] { return true; }});
}

void ScreenshotRunner::addTrainingSteps()
{
    auto* w = m_window;
    // Training: a short run in this window beside the bundled model's own run, followed.
    m_steps.push_back({QStringLiteral("training"), [this, w] {
                           w->tabs()->setCurrentWidget(w->training());
                           if (!exampleRunDir().isEmpty()) w->training()->followRun(exampleRunDir());
                           TrainingRequest request = w->training()->request();
                           request.outDir = QDir(m_dir).filePath(QStringLiteral("training-run"));
                           QDir(request.outDir).removeRecursively();
                           request.cycles = 40;
                           request.checkpointEvery = 10;
                           request.fidEvery = 20;
                           request.fidSamples = 200;
                           request.logEvery = 2;
                           m_liveRun = w->training()->startRun(request);
                       },
                       [this, w] {
                           const auto& runs = w->training()->runs();
                           return runs.contains(m_liveRun) && runs[m_liveRun].film.size() >= 3 &&
                                  w->training()->state() == RunState::Finished;
                       }});
    m_steps.push_back({QStringLiteral("capture training"), [this] { capture(QStringLiteral("training")); }, [] { return true; }});
}

void ScreenshotRunner::addCompareSteps()
{
    auto* w = m_window;
    // Compare: eight methods on a noisy test image, the best tile selected, a middle DDPM step.
    m_steps.push_back({QStringLiteral("compare: input"), [w] {
                           w->tabs()->setCurrentWidget(w->compare());
                           // A photo at its own size leaves out the DDPM chains (minutes in tiles on 2 cores).
                           const QJsonArray methods = w->options().image.isEmpty()
                                                          ? QJsonArray{"ddpm-linear", "ddpm-cosine", "tdpm-dip-10", "dip", "dae", "daed", "dddg",
                                                                       "nlm", "bilateral", "gaussian"}
                                                          : QJsonArray{"dip", "dae", "daed", "dddg", "nlm", "bilateral", "median", "gaussian"};
                           w->compare()->restoreSettings(QJsonObject{{"degradation", "noise"}, {"sigma", 50}, {"seed", 0}, {"batch", 0},
                                                                     {"dip_iterations", 400}, {"methods", methods}});
                           // --image: the user's picture at its own size (as the window opened it), else test image 0.
                           if (!w->options().image.isEmpty()) w->compare()->openImageFile(w->options().image);
                           else w->compare()->chooseDatasetImage(0);
                       },
                       [w] { return w->compare()->input().isValid() && !w->compare()->controls()->methods().isEmpty(); }});
    m_steps.push_back({QStringLiteral("compare: run"), [w] { w->compare()->run(); }, [this] { return m_comparedCount >= 1; }});
    m_steps.push_back({QStringLiteral("compare: select"), [w] {
                           const int best = w->compare()->table()->bestRow(ComparisonTableModel::Psnr);
                           if (best >= 0) w->compare()->canvas()->setSelected(w->compare()->table()->results()[best].method);
                       },
                       [] { return true; }});
    m_steps.push_back({QStringLiteral("capture compare"), [this] { capture(QStringLiteral("compare")); }, [] { return true; }});
    // The same comparison looked at closely: a wipe at 4×, the difference maps, a middle step.
    m_steps.push_back({QStringLiteral("compare: wipe"), [w] {
                           CompareViewState& s = w->compare()->viewState();
                           s.wipe = true;
                           s.wipeA = QStringLiteral("input");
                           s.wipeB = w->compare()->canvas()->selected();
                           s.wipePosition = 0.45;
                           s.zoom = 0;
                           w->compare()->refreshView();
                       },
                       [] { return true; }});
    m_steps.push_back({QStringLiteral("capture compare wipe"), [this] { capture(QStringLiteral("compare-wipe")); }, [] { return true; }});
    m_steps.push_back({QStringLiteral("compare: difference"), [w] {
                           CompareViewState& s = w->compare()->viewState();
                           s.wipe = false;
                           s.difference = true;
                           w->compare()->refreshView();
                       },
                       [] { return true; }});
    m_steps.push_back({QStringLiteral("capture compare difference"), [this] { capture(QStringLiteral("compare-difference")); }, [] { return true; }});
    m_steps.push_back({QStringLiteral("compare: steps"), [w] {
                           CompareViewState& s = w->compare()->viewState();
                           s.difference = false;
                           s.step = 0.5;
                           w->compare()->refreshView();
                       },
                       [] { return true; }});
    m_steps.push_back({QStringLiteral("capture compare steps"), [this] { capture(QStringLiteral("compare-steps")); }, [] { return true; }});
}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_dir)) return fail(QStringLiteral("cannot create %1").arg(m_dir));
    m_deadline.start();
    runNext();
}

void ScreenshotRunner::runNext()
{
    if (m_next >= m_steps.size()) {
        std::fprintf(stderr, "wrote %d screenshots to %s\n", int(m_written.size()), qPrintable(m_dir));
        m_poll.stop();
        m_deadline.stop();
        emit finished(0);
        return;
    }
    m_steps[m_next].action();
    m_poll.start();
}

void ScreenshotRunner::poll()
{
    if (!m_steps[m_next].ready()) return;
    m_poll.stop();
    ++m_next;
    // Give queued paints (and the ImGui canvas' follow-up frames) a moment before going on.
    QTimer::singleShot(250, this, &ScreenshotRunner::runNext);
}

void ScreenshotRunner::capture(const QString& name)
{
    QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
    if (!grabWithInspectors(m_window).save(path, "PNG")) return fail(QStringLiteral("cannot write %1").arg(path));
    m_written << path;
}

void ScreenshotRunner::fail(const QString& why)
{
    m_poll.stop();
    m_deadline.stop();
    QString step = m_next < m_steps.size() ? m_steps[m_next].what : QStringLiteral("end");
    std::fprintf(stderr, "dddg-explorer --screenshot: %s (at step '%s'; last message: %s)\n", qPrintable(why), qPrintable(step),
                 qPrintable(m_window->messageBar()->text()));
    emit finished(1);
}

} // namespace dddg
