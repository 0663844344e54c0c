// MainWindow's saving and exporting: file dialogs that remember their folder, and File ▸
// Export, which writes what the visible view offers (ExplorerView::exports) together with
// the session file that reopens that view.
#include "main_window.h"

#include "latent_view.h"
#include "explorer_engine.h"
#include "session_file.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QTabWidget>

namespace dddg {
namespace {

// One entry of File ▸ Export: its menu text and shortcut, and the save dialog it opens.
struct ExportEntry {
    ExportKind kind;
    const char* actionName; // the QAction's objectName (tests trigger it by name)
    const char* menuText;
    const char* shortcut;
    const char* dialogTitle;
    const char* suggestedName;
    const char* filter;
};

const ExportEntry kExportEntries[] = {
    {ExportKind::ViewPng, "exportViewPng", QT_TRANSLATE_NOOP("dddg::MainWindow", "Current view as PNG…"),
     QT_TRANSLATE_NOOP("dddg::MainWindow", "Ctrl+E"), QT_TRANSLATE_NOOP("dddg::MainWindow", "Export view as PNG"), "dddg-view.png",
     QT_TRANSLATE_NOOP("dddg::MainWindow", "PNG images (*.png)")},
    {ExportKind::TrajectoryStrip, "exportStripPng", QT_TRANSLATE_NOOP("dddg::MainWindow", "Trajectory as PNG strip…"),
     QT_TRANSLATE_NOOP("dddg::MainWindow", "Ctrl+Shift+E"), QT_TRANSLATE_NOOP("dddg::MainWindow", "Export trajectory strip"),
     "dddg-trajectory.png", QT_TRANSLATE_NOOP("dddg::MainWindow", "PNG images (*.png)")},
    {ExportKind::TrajectoryVideo, "exportVideo", QT_TRANSLATE_NOOP("dddg::MainWindow", "Trajectory as MP4 video…"), nullptr,
     QT_TRANSLATE_NOOP("dddg::MainWindow", "Export trajectory video"), "dddg-trajectory.mp4",
     QT_TRANSLATE_NOOP("dddg::MainWindow", "MP4 video (*.mp4)")},
    {ExportKind::LatentCode, "exportLatentCode", QT_TRANSLATE_NOOP("dddg::MainWindow", "Latent code…"), nullptr,
     QT_TRANSLATE_NOOP("dddg::MainWindow", "Save latent code"), "dddg-latents.pt",
     QT_TRANSLATE_NOOP("dddg::MainWindow", "PyTorch tensors (*.pt)")},
    {ExportKind::ComparisonTable, "exportComparisonTable", QT_TRANSLATE_NOOP("dddg::MainWindow", "Comparison table as CSV…"), nullptr,
     QT_TRANSLATE_NOOP("dddg::MainWindow", "Export comparison table"), "dddg-comparison.csv",
     QT_TRANSLATE_NOOP("dddg::MainWindow", "CSV tables (*.csv)")},
    {ExportKind::TrainingCurves, "exportTrainingCurves", QT_TRANSLATE_NOOP("dddg::MainWindow", "Training curves as CSV…"), nullptr,
     QT_TRANSLATE_NOOP("dddg::MainWindow", "Export training curves"), "dddg-curves.csv",
     QT_TRANSLATE_NOOP("dddg::MainWindow", "CSV tables (*.csv)")},
};

const ExportEntry& entryFor(ExportKind kind)
{
    for (const ExportEntry& entry : kExportEntries)
        if (entry.kind == kind) return entry;
    return kExportEntries[0];
}

// A video and a latent code are written by the engine, which says when it is done.
bool writtenByEngine(ExportKind kind) { return kind == ExportKind::TrajectoryVideo || kind == ExportKind::LatentCode; }

} // namespace

QString MainWindow::askOpenPath(const QString& title, const QString& filter)
{
    QString path = QFileDialog::getOpenFileName(this, title, m_settings.lastDirectory(), filter);
    if (!path.isEmpty()) m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    return path;
}

QString MainWindow::askSavePath(const QString& title, const QString& suggestedName, const QString& filter)
{
    QString start = QDir(m_settings.lastDirectory().isEmpty() ? QDir::homePath() : m_settings.lastDirectory()).filePath(suggestedName);
    QString path = QFileDialog::getSaveFileName(this, title, start, filter);
    if (!path.isEmpty()) m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::buildExportMenu(QMenu* file)
{
    QMenu* menu = file->addMenu(tr("&Export"));
    for (const ExportEntry& entry : kExportEntries) {
        QAction* action = menu->addAction(tr(entry.menuText), this, [this, kind = entry.kind] { exportFrom(currentView(), kind); });
        action->setObjectName(QLatin1String(entry.actionName));
        if (entry.shortcut) action->setShortcut(QKeySequence(tr(entry.shortcut)));
        m_exportActions.append({entry.kind, action});
    }
    // What a view offers can change while it is shown (a latent code appears): ask again on opening.
    connect(menu, &QMenu::aboutToShow, this, &MainWindow::updateExportActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateExportActions);
    updateExportActions();
}

void MainWindow::updateExportActions()
{
    const ExplorerView* view = currentView();
    for (const auto& [kind, action] : std::as_const(m_exportActions)) action->setEnabled(view->offers(kind));
}

void MainWindow::exportFrom(ExplorerView* view, ExportKind kind)
{
    const ExportEntry& entry = entryFor(kind);
    const QString what = kind == ExportKind::LatentCode ? tr("Save latent code") : tr("Export");
    if (!view->offers(kind))
        return showError(what, kind == ExportKind::LatentCode ? tr("there is no code yet") : tr("this view cannot export that"));
    const QString path = askSavePath(tr(entry.dialogTitle), QLatin1String(entry.suggestedName), tr(entry.filter));
    if (path.isEmpty()) return;
    if (Status written = view->exportTo(kind, path); !written) return showError(what, sentenceOf(written));
    if (Status session = writeSession(path, m_model, m_dataset.name, view->sessionState()); !session)
        return showError(what, sentenceOf(session));
    if (!writtenByEngine(kind)) showNotice(tr("Saved %1 and %2").arg(path, sessionPathFor(path)));
}

void MainWindow::saveLatentCode()
{
    // File ▸ Save latent code works from every view: the latent view's code unless the visible view shows codes.
    ExplorerView* view = currentView();
    exportFrom(view->offers(ExportKind::LatentCode) ? view : m_latents, ExportKind::LatentCode);
}

void MainWindow::openLatentCode()
{
    QString path = askOpenPath(tr("Open latent code"), tr("PyTorch tensors (*.pt);;All files (*)"));
    if (path.isEmpty()) return;
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    m_engine->loadCodes(path);
}

} // namespace dddg
