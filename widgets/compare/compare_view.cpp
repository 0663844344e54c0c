#include "compare_view.h"

#include "channel_histogram.h"
#include "compare_canvas.h"
#include "compare_controls.h"
#include "comparison_table_model.h"
#include "comparison_worker.h"
#include "side_panel.h"
#include "worker_thread.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dddg {

CompareView::CompareView(QWidget* parent) : QWidget(parent)
{
    registerComparisonTypes();
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("compare-worker"));
    m_worker = m_thread->adopt(new ComparisonWorker);
    m_controls = new CompareControls;
    m_canvas = new CompareCanvas(&m_state);
    m_histogram = new ChannelHistogram;
    m_histogramTimer = new QTimer(this);
    m_histogramTimer->setSingleShot(true);
    m_histogramTimer->setInterval(60);
    connect(m_histogramTimer, &QTimer::timeout, this, &CompareView::updateHistogram);
    buildTable();
    buildLayout();
    m_flickerTimer = new QTimer(this);
    m_flickerTimer->setInterval(500);
    connect(m_flickerTimer, &QTimer::timeout, this, [this] {
        const bool reference = !m_flickerTimer->property("reference").toBool();
        m_flickerTimer->setProperty("reference", reference);
        m_canvas->setFlickerPhase(reference);
    });

    connect(m_controls, &CompareControls::setupChanged, this, &CompareView::prepare);
    connect(m_controls, &CompareControls::runRequested, this, &CompareView::run);
    connect(m_controls, &CompareControls::cancelRequested, this, &CompareView::cancel);
    connect(m_controls, &CompareControls::pickRequested, this, &CompareView::pickRequested);
    connect(m_controls, &CompareControls::openFileRequested, this, &CompareView::openFileRequested);
    connect(m_controls, &CompareControls::pasteRequested, this, &CompareView::pasteFromClipboard);
    connectWorker();
    connectCanvasAndTable();
}

void CompareView::buildTable()
{
    m_table = new ComparisonTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(ComparisonTableModel::SortRole);
    m_tableView = new QTableView;
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->sortByColumn(ComparisonTableModel::Psnr, Qt::DescendingOrder);
    m_summary = new QLabel;
}

// The controls on the left (scrolling), the toolbar, the tiles and the table on the right.
void CompareView::buildLayout()
{
    auto* scroll = new SidePanel(m_controls, 320);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildToolbar());
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_canvas);
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_tableView);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(tableBox, 1);
    bottomLayout->addWidget(m_histogram);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({560, 300});
    rightLayout->addWidget(split, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(right, 1);
    setAcceptDrops(true);
}

void CompareView::connectWorker()
{
    connect(m_worker, &ComparisonWorker::datasetOpened, this, [this](const QString& name, int size, int tMax) {
        m_datasetOpen = true;
        m_controls->setDataset(name, size);
        m_controls->setOperatorTMax(tMax);
        prepare();
    });
    connect(m_worker, &ComparisonWorker::inputReady, this, &CompareView::onInput);
    connect(m_worker, &ComparisonWorker::methodsListed, this, [this](quint64 stamp, const QVector<CompareMethod>& methods) {
        if (stamp != m_stamp) return;
        m_controls->setMethods(methods);
        if (m_runWhenListed && !m_running) {
            m_runWhenListed = false;
            run();
        }
    });
    connect(m_worker, &ComparisonWorker::methodStarted, this, [this](quint64 stamp, const QString& method) {
        if (stamp != m_runStamp) return;
        m_controls->setProgress(method, 0);
        emit statusMessage(tr("Running %1…").arg(method));
    });
    connect(m_worker, &ComparisonWorker::methodProgress, this, [this](quint64 stamp, const QString& method, double f) {
        if (stamp == m_runStamp) m_controls->setProgress(method, f);
    });
    connect(m_worker, &ComparisonWorker::methodFinished, this, &CompareView::onResult);
    connect(m_worker, &ComparisonWorker::runFinished, this, [this](quint64 stamp, bool cancelled) {
        if (stamp != m_runStamp) return;
        m_running = false;
        m_controls->setRunning(false);
        for (const auto& t : m_canvas->tiles())
            if (t.running) {
                CompareTile done = t;
                done.running = false;
                done.badge = tr("cancelled");
                m_canvas->setTile(done);
            }
        emit statusMessage(cancelled ? tr("Comparison cancelled") : tr("Comparison finished"));
        emit runCompleted(cancelled); // the worker has sent the list again with measured times
    });
    connect(m_worker, &ComparisonWorker::failed, this, &CompareView::error);
}

void CompareView::connectCanvasAndTable()
{
    connect(m_canvas, &CompareCanvas::tileClicked, this, &CompareView::selectMethod);
    connect(m_canvas, &CompareCanvas::tileActivated, this, [this](const QString& name) {
        if (name.startsWith(QLatin1String("dddg"))) emit openInLatents(m_input.degraded, m_input.source);
    });
    connect(m_canvas, &CompareCanvas::hoverChanged, this, &CompareView::statusMessage);
    connect(m_canvas, &CompareCanvas::viewChanged, m_histogramTimer, qOverload<>(&QTimer::start));
    connect(m_canvas, &CompareCanvas::tileMenuRequested, this, &CompareView::showTileMenu);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid()) return;
        const int row = m_proxy->mapToSource(current).row();
        if (row >= 0 && row < m_table->results().size()) m_canvas->setSelected(m_table->results()[row].method);
        m_histogramTimer->start();
    });
}

CompareView::~CompareView()
{
    m_worker->cancel();
    m_thread.reset(); // stops the worker before the view it signals goes away
}

void CompareView::refreshView()
{
    m_wipe->setChecked(m_state.wipe);
    m_difference->setChecked(m_state.difference);
    m_flicker->setChecked(m_state.flicker);
    m_step->setValue(int(std::lround(m_state.step * 100)));
    m_channel->setCurrentIndex(int(m_state.channel));
    rebuildWipeChoices();
    m_canvas->update();
    m_histogramTimer->start();
}

void CompareView::setDataset(const QString& name, const QString& dataDir, const QString& modelsDir)
{
    m_datasetOpen = false;
    m_worker->openDataset(name, dataDir, modelsDir);
}

void CompareView::chooseDatasetImage(int index) { m_controls->setDatasetIndex(index); }
void CompareView::openImageFile(const QString& path) { m_controls->setFile(path); }
void CompareView::usePastedImage(const QImage& image, const QString& name) { m_controls->setPastedImage(image, name); }

void CompareView::pasteFromClipboard()
{
    const QImage image = QApplication::clipboard()->image();
    if (image.isNull()) return emit error(tr("Paste"), tr("the clipboard holds no image"));
    usePastedImage(image, tr("pasted image"));
}

void CompareView::prepare()
{
    if (!m_datasetOpen) return;
    m_worker->prepare(++m_stamp, m_controls->setup());
}

void CompareView::onInput(const CompareInput& input)
{
    if (input.stamp != m_stamp) return;
    const bool changed = input.clean != m_input.clean || input.degraded != m_input.degraded;
    m_input = input;
    if (changed && !m_running) {
        m_runContext = {}; // the numbers shown are gone with the old input
        m_table->clear();
        m_summary->clear();
        QVector<CompareTile> tiles;
        tiles.push_back({QStringLiteral("clean"), tr("clean"), input.source, input.clean, {}, {}, false, {}});
        tiles.push_back({QStringLiteral("input"), tr("degraded input"),
                         tr("PSNR %1 · SSIM %2\nthe floor").arg(input.psnr, 0, 'f', 2).arg(input.ssim, 0, 'f', 3), input.degraded, {}, {}, false, {}});
        m_canvas->setTiles(tiles);
        rebuildWipeChoices();
    }
    m_controls->setInput(input);
    const QImage wanted = m_controls->setup().mask;
    if (!wanted.isNull() && wanted.size() != input.clean.size()) { // another picture's mask: the note says so
        m_controls->setMask(QImage());
    } else if (wanted.isNull() != m_mask.isNull() || wanted.size() != m_mask.size()) { // a new picture, or a reopened session
        showMask(wanted);
        m_maskUndo.clear();
    }
    m_histogramTimer->start();
    emit inputShown();
}

QString CompareView::badgeOf(const CompareResult& r) const
{
    if (!r.isOk()) return r.status + QStringLiteral(": ") + r.note;
    const QString psnr = QString::number(r.tilePsnr, 'f', 2), ssim = QString::number(r.tileSsim, 'f', 3);
    const QString badge = tr("PSNR %1 · SSIM %2\n%3 NFE · %4 s").arg(psnr, ssim).arg(r.nfe).arg(r.seconds, 0, 'f', 2);
    return r.note.isEmpty() ? badge : badge + QStringLiteral("\n⚠ ") + tr("below the degraded input");
}

void CompareView::run()
{
    if (m_running) return;
    if (!m_datasetOpen || !m_input.isValid()) return emit error(tr("Compare"), tr("choose an input image first"));
    const QStringList methods = m_controls->checkedMethods();
    if (methods.isEmpty()) return emit error(tr("Compare"), tr("tick at least one method"));
    CompareRunRequest request;
    request.stamp = m_runStamp = ++m_stamp;
    request.setup = m_controls->setup();
    request.methods = methods;
    request.batch = m_controls->batch();
    request.dipIterations = m_controls->dipIterations();
    m_runContext = contextOf(request.setup, request.batch);
    m_table->clear();
    m_summary->setText(request.batch > 0 ? tr("Table: mean of test images 0…%1 (as dddg compare --n %2); tiles: image 0")
                                               .arg(request.batch - 1)
                                               .arg(request.batch)
                                         : tr("Table: %1").arg(m_input.source));
    QVector<CompareTile> tiles;
    for (const auto& t : m_canvas->tiles())
        if (t.name == QLatin1String("clean") || t.name == QLatin1String("input")) tiles.push_back(t);
    for (const auto& name : methods) tiles.push_back({name, name, QString(), QImage(), {}, {}, true, {}});
    m_canvas->setTiles(tiles);
    rebuildWipeChoices();
    m_running = true;
    m_controls->setRunning(true);
    m_controls->startProgress(methods);
    m_worker->run(request);
}

CompareRunContext CompareView::contextOf(const CompareSetup& setup, int batch) const
{
    CompareRunContext c;
    c.image = batch > 0 ? tr("%1 test images 0…%2").arg(setup.dataset).arg(batch - 1) : m_input.source;
    const bool noise = setup.degradation == QLatin1String("noise");
    c.degradation = setup.degradation;
    // The measurement's noise and rounding travel with the kind, so a table says what it scored.
    if (!noise && setup.sigmaY > 0) c.degradation += QStringLiteral(" σy=%1").arg(setup.sigmaY);
    if (!noise && setup.quantize) c.degradation += QStringLiteral(" 8-bit");
    c.level = noise ? QString::number(setup.sigma)
              : setup.degradation == QLatin1String("sr") ? QStringLiteral("×%1").arg(setup.factor)
              : setup.degradation == QLatin1String("inpaint") && !setup.mask.isNull() ? QStringLiteral("drawn mask")
                                                                                     : QString::number(setup.level);
    c.seed = setup.seed;
    return c;
}

void CompareView::cancel()
{
    if (m_running) m_worker->cancel();
}

void CompareView::onResult(const CompareResult& r)
{
    if (r.stamp != m_runStamp) return;
    m_table->setResult(r);
    if (r.method == QLatin1String("input")) {
        if (!r.reference.isNull()) m_canvas->setTile({QStringLiteral("clean"), tr("clean"), tr("reference"), r.reference, {}, {}, false, {}});
        m_canvas->setTile({QStringLiteral("input"), tr("degraded input"), badgeOf(r), r.image, {}, {}, false, {}});
        return;
    }
    m_controls->finishProgress(r.method, r.isOk() ? tr("%1 dB").arg(r.psnr, 0, 'f', 2) : r.status);
    CompareTile tile{r.method, r.method, badgeOf(r), r.image, r.states, r.stateLabels, false, {}};
    for (int k = 0; k < std::min(r.statePsnr.size(), r.stateSsim.size()); ++k)
        tile.stateBadges << tr("PSNR %1 · SSIM %2").arg(r.statePsnr[k], 0, 'f', 2).arg(r.stateSsim[k], 0, 'f', 3);
    m_canvas->setTile(tile);
    rebuildWipeChoices();
    m_histogramTimer->start();
}

void CompareView::rebuildWipeChoices()
{
    for (QComboBox* box : {m_wipeA, m_wipeB}) {
        const QSignalBlocker block(box);
        box->clear();
        for (const auto& t : m_canvas->tiles())
            if (!t.image.isNull()) box->addItem(t.caption, t.name);
    }
    m_wipeA->setCurrentIndex(std::max(0, m_wipeA->findData(m_state.wipeA)));
    m_wipeB->setCurrentIndex(std::max(0, m_wipeB->findData(m_state.wipeB)));
}

void CompareView::selectMethod(const QString& name)
{
    m_canvas->setSelected(name);
    m_histogramTimer->start();
    const int row = m_table->rowOf(name);
    if (row < 0) return;
    const QModelIndex index = m_proxy->mapFromSource(m_table->index(row, 0));
    m_tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CompareView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage()) event->acceptProposedAction();
}

void CompareView::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().front().isLocalFile()) openImageFile(mime->urls().front().toLocalFile());
    else if (mime->hasImage()) usePastedImage(qvariant_cast<QImage>(mime->imageData()), tr("dropped image"));
    else return;
    event->acceptProposedAction();
}

} // namespace dddg
