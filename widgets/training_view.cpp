#include "training_view.h"

#include "metric_chart.h"
#include "training_run_form.h"
#include "run_follower.h"
#include "side_panel.h"
#include "stall_meter.h"
#include "training_worker.h"
#include "worker_thread.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace dddg {
namespace {

const QList<QColor> kRunColors{QColor(31, 119, 180), QColor(214, 39, 40), QColor(44, 160, 44), QColor(148, 103, 189),
                               QColor(255, 127, 14), QColor(140, 86, 75), QColor(227, 119, 194), QColor(23, 190, 207)};

QString duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("–");
    qint64 s = qint64(seconds);
    return s >= 3600 ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TrainingView::TrainingView(QWidget* parent)
    : QWidget(parent),
      m_trainThread(std::make_unique<WorkerThread>(QStringLiteral("training"))),
      m_followThread(std::make_unique<WorkerThread>(QStringLiteral("run-follower")))
{
    m_worker = m_trainThread->adopt(new TrainingWorker);
    m_stall = new StallMeter(this);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildSetup());
    leftLayout->addWidget(buildRunList(), 1);
    auto* leftScroll = new SidePanel(left, 320); // as wide as its form needs: no sideways scrolling

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buildStatusRow());
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(buildCharts());
    split->addWidget(buildFilmStrip());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    rightLayout->addWidget(split, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftScroll);
    layout->addWidget(right, 1);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(250); // charts redraw at most 4 times a second
    connect(m_refresh, &QTimer::timeout, this, &TrainingView::refreshCharts);
    m_refresh->start();
    connectWorker();
    updateButtons();
}

// Progress, rate, FID and the UI's stall time, above the charts.
QLayout* TrainingView::buildStatusRow()
{
    auto* status = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setFormat(tr("cycle %v / %m"));
    m_rate = new QLabel(tr("not running"));
    m_fidLabel = new QLabel(tr("%1: –").arg(m_metricName));
    m_stallLabel = new QLabel;
    m_stallLabel->setToolTip(tr("Longest time the window went without handling events in the last 5 s"));
    status->addWidget(m_progress, 2);
    status->addWidget(m_rate, 1);
    status->addWidget(m_fidLabel, 1);
    status->addWidget(m_stallLabel);
    connect(m_stall, &StallMeter::updated, this, [this](double recent, double) {
        m_stallLabel->setText(tr("UI stall %1 ms").arg(recent, 0, 'f', 0));
    });
    return status;
}

// The run this window trains: its state, numbers, pictures and FID evaluations.
void TrainingView::connectWorker()
{
    connect(m_worker, &TrainingWorker::stateChanged, this, &TrainingView::onState);
    connect(m_worker, &TrainingWorker::progress, this, &TrainingView::onProgress);
    connect(m_worker, &TrainingWorker::metric, this, [this](const MetricPoint& p) { appendPoints(m_liveRun, {p}); });
    connect(m_worker, &TrainingWorker::filmFrame, this, [this](const FilmFrame& f) { addFilmFrame(m_liveRun, f); });
    connect(m_worker, &TrainingWorker::checkpointSaved, this, [this](const QString& path, qint64) {
        if (m_runs.contains(m_liveRun)) m_runs[m_liveRun].latestCheckpoint = path;
    });
    connect(m_worker, &TrainingWorker::runStarted, this, [this](const QString&, qint64 total, const QString& description) {
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        if (m_runs.contains(m_liveRun)) m_runs[m_liveRun].plannedCycles = total;
        emit message(tr("Training started: %1").arg(description), false);
    });
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingView::openCheckpointRequested);
    connect(m_worker, &TrainingWorker::fidMetricNamed, this, [this](const QString& name) {
        m_metricName = name;
        if (auto* curve = chart(QStringLiteral("fid_lenet")); curve && !name.startsWith(QLatin1String("SWD"))) curve->chart()->setTitle(name);
    });
    connect(m_worker, &TrainingWorker::fidStarted, this,
            [this](qint64 step) { m_fidLabel->setText(tr("%1 at %2: starting").arg(m_metricName).arg(step)); });
    connect(m_worker, &TrainingWorker::fidProgress, this, [this](qint64 step, qint64 done, qint64 total) {
        m_fidLabel->setText(tr("%1 at %2: %3%").arg(m_metricName).arg(step).arg(100 * done / std::max<qint64>(1, total)));
    });
    connect(m_worker, &TrainingWorker::fidFinished, this, [this](qint64 step, double fid) {
        m_fidStatus = tr("last %1 %2 at %3").arg(m_metricName).arg(fid, 0, 'f', 2).arg(step);
        m_fidLabel->setText(m_fidStatus);
    });
    connect(m_worker, &TrainingWorker::fidFailed, this, [this](qint64 step, const QString& why) {
        m_fidLabel->setText(tr("%1 at %2 failed").arg(m_metricName).arg(step));
        m_fidLabel->setToolTip(why);
        emit message(tr("%1 at cycle %2: %3").arg(m_metricName).arg(step).arg(why), true);
    });
}

TrainingView::~TrainingView()
{
    m_worker->stop();
    m_trainThread.reset(); // waits for the run to save its checkpoint and end
    m_followThread.reset();
}

// [SECTION] Layout
QWidget* TrainingView::buildSetup()
{
    m_form = new TrainingRunForm;
    connect(m_form, &TrainingRunForm::startClicked, this, [this] { startRun(request()); });
    connect(m_form, &TrainingRunForm::pauseClicked, this, &TrainingView::pauseOrResume);
    connect(m_form, &TrainingRunForm::stopClicked, this, &TrainingView::stop);
    connect(m_form, &TrainingRunForm::openInExplorerClicked, this, &TrainingView::openInExplorer);
    return m_form;
}

QWidget* TrainingView::buildRunList()
{
    auto* box = new QGroupBox(tr("Runs"));
    auto* layout = new QVBoxLayout(box);
    m_runList = new QListWidget;
    m_runList->setToolTip(tr("Ticked runs are drawn; the selected one feeds the film strip and “Open in explorer”"));
    auto* follow = new QPushButton(tr("Follow run folder…"));
    follow->setToolTip(tr("Watch metrics.jsonl and checkpoints of any run directory, live"));
    auto* remove = new QPushButton(tr("Remove"));
    auto* row = new QHBoxLayout;
    row->addWidget(follow);
    row->addWidget(remove);
    layout->addWidget(m_runList, 1);
    layout->addLayout(row);
    connect(follow, &QPushButton::clicked, this, [this] {
        QString dir = QFileDialog::getExistingDirectory(this, tr("Follow run folder"));
        if (!dir.isEmpty()) followRun(dir);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        int id = selectedRun();
        if (id < 0 || id == m_liveRun) return;
        Run run = m_runs.take(id);
        if (run.follower) QMetaObject::invokeMethod(run.follower, &QObject::deleteLater);
        for (auto* chart : m_charts) chart->removeRun(id);
        delete m_runList->currentItem();
        refreshFilmStrip();
    });
    connect(m_runList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        int id = item->data(Qt::UserRole).toInt();
        if (item->checkState() == Qt::Checked) m_dirty.insert(id);
        else for (auto* chart : m_charts) chart->removeRun(id);
    });
    connect(m_runList, &QListWidget::currentRowChanged, this, [this] {
        refreshFilmStrip();
        updateButtons();
    });
    return box;
}

// [SECTION] Runs (the charts and film strip: training_view_charts.cpp)
TrainingRequest TrainingView::request() const { return m_form->request(); }

void TrainingView::setRequest(const TrainingRequest& r) { m_form->setRequest(r); }
QJsonObject TrainingView::formSettings() const { return m_form->settingsState(); }
void TrainingView::restoreFormSettings(const QJsonObject& json) { m_form->restoreSettings(json); }

int TrainingView::startRun(const TrainingRequest& request)
{
    if (m_worker->isRunning()) {
        emit message(tr("A run is already training in this window; stop it first"), true);
        return -1;
    }
    if (request.processes > 1 && request.batch % request.processes != 0) {
        emit message(tr("The batch (%1) must be divisible by the number of processes (%2)").arg(request.batch).arg(request.processes), true);
        return -1;
    }
    if (!QDir().mkpath(request.outDir)) {
        emit message(tr("Cannot create the run folder %1").arg(request.outDir), true);
        return -1;
    }
    m_liveRun = addRun(tr("this window: %1").arg(QFileInfo(request.outDir).fileName()), request.outDir, true);
    m_fidStatus.clear();
    m_metricName = QStringLiteral("FID"); // named by the run once it has found its classifier (or not)
    m_fidLabel->setText(request.fidEvery > 0 ? tr("%1: first at cycle %2").arg(m_metricName).arg(request.fidEvery)
                                             : tr("%1: off").arg(m_metricName));
    m_liveProcesses = request.processes;
    m_worker->start(request);
    return m_liveRun;
}

int TrainingView::followRun(const QString& dir)
{
    int id = addRun(tr("followed: %1").arg(QFileInfo(dir).fileName()), dir, false);
    auto* follower = m_followThread->adopt(new RunFollower(dir));
    m_runs[id].follower = follower;
    connect(follower, &RunFollower::metricsAppended, this, [this, id](const QVector<MetricPoint>& p) { appendPoints(id, p); });
    connect(follower, &RunFollower::filmFrame, this, [this, id](const FilmFrame& f) { addFilmFrame(id, f); });
    connect(follower, &RunFollower::checkpointSeen, this, [this, id](const QString& path, qint64, qint64 planned) {
        if (!m_runs.contains(id)) return;
        m_runs[id].latestCheckpoint = path;
        m_runs[id].plannedCycles = planned;
        updateButtons();
    });
    connect(follower, &RunFollower::failed, this, [this](const QString& why) { emit message(why, true); });
    QMetaObject::invokeMethod(follower, &RunFollower::start, Qt::QueuedConnection);
    emit message(tr("Following %1").arg(dir), false);
    return id;
}

int TrainingView::addRun(const QString& name, const QString& dir, bool live)
{
    Run run;
    run.id = m_nextId++;
    run.name = name;
    run.dir = dir;
    run.live = live;
    run.color = kRunColors[(run.id - 1) % kRunColors.size()];
    m_runs.insert(run.id, run);
    QPixmap swatch(12, 12);
    swatch.fill(run.color);
    auto* item = new QListWidgetItem(QIcon(swatch), name);
    item->setData(Qt::UserRole, run.id);
    item->setToolTip(dir);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_runList->addItem(item);
    m_runList->setCurrentItem(item);
    return run.id;
}

void TrainingView::appendPoints(int id, const QVector<MetricPoint>& points)
{
    if (!m_runs.contains(id)) return;
    m_runs[id].points += points;
    m_dirty.insert(id);
}

void TrainingView::addFilmFrame(int id, const FilmFrame& frame)
{
    if (!m_runs.contains(id)) return;
    m_runs[id].film.insert(frame.step, frame.image);
    if (id == selectedRun()) {
        refreshFilmStrip();
        m_filmSlider->setValue(m_filmSlider->maximum()); // follow the newest frame
    }
    emit filmFrameShown(id, frame.step);
}

int TrainingView::selectedRun() const
{
    auto* item = m_runList->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

// [SECTION] Controls
void TrainingView::pauseOrResume()
{
    if (m_state == RunState::Paused) m_worker->resume();
    else if (m_state == RunState::Running) m_worker->pause();
}

void TrainingView::stop()
{
    if (!m_worker->isRunning()) return;
    m_worker->stop();
    onState(RunState::Stopping, QString());
}

void TrainingView::openInExplorer()
{
    int id = selectedRun();
    if (!m_runs.contains(id)) return;
    if (id == m_liveRun && m_worker->isRunning()) {
        m_worker->requestSnapshot(); // answered by snapshotReady → openCheckpointRequested
        emit message(tr("Handing the newest EMA weights to the explorer…"), false);
    } else if (!m_runs[id].latestCheckpoint.isEmpty()) {
        emit openCheckpointRequested(m_runs[id].latestCheckpoint);
    } else {
        emit message(tr("%1 has no checkpoint yet").arg(m_runs[id].name), true);
    }
}

void TrainingView::onState(RunState state, const QString& text)
{
    m_state = state;
    switch (state) {
    case RunState::Running: m_rate->setText(tr("running")); break;
    case RunState::Paused: m_rate->setText(tr("paused")); break;
    case RunState::Stopping: m_rate->setText(tr("stopping after this cycle…")); break;
    case RunState::Finished: m_rate->setText(text.isEmpty() ? tr("finished") : text); break;
    case RunState::Failed: m_rate->setText(tr("failed")); break;
    default: break;
    }
    if (state == RunState::Failed) emit message(tr("Training stopped: %1").arg(text), true);
    else if (state == RunState::Finished) emit message(text.isEmpty() ? tr("Training finished") : tr("Training %1").arg(text), false);
    updateButtons();
    emit stateChanged(state);
}

void TrainingView::onProgress(const TrainingProgress& p)
{
    m_progress->setMaximum(int(std::min<qint64>(p.total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(p.step, INT_MAX)));
    if (m_state == RunState::Running) {
        QString text = tr("%1 cycles/s · ETA %2").arg(p.cyclesPerSecond, 0, 'f', 2).arg(duration(p.etaSeconds));
        if (p.worldSize > 1)
            text += tr(" · %1 processes, %2% in collectives").arg(p.worldSize).arg(100 * p.communicationShare, 0, 'f', 0);
        m_rate->setText(text);
    }
    if (p.runningFidStep < 0 && p.nextFidStep >= 0)
        m_fidLabel->setText((m_fidStatus.isEmpty() ? QString() : m_fidStatus + QStringLiteral(" · ")) +
                            tr("next %1 at %2").arg(m_metricName).arg(p.nextFidStep));
}

void TrainingView::updateButtons()
{
    const bool running = m_state == RunState::Running || m_state == RunState::Paused || m_state == RunState::Starting;
    const int id = selectedRun();
    TrainingRunForm::ButtonStates states;
    states.start = !running && m_state != RunState::Stopping;
    // A multi-process run cannot pause: the ranks' collective timeouts would end it.
    states.pause = (m_state == RunState::Running || m_state == RunState::Paused) && m_liveProcesses <= 1;
    states.paused = m_state == RunState::Paused;
    states.stop = running;
    states.toExplorer = m_runs.contains(id) && ((id == m_liveRun && running) || !m_runs[id].latestCheckpoint.isEmpty());
    m_form->setButtons(states);
}

} // namespace dddg
