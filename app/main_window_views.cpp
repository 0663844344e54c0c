// MainWindow's views: the one list of them (tab order, View menu, session names) and the
// wiring between them (a code sent from the timeline to the latents, a checkpoint from
// training to the explorer, the image pickers they share).
#include "main_window.h"

#include "compare_view.h"
#include "explorer_engine.h"
#include "latent_view.h"
#include "timeline_view.h"
#include "training_view.h"

#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

namespace dddg {

void MainWindow::createViews()
{
    m_timeline = new TimelineView(m_engine);
    m_latents = new LatentView(m_engine);
    m_training = new TrainingView;
    m_compare = new CompareView;
    // Tab order; a view that needs no wiring to the others is one line here.
    m_views = {m_timeline, m_latents, m_training, m_compare};
    m_tabs = new QTabWidget;
    for (ExplorerView* view : std::as_const(m_views)) m_tabs->addTab(view->page(), view->title());
    m_tabs->setDocumentMode(true);
}

ExplorerView* MainWindow::currentView() const
{
    for (ExplorerView* view : m_views)
        if (view->page() == m_tabs->currentWidget()) return view;
    return m_views.front();
}

ExplorerView* MainWindow::viewNamed(const QString& sessionName) const
{
    for (ExplorerView* view : m_views)
        if (view->sessionName() == sessionName) return view;
    return m_timeline; // sessions from before views had names were the timeline's
}

void MainWindow::connectViews()
{
    connect(m_timeline, &TimelineView::statusMessage, this, [this](const QString& t) { statusBar()->showMessage(t, 5000); });
    connect(m_latents, &LatentView::statusMessage, this, [this](const QString& t) { statusBar()->showMessage(t, 5000); });
    connect(m_timeline, &TimelineView::sendToLatents, this, [this](const LatentCode& code) {
        m_latents->openCode(code, tr("From timeline"));
        m_tabs->setCurrentWidget(m_latents);
    });
    connect(m_latents, &LatentView::showInTimeline, this, [this](const QVector<LatentCode>& codes) {
        m_timeline->showCodes(codes);
        m_tabs->setCurrentWidget(m_timeline);
    });
    auto openImageDialog = [this] {
        QString path = askOpenPath(tr("Open image"), imageFilter());
        if (!path.isEmpty()) openImage(path);
    };
    connect(m_timeline, &TimelineView::pickReferenceRequested, this, &MainWindow::pickDatasetImage);
    connect(m_timeline, &TimelineView::openReferenceRequested, this, openImageDialog);
    connect(m_latents, &LatentView::pickReferenceRequested, this, &MainWindow::pickDatasetImage);
    connect(m_latents, &LatentView::openReferenceRequested, this, openImageDialog);
    connect(m_latents, &LatentView::referenceFileDropped, this, &MainWindow::openImage);
    connect(m_training, &TrainingView::openCheckpointRequested, this, [this](const QString& path) {
        openCheckpoint(path);
        m_tabs->setCurrentWidget(m_timeline);
    });
    connect(m_training, &TrainingView::message, this, [this](const QString& text, bool error) {
        if (error) showError(tr("Training"), text);
        else showNotice(text);
    });
}

void MainWindow::connectCompare()
{
    connect(m_compare, &CompareView::error, this, &MainWindow::showError);
    connect(m_compare, &CompareView::statusMessage, this, [this](const QString& t) { statusBar()->showMessage(t, 5000); });
    connect(m_compare, &CompareView::pickRequested, this, [this] { pickDatasetImage(); });
    connect(m_compare, &CompareView::openFileRequested, this, [this] {
        QString path = askOpenPath(tr("Open image"), imageFilter());
        if (!path.isEmpty()) m_compare->openImageFile(path);
    });
    connect(m_compare, &CompareView::openInLatents, this, [this](const QImage& image, const QString& source) {
        m_engine->chooseImageReference(0, image, tr("%1 (from Compare)").arg(source));
        m_tabs->setCurrentWidget(m_latents);
        m_latents->invert(m_latents->refineSteps());
    });
}

} // namespace dddg
