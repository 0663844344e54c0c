// MainWindow's menus: File (opening, recent files, File ▸ Export), Edit (undo of latent
// edits), View (one entry per view, the log, the language) and Help (shortcuts, about).
#include "main_window.h"

#include "compare_view.h"
#include "explorer_engine.h"
#include "latent_document.h"
#include "latent_view.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>

namespace dddg {

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildHelpMenu();
}

void MainWindow::buildFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open checkpoint…"), QKeySequence::Open, this, [this] {
        QString path = askOpenPath(tr("Open checkpoint"), tr("DDDG checkpoints (*.ckpt);;All files (*)"));
        if (!path.isEmpty()) openCheckpoint(path);
    });
    file->addAction(tr("Open &bundled model"), this, [this] { openCheckpoint(embeddedModel()); });
    file->addAction(tr("Open &image…"), QKeySequence(tr("Ctrl+I")), this, [this] {
        QString path = askOpenPath(tr("Open image"), imageFilter());
        if (path.isEmpty()) return;
        if (m_tabs->currentWidget() == m_compare) m_compare->openImageFile(path);
        else openImage(path);
    });
    file->addAction(tr("Pick image from &dataset…"), QKeySequence(tr("Ctrl+D")), this, &MainWindow::pickDatasetImage);
    QMenu* datasets = file->addMenu(tr("Dataset"));
    for (const QString& name : {QStringLiteral("fashion-mnist"), QStringLiteral("mnist")})
        datasets->addAction(name, this, [this, name] { m_engine->loadDataset(name, {}); });
    datasets->addAction(tr("Image folder…"), this, [this] {
        QString dir = QFileDialog::getExistingDirectory(this, tr("Open image folder"), m_settings.lastDirectory());
        if (!dir.isEmpty()) m_engine->loadDataset(dir, {});
    });
    file->addSeparator();
    file->addAction(tr("Open latent code…"), QKeySequence(tr("Ctrl+Shift+O")), this, &MainWindow::openLatentCode);
    file->addAction(tr("&Save latent code…"), QKeySequence::Save, this, &MainWindow::saveLatentCode);
    file->addAction(tr("Open exported &session…"), this, [this] {
        QString path = askOpenPath(tr("Open session"), tr("Sessions (*.session.json);;Exports (*.png *.mp4 *.pt)"));
        if (!path.isEmpty()) openSession(path);
    });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    buildExportMenu(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::buildEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_latents->document()->undoStack()->createUndoAction(this, tr("&Undo latent edit"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_latents->document()->undoStack()->createRedoAction(this, tr("&Redo latent edit"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::buildViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (ExplorerView* shown : std::as_const(m_views)) {
        // The title keeps "&&": menus, like tabs, read a single "&" as a shortcut marker.
        QAction* show = view->addAction(shown->title(), this,
                                        [this, shown] { m_tabs->setCurrentWidget(shown->page()); });
        show->setShortcut(shown->shortcut());
    }
    view->addSeparator();
    for (auto* dock : findChildren<QDockWidget*>()) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(tr("Ctrl+L")));
        view->addAction(toggle);
    }
    QMenu* language = view->addMenu(tr("Language"));
    auto* group = new QActionGroup(this);
    const QList<QPair<QString, QString>> languages{{QString(), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                   {QStringLiteral("ko"), QStringLiteral("한국어")}};
    for (const auto& [code, name] : languages) {
        QAction* a = language->addAction(name, this, [this, code = code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(m_settings.language() == code);
        group->addAction(a);
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("About DDDG Explorer"), this, [this] {
        QMessageBox::about(this, tr("About DDDG Explorer"),
                           tr("<b>DDDG Explorer %1</b><p>Deterministic Degradation Diffusion GAN: step through every "
                              "timestep of degradation and generation, invert images, edit latent codes and watch "
                              "training.</p><p>Qt %2, LibTorch engine.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    m_recentMenu->addAction(tr("Bundled model"), this, [this] { openCheckpoint(embeddedModel()); });
    for (const QString& path : m_settings.recentFiles()) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (path.endsWith(QLatin1String(".ckpt"))) openCheckpoint(path);
            else if (path.endsWith(QLatin1String(".session.json"))) openSession(path);
            else if (path.endsWith(QLatin1String(".pt"))) m_engine->loadCodes(path);
            else openImage(path);
        })->setToolTip(path);
    }
}

void MainWindow::setLanguage(const QString& language)
{
    if (language == m_settings.language()) return;
    m_settings.setLanguage(language);
    saveWindowSettings();
    emit restartRequested();
}

void MainWindow::showShortcuts()
{
    const QString rows = tr(
        "<tr><td><b>← / →</b></td><td>previous / next step t</td></tr>"
        "<tr><td><b>Home / End</b></td><td>t = 0 / t = t_max</td></tr>"
        "<tr><td><b>Space</b></td><td>play / pause the timeline</td></tr>"
        "<tr><td><b>↑ / ↓</b></td><td>select the previous / next sample</td></tr>"
        "<tr><td><b>N</b></td><td>new seed</td></tr>"
        "<tr><td><b>B</b></td><td>branch the trajectory at the cursor</td></tr>"
        "<tr><td><b>Ctrl+Wheel</b></td><td>zoom the image grid</td></tr>"
        "<tr><td><b>Ctrl+1 … Ctrl+4</b></td><td>Timeline / Latents / Training / Compare</td></tr>"
        "<tr><td><b>Compare: Ctrl+R / Esc</b></td><td>run the ticked methods / cancel them all</td></tr>"
        "<tr><td><b>Compare: F / 1</b></td><td>fit the images / one screen pixel per image pixel</td></tr>"
        "<tr><td><b>Compare: Wheel, drag</b></td><td>zoom at the cursor, pan — every tile together</td></tr>"
        "<tr><td><b>Compare: W / S</b></td><td>wipe between two tiles / swap its sides</td></tr>"
        "<tr><td><b>Compare: D / X</b></td><td>difference map / flicker against the reference</td></tr>"
        "<tr><td><b>Compare: [ / ]</b></td><td>step back / forward through iterative methods</td></tr>"
        "<tr><td><b>Compare: Ctrl+Shift+V</b></td><td>compare the image on the clipboard</td></tr>"
        "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo a latent edit</td></tr>"
        "<tr><td><b>Ctrl+O</b></td><td>open a checkpoint</td></tr>"
        "<tr><td><b>Ctrl+I / Ctrl+D</b></td><td>open an image / pick one from the dataset</td></tr>"
        "<tr><td><b>Ctrl+S / Ctrl+Shift+O</b></td><td>save / open a latent code</td></tr>"
        "<tr><td><b>Ctrl+E / Ctrl+Shift+E</b></td><td>export the view / the trajectory strip as PNG</td></tr>"
        "<tr><td><b>Ctrl+L</b></td><td>show the log</td></tr>");
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table cellspacing='6'>%1</table>").arg(rows));
    box.exec();
}

} // namespace dddg
