// MainWindow's saving and exporting: file dialogs that remember their folder, the PNG, strip,
// video, latent-code and comparison exports, each with the session file that reopens it.
#include "main_window.h"

#include "compare_view.h"
#include "explorer_engine.h"
#include "latent_document.h"
#include "latent_inspector_widget.h"
#include "latent_view.h"
#include "session_file.h"
#include "timeline_view.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>

namespace dddg {

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

QJsonObject MainWindow::currentViewState() const
{
    if (m_tabs->currentWidget() == m_compare) return m_compare->sessionState();
    return m_tabs->currentWidget() == m_latents ? m_latents->sessionState() : m_timeline->sessionState();
}

void MainWindow::exportViewPng()
{
    QString path = askSavePath(tr("Export view as PNG"), QStringLiteral("dddg-view.png"), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (m_tabs->currentWidget() == m_compare) {
        // The comparison exports its labelled grid, not a screenshot of the window.
        if (QString error = m_compare->exportGrid(path); !error.isEmpty()) return showError(tr("Export"), error);
    } else if (!grabWithInspectors(m_tabs->currentWidget()).save(path, "PNG")) {
        return showError(tr("Export"), tr("cannot write %1").arg(path));
    }
    if (QString error = writeSession(path, m_model, m_dataset.name, currentViewState()); !error.isEmpty())
        return showError(tr("Export"), error);
    showNotice(tr("Saved %1 and %2").arg(path, sessionPathFor(path)));
}

void MainWindow::exportStripPng()
{
    QString path = askSavePath(tr("Export trajectory strip"), QStringLiteral("dddg-trajectory.png"), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    QImage strip = m_tabs->currentWidget() == m_latents ? m_latents->stripImage() : m_timeline->stripImage();
    if (strip.isNull() || !strip.save(path, "PNG")) return showError(tr("Export"), tr("cannot write %1").arg(path));
    if (QString error = writeSession(path, m_model, m_dataset.name, currentViewState()); !error.isEmpty())
        return showError(tr("Export"), error);
    showNotice(tr("Saved %1 and %2").arg(path, sessionPathFor(path)));
}

void MainWindow::exportVideo()
{
    QString path = askSavePath(tr("Export trajectory video"), QStringLiteral("dddg-trajectory.mp4"), tr("MP4 video (*.mp4)"));
    if (path.isEmpty()) return;
    QVector<QImage> frames = m_tabs->currentWidget() == m_latents ? m_latents->videoFrames() : m_timeline->videoFrames();
    if (frames.isEmpty()) return showError(tr("Export"), tr("there is no trajectory to export yet"));
    m_engine->exportVideo(path, frames, 2);
    if (QString error = writeSession(path, m_model, m_dataset.name, currentViewState()); !error.isEmpty())
        showError(tr("Export"), error);
}

void MainWindow::exportComparisonTable()
{
    QString path = askSavePath(tr("Export comparison table"), QStringLiteral("dddg-comparison.csv"), tr("CSV tables (*.csv)"));
    if (path.isEmpty()) return;
    if (QString error = m_compare->exportCsv(path); !error.isEmpty()) return showError(tr("Export"), error);
    if (QString error = writeSession(path, m_model, m_dataset.name, m_compare->sessionState()); !error.isEmpty())
        return showError(tr("Export"), error);
    showNotice(tr("Saved %1 and %2").arg(path, sessionPathFor(path)));
}

void MainWindow::saveLatentCode()
{
    const LatentCode& code = m_latents->document()->code();
    bool timeline = m_tabs->currentWidget() == m_timeline && !m_timeline->frames().codes.isEmpty();
    QVector<LatentCode> codes = timeline ? m_timeline->frames().codes : QVector<LatentCode>{code};
    if (codes.isEmpty() || !codes.front().isValid()) return showError(tr("Save latent code"), tr("there is no code yet"));
    QString path = askSavePath(tr("Save latent code"), QStringLiteral("dddg-latents.pt"), tr("PyTorch tensors (*.pt)"));
    if (path.isEmpty()) return;
    m_engine->saveCodes(path, codes);
    writeSession(path, m_model, m_dataset.name, currentViewState());
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
