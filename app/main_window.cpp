#include "main_window.h"

#include "bundled_resources.h"
#include "compare_view.h"
#include "dataset_picker.h"
#include "explorer_engine.h"
#include "latent_document.h"
#include "latent_inspector_widget.h"
#include "latent_view.h"
#include "log_panel.h"
#include "message_bar.h"
#include "session_file.h"
#include "timeline_view.h"
#include "training_view.h"
#include "worker_thread.h"

#include <spdlog/spdlog.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dddg {

namespace {
QString imageFilter() { return MainWindow::tr("Images (*.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)"); }
} // namespace

QString MainWindow::embeddedModel() { return bundledModelPath(); }

MainWindow::MainWindow(const ExplorerOptions& options, LogCollector* log, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_log(log)
{
    setWindowTitle(tr("DDDG Explorer"));
    setWindowIcon(QIcon(applicationIconPath()));
    m_engineThread = std::make_unique<WorkerThread>(QStringLiteral("explorer-engine"));
    m_engine = m_engineThread->adopt(new ExplorerEngine);

    m_messages = new MessageBar;
    m_timeline = new TimelineView(m_engine);
    m_latents = new LatentView(m_engine);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_latents, tr("Latents && inversion"));
    m_training = new TrainingView;
    m_tabs->addTab(m_training, tr("Training"));
    m_compare = new CompareView;
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->setDocumentMode(true);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(QStringLiteral("logDock"));
    logDock->setWidget(new LogPanel(m_log));
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    logDock->hide();

    buildMenus();
    buildStatusBar();
    connectEngine();
    connectCompare();
    if (!restoreGeometry(m_settings.windowGeometry())) resize(1500, 950);
    restoreState(m_settings.windowState());
    m_tabs->setCurrentIndex(std::clamp(m_settings.currentTab(), 0, m_tabs->count() - 1));
    m_timeline->setSeed(m_settings.timelineSeed());
    m_timeline->setBatch(m_settings.timelineBatch());
    m_training->setSmoothing(m_settings.chartSmoothing());
    m_latents->setRefineSteps(m_settings.refineSteps());
    m_compare->restoreSettings(m_settings.compareSettings());

    // Start-up: data first, then the model (the timeline needs both).
    QString dataset = !options.dataset.isEmpty() ? options.dataset : m_settings.dataset();
    QString dataDir = !options.dataDir.isEmpty() ? options.dataDir : m_settings.dataDir();
    m_engine->loadDataset(dataset, dataDir);
    QString checkpoint = !options.checkpoint.isEmpty() ? options.checkpoint : m_settings.checkpoint();
    if (checkpoint.isEmpty() || (!checkpoint.startsWith(QLatin1String(":/")) && !QFileInfo::exists(checkpoint)))
        checkpoint = embeddedModel();
    openCheckpoint(checkpoint);
    if (!options.image.isEmpty()) openImage(options.image);
    if (!options.session.isEmpty()) openSession(options.session);
}

MainWindow::~MainWindow()
{
    m_engineThread.reset(); // stops the engine before the views it signals go away
}

// [SECTION] Menus and status bar
void MainWindow::buildMenus()
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
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("Current view as PNG…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportViewPng);
    exportMenu->addAction(tr("Trajectory as PNG strip…"), QKeySequence(tr("Ctrl+Shift+E")), this, &MainWindow::exportStripPng);
    exportMenu->addAction(tr("Trajectory as MP4 video…"), this, &MainWindow::exportVideo);
    exportMenu->addAction(tr("Latent code…"), this, &MainWindow::saveLatentCode);
    exportMenu->addAction(tr("Comparison table as CSV…"), this, &MainWindow::exportComparisonTable);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_latents->document()->undoStack()->createUndoAction(this, tr("&Undo latent edit"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_latents->document()->undoStack()->createRedoAction(this, tr("&Redo latent edit"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* show = view->addAction(m_tabs->tabText(i).replace(QLatin1String("&&"), QLatin1String("&")), this,
                                        [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
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

void MainWindow::buildStatusBar()
{
    m_statusModel = new QLabel(tr("no model"));
    m_statusData = new QLabel(tr("no dataset"));
    m_statusDevice = new QLabel;
    statusBar()->addPermanentWidget(m_statusModel);
    statusBar()->addPermanentWidget(m_statusData);
    statusBar()->addPermanentWidget(m_statusDevice);
}

void MainWindow::updateStatus()
{
    if (m_model.isValid()) {
        QString classes = m_model.numClasses > 0 ? tr(", %1 classes").arg(m_model.numClasses) : QString();
        m_statusModel->setText(tr("%1 · step %2 · t_max %3 · d_z %4 · %5 k parameters%6")
                                   .arg(m_model.displayName)
                                   .arg(m_model.step)
                                   .arg(m_model.tMax)
                                   .arg(m_model.dz)
                                   .arg(m_model.parameters / 1000)
                                   .arg(classes));
        m_statusModel->setToolTip(tr("%1\nhash %2\ndegradation %3").arg(m_model.source, m_model.hash, m_model.degradation));
        m_statusDevice->setText(tr("device: %1").arg(m_model.device));
    }
    if (!m_dataset.name.isEmpty()) m_statusData->setText(tr("%1 (%2 test images)").arg(m_dataset.name).arg(m_dataset.size));
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

// [SECTION] Engine wiring
void MainWindow::connectEngine()
{
    connect(m_engine, &ExplorerEngine::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(m_engine, &ExplorerEngine::datasetLoaded, this, &MainWindow::onDatasetLoaded);
    connect(m_engine, &ExplorerEngine::referenceReady, this, [this](const ReferenceFrames& r) { m_reference = r; });
    connect(m_engine, &ExplorerEngine::failed, this, &MainWindow::showError);
    connect(m_engine, &ExplorerEngine::codesLoaded, this, [this](const QString& path, const QVector<LatentCode>& codes) {
        m_latents->openCode(codes.front(), tr("Open %1").arg(QFileInfo(path).fileName()));
        if (codes.size() > 1) m_timeline->showCodes(codes);
        m_tabs->setCurrentWidget(codes.size() > 1 ? static_cast<QWidget*>(m_timeline) : m_latents);
        showNotice(tr("Opened %n latent code(s) from %1", nullptr, int(codes.size())).arg(path));
    });
    connect(m_engine, &ExplorerEngine::codesSaved, this, [this](const QString& path) { showNotice(tr("Saved latent code to %1").arg(path)); });
    connect(m_engine, &ExplorerEngine::videoExported, this, [this](const QString& path) { showNotice(tr("Wrote video %1").arg(path)); });
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

void MainWindow::onModelLoaded(const ModelInfo& info)
{
    m_model = info;
    m_settings.setCheckpoint(info.source);
    setWindowTitle(tr("DDDG Explorer — %1").arg(info.displayName));
    updateStatus();
    QString notice = tr("Loaded %1: t_max %2, d_z %3, trained for %4 cycles").arg(info.displayName).arg(info.tMax).arg(info.dz).arg(info.step);
    if (info.encoderTuningSteps > 0) notice += tr("; encoder tuned for %1 steps").arg(info.encoderTuningSteps);
    showNotice(notice);
    // A model trained on another named dataset brings its own test images.
    if (!info.dataset.isEmpty() && info.dataset != m_dataset.name && (info.dataset == QLatin1String("fashion-mnist") || info.dataset == QLatin1String("mnist")))
        m_engine->loadDataset(info.dataset, {});
    applyPendingSession();
}

void MainWindow::onDatasetLoaded(const DatasetInfo& info)
{
    const bool first = m_dataset.name.isEmpty();
    if (info.name != m_dataset.name) m_compare->setDataset(info.name, m_options.dataDir.isEmpty() ? m_settings.dataDir() : m_options.dataDir);
    m_dataset = info;
    m_settings.setDataset(info.name);
    updateStatus();
    if (m_reference.isValid() && !m_reference.source.contains(QLatin1String(" test #")) && !first) return; // keep a file image
    if (m_options.image.isEmpty() || !first) chooseDatasetImage(std::min(m_settings.referenceIndex(), std::max(0, info.size - 1)));
}

// [SECTION] Opening things
void MainWindow::openCheckpoint(const QString& path)
{
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    m_engine->loadModel(path);
}

void MainWindow::openImage(const QString& path)
{
    m_settings.addRecentFile(path);
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    rebuildRecentMenu();
    m_engine->chooseFileReference(0, path);
}

void MainWindow::chooseDatasetImage(int index)
{
    m_settings.setReferenceIndex(index);
    m_engine->chooseDatasetReference(0, index);
}

void MainWindow::pickDatasetImage()
{
    if (m_dataset.size == 0) return showError(tr("Pick image"), tr("no dataset is loaded"));
    // The same picker serves the explorer's reference and the comparison's input.
    const bool compare = m_tabs->currentWidget() == m_compare;
    DatasetPicker picker(m_engine, m_dataset, compare ? 0 : m_settings.referenceIndex(), this);
    if (picker.exec() != QDialog::Accepted || picker.chosenIndex() < 0) return;
    if (compare) m_compare->chooseDatasetImage(picker.chosenIndex());
    else chooseDatasetImage(picker.chosenIndex());
}

void MainWindow::openSession(const QString& path)
{
    QJsonObject session;
    if (QString error = readSession(path, session); !error.isEmpty()) return showError(tr("Open session"), error);
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    m_pendingSession = session;
    const QString checkpoint = session.value("checkpoint").toString();
    if (checkpoint == m_model.source && session.value("checkpoint_hash").toString() == m_model.hash) applyPendingSession();
    else if (checkpoint.startsWith(QLatin1String(":/")) || QFileInfo::exists(checkpoint)) openCheckpoint(checkpoint);
    else showError(tr("Open session"), tr("the session's checkpoint %1 is missing; open it by hand, then the session again").arg(checkpoint));
}

void MainWindow::applyPendingSession()
{
    if (m_pendingSession.isEmpty()) return;
    QJsonObject session = m_pendingSession;
    m_pendingSession = {};
    if (session.value("checkpoint_hash").toString() != m_model.hash)
        showError(tr("Open session"), tr("the checkpoint changed since this export (hash %1, now %2); showing it anyway")
                                          .arg(session.value("checkpoint_hash").toString(), m_model.hash));
    QJsonObject view = session.value("view").toObject();
    QString reference = view.value("reference").toString();
    int hash = reference.indexOf(QLatin1String(" test #"));
    if (hash > 0) chooseDatasetImage(reference.mid(hash + 7).toInt());
    else if (QFileInfo::exists(reference)) openImage(reference);
    if (view.value("view").toString() == QLatin1String("compare")) {
        m_compare->restoreSession(view);
        m_tabs->setCurrentWidget(m_compare);
    } else if (view.value("view").toString() == QLatin1String("latents")) {
        m_latents->restoreSession(view);
        m_tabs->setCurrentWidget(m_latents);
    } else {
        m_timeline->restoreSession(view);
        m_tabs->setCurrentWidget(m_timeline);
    }
}

void MainWindow::showError(const QString& what, const QString& message)
{
    m_messages->showMessage(tr("%1 failed: %2").arg(what, message), MessageBar::Level::Error);
    statusBar()->showMessage(tr("%1 failed").arg(what), 8000);
}

void MainWindow::showNotice(const QString& text) { m_messages->showMessage(text, MessageBar::Level::Info); }

// [SECTION] Language, help, closing
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

void MainWindow::saveWindowSettings()
{
    m_settings.setWindow(saveGeometry(), saveState());
    m_settings.setCurrentTab(m_tabs->currentIndex());
    m_settings.setTimelineSeed(m_timeline->seed());
    m_settings.setTimelineBatch(m_timeline->batch());
    m_settings.setChartSmoothing(m_training->smoothing());
    m_settings.setRefineSteps(m_latents->refineSteps());
    m_settings.setCompareSettings(m_compare->settingsState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings();
    event->accept();
}

} // namespace dddg
