#include "main_window.h"

#include "bundled_resources.h"
#include "compare_view.h"
#include "dataset_picker.h"
#include "explorer_engine.h"
#include "latent_view.h"
#include "log_panel.h"
#include "message_bar.h"
#include "session_file.h"
#include "timeline_view.h"
#include "training_view.h"
#include "worker_thread.h"

#include <utility>

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dddg {

QString MainWindow::imageFilter() { return tr("Images (*.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)"); }

QString MainWindow::embeddedModel() { return bundledModelPath(); }

MainWindow::MainWindow(const ExplorerOptions& options, LogCollector* log, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_log(log)
{
    setWindowTitle(tr("DDDG Explorer"));
    setWindowIcon(QIcon(applicationIconPath()));
    m_engineThread = std::make_unique<WorkerThread>(QStringLiteral("explorer-engine"));
    m_engine = m_engineThread->adopt(new ExplorerEngine);

    m_messages = new MessageBar;
    createViews();
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
    connectViews();
    connectCompare();
    restoreWindowSettings();
    openStartupFiles();
}

// Start-up: data first, then the model (the timeline needs both). A session given with
// --session names its own checkpoint and dataset: those are the ones loaded, once, and the
// session is shown when that model is in (not on top of a model that a second load replaces).
void MainWindow::openStartupFiles()
{
    QJsonObject session;
    if (!m_options.session.isEmpty()) {
        Result<QJsonObject> read = readSession(m_options.session);
        if (read) session = *read;
        else showError(tr("Open session"), QString::fromStdString(read.error().message));
    }
    m_keepStartupDataset = !m_options.dataset.isEmpty();
    QString dataset = !m_options.dataset.isEmpty() ? m_options.dataset : session.value("dataset").toString(m_settings.dataset());
    if (dataset.isEmpty()) dataset = m_settings.dataset();
    QString dataDir = !m_options.dataDir.isEmpty() ? m_options.dataDir : m_settings.dataDir();
    m_engine->loadDataset(dataset, dataDir);
    QString checkpoint = !m_options.checkpoint.isEmpty() ? m_options.checkpoint : m_settings.checkpoint();
    const QString sessionCheckpoint = session.value("checkpoint").toString();
    if (m_options.checkpoint.isEmpty() && isOpenable(sessionCheckpoint)) checkpoint = sessionCheckpoint;
    if (!isOpenable(checkpoint)) checkpoint = embeddedModel();
    openCheckpoint(checkpoint);
    if (!m_options.image.isEmpty()) {
        openImage(m_options.image);
        m_compare->openImageFile(m_options.image); // the comparison starts from the same picture
    }
    if (!session.isEmpty()) openSession(m_options.session);
}

bool MainWindow::isOpenable(const QString& checkpoint)
{
    return !checkpoint.isEmpty() && (checkpoint.startsWith(QLatin1String(":/")) || QFileInfo::exists(checkpoint));
}

MainWindow::~MainWindow()
{
    m_engineThread.reset(); // stops the engine before the views it signals go away
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
    if (!m_dataset.name.isEmpty()) {
        const QString frame = m_dataset.channels == 3 ? tr("%1×%1 colour").arg(m_dataset.imageSize) : tr("%1×%1 grey").arg(m_dataset.imageSize);
        m_statusData->setText(tr("%1 (%2 test images, %3)").arg(m_dataset.name).arg(m_dataset.size).arg(frame));
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
}

void MainWindow::onModelLoaded(const ModelInfo& info)
{
    m_model = info;
    if (info.source == m_loadingCheckpoint) m_loadingCheckpoint.clear();
    m_settings.setCheckpoint(info.source);
    setWindowTitle(tr("DDDG Explorer — %1").arg(info.displayName));
    updateStatus();
    QString notice = tr("Loaded %1: t_max %2, d_z %3, trained for %4 cycles").arg(info.displayName).arg(info.tMax).arg(info.dz).arg(info.step);
    if (info.encoderTuningSteps > 0) notice += tr("; encoder tuned for %1 steps").arg(info.encoderTuningSteps);
    showNotice(notice);
    // A model trained on another named dataset brings its own test images — except at start-up,
    // when --dataset named the images the user asked for.
    const bool keep = std::exchange(m_keepStartupDataset, false);
    if (!keep && !info.dataset.isEmpty() && info.dataset != m_dataset.name &&
        (info.dataset == QLatin1String("fashion-mnist") || info.dataset == QLatin1String("mnist")))
        m_engine->loadDataset(info.dataset, {});
    applyPendingSession();
}

void MainWindow::onDatasetLoaded(const DatasetInfo& info)
{
    const bool first = m_dataset.name.isEmpty();
    if (info.name != m_dataset.name) m_compare->setDataset(info.name, m_options.dataDir.isEmpty() ? m_settings.dataDir() : m_options.dataDir);
    m_dataset = info;
    m_settings.setDataset(info.name);
    for (const QString& note : info.notes) showNotice(note);
    updateStatus();
    if (m_reference.isValid() && !m_reference.source.contains(QLatin1String(" test #")) && !first) return; // keep a file image
    if (m_options.image.isEmpty() || !first) chooseDatasetImage(std::min(m_settings.referenceIndex(), std::max(0, info.size - 1)));
}

// [SECTION] Opening things
void MainWindow::openCheckpoint(const QString& path)
{
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    m_loadingCheckpoint = path;
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
    Result<QJsonObject> session = readSession(path);
    if (!session) return showError(tr("Open session"), QString::fromStdString(session.error().message));
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    m_pendingSession = *session;
    const QString checkpoint = m_pendingSession.value("checkpoint").toString();
    if (checkpoint == m_model.source && m_pendingSession.value("checkpoint_hash").toString() == m_model.hash) applyPendingSession();
    else if (checkpoint == m_loadingCheckpoint) return; // applied when that load is in
    else if (isOpenable(checkpoint)) openCheckpoint(checkpoint);
    else showError(tr("Open session"), tr("the session's checkpoint %1 is missing; open it by hand, then the session again").arg(checkpoint));
}

void MainWindow::applyPendingSession()
{
    // Only on the session's own model: a load that was already under way when it was opened
    // must not take it.
    if (m_pendingSession.isEmpty() || m_pendingSession.value("checkpoint").toString() != m_model.source) return;
    QJsonObject session = m_pendingSession;
    m_pendingSession = {};
    if (session.value("checkpoint_hash").toString() != m_model.hash)
        showError(tr("Open session"), tr("the checkpoint changed since this export (hash %1, now %2); showing it anyway")
                                          .arg(session.value("checkpoint_hash").toString(), m_model.hash));
    QJsonObject state = session.value("view").toObject();
    QString reference = state.value("reference").toString();
    int hash = reference.indexOf(QLatin1String(" test #"));
    if (hash > 0) chooseDatasetImage(reference.mid(hash + 7).toInt());
    else if (QFileInfo::exists(reference)) openImage(reference);
    ExplorerView* view = viewNamed(state.value("view").toString());
    view->restoreSession(state);
    m_tabs->setCurrentWidget(view->page());
}

void MainWindow::showError(const QString& what, const QString& message)
{
    m_messages->showMessage(tr("%1 failed: %2").arg(what, message), MessageBar::Level::Error);
    statusBar()->showMessage(tr("%1 failed").arg(what), 8000);
}

void MainWindow::showNotice(const QString& text) { m_messages->showMessage(text, MessageBar::Level::Info); }

void MainWindow::restoreWindowSettings()
{
    if (!restoreGeometry(m_settings.windowGeometry())) resize(1500, 950);
    restoreState(m_settings.windowState());
    m_tabs->setCurrentIndex(std::clamp(m_settings.currentTab(), 0, m_tabs->count() - 1));
    m_timeline->setSeed(m_settings.timelineSeed());
    m_timeline->setBatch(m_settings.timelineBatch());
    m_training->setSmoothing(m_settings.chartSmoothing());
    m_training->restoreFormSettings(m_settings.trainingForm());
    m_latents->setRefineSteps(m_settings.refineSteps());
    m_compare->restoreSettings(m_settings.compareSettings());
}

void MainWindow::saveWindowSettings()
{
    m_settings.setWindow(saveGeometry(), saveState());
    m_settings.setCurrentTab(m_tabs->currentIndex());
    m_settings.setTimelineSeed(m_timeline->seed());
    m_settings.setTimelineBatch(m_timeline->batch());
    m_settings.setChartSmoothing(m_training->smoothing());
    m_settings.setTrainingForm(m_training->formSettings());
    m_settings.setRefineSteps(m_latents->refineSteps());
    m_settings.setCompareSettings(m_compare->settingsState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings();
    event->accept();
}

} // namespace dddg
