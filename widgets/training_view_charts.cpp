// TrainingView's curves and film strip: one chart per metric (a baseline's losses get theirs
// when a run first has them), smoothing and log scale, and the samples of every checkpoint.
#include "training_view.h"

#include "metric_chart.h"
#include "training_run_form.h"
#include "run_follower.h"
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
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace dddg {

QWidget* TrainingView::buildCharts()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* controls = new QHBoxLayout;
    m_smoothing = new QSlider(Qt::Horizontal);
    m_smoothing->setRange(0, 99);
    m_smoothing->setValue(60);
    m_smoothing->setMaximumWidth(220);
    auto* smoothLabel = new QLabel(tr("smoothing 0.60"));
    m_log = new QCheckBox(tr("log scale"));
    auto* csv = new QPushButton(tr("Export CSV…"));
    controls->addWidget(new QLabel(tr("De-biased EMA")));
    controls->addWidget(m_smoothing);
    controls->addWidget(smoothLabel);
    controls->addWidget(m_log);
    controls->addStretch(1);
    controls->addWidget(csv);
    layout->addLayout(controls);
    m_chartGrid = new QGridLayout;
    // DDDG's curves from the start; a baseline's losses get a chart when a run first has them.
    for (const QString& key : {QStringLiteral("loss_d"), QStringLiteral("loss_g"), QStringLiteral("loss_enc"), QStringLiteral("r1"),
                               QStringLiteral("fid_lenet")})
        addChart(key);
    layout->addLayout(m_chartGrid, 1);
    connect(m_smoothing, &QSlider::valueChanged, this, [this, smoothLabel](int v) {
        smoothLabel->setText(tr("smoothing %1").arg(v / 100.0, 0, 'f', 2));
        for (auto* chart : m_charts) chart->setSmoothing(v / 100.0);
    });
    connect(m_log, &QCheckBox::toggled, this, [this](bool on) {
        for (auto* chart : m_charts) chart->setLogScale(on);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Export curves"), QStringLiteral("dddg-curves.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty()) return;
        const Status written = exportCsv(path);
        emit message(written ? tr("Wrote %1").arg(path) : QString::fromStdString(written.error().message), !written);
    });
    return panel;
}

QWidget* TrainingView::buildFilmStrip()
{
    auto* box = new QGroupBox(tr("Samples over training (EMA generator, fixed seed)"));
    auto* layout = new QVBoxLayout(box);
    m_filmImage = new QLabel(tr("Frames appear at every checkpoint."));
    m_filmImage->setAlignment(Qt::AlignCenter);
    m_filmImage->setMinimumHeight(110);
    auto* row = new QHBoxLayout;
    m_filmSlider = new QSlider(Qt::Horizontal);
    m_filmSlider->setRange(0, 0);
    m_filmLabel = new QLabel;
    m_filmLabel->setMinimumWidth(120);
    row->addWidget(new QLabel(tr("checkpoint")));
    row->addWidget(m_filmSlider, 1);
    row->addWidget(m_filmLabel);
    layout->addWidget(m_filmImage, 1);
    layout->addLayout(row);
    connect(m_filmSlider, &QSlider::valueChanged, this, [this] { refreshFilmStrip(); });
    return box;
}

QString TrainingView::metricTitle(const QString& key)
{
    if (key == QLatin1String("loss_d")) return tr("discriminator loss L_D");
    if (key == QLatin1String("loss_g")) return tr("generator loss L_G");
    if (key == QLatin1String("loss_enc")) return tr("encoder loss L_enc");
    if (key == QLatin1String("r1")) return tr("R1 penalty");
    if (key == QLatin1String("fid_lenet")) return tr("FID (LeNet)");
    if (key == QLatin1String("swd")) return tr("SWD (network-free)");
    if (key == QLatin1String("loss_eps")) return tr("DDPM noise-prediction loss (MSE of ε)");
    if (key == QLatin1String("loss_dae")) return tr("DAE denoising loss (MSE of x₀)");
    if (key == QLatin1String("loss_restore")) return tr("Cold Diffusion restorer loss (L1 of x₀)");
    return key;
}

MetricChart* TrainingView::addChart(const QString& key)
{
    auto* chart = new MetricChart(metricTitle(key), key);
    chart->setSmoothing(m_smoothing ? m_smoothing->value() / 100.0 : 0.6);
    if (m_log) chart->setLogScale(m_log->isChecked());
    const int index = int(m_charts.size());
    m_charts << chart;
    m_chartGrid->addWidget(chart, index / 3, index % 3);
    return chart;
}

void TrainingView::refreshCharts()
{
    static const QStringList notCurves{QStringLiteral("step"), QStringLiteral("epoch"), QStringLiteral("wall_s"), QStringLiteral("world_size"),
                                       QStringLiteral("comm_s")};
    for (int id : std::as_const(m_dirty)) {
        if (!m_runs.contains(id)) continue;
        const Run& run = m_runs[id];
        for (const MetricPoint& p : run.points)
            for (auto it = p.values.constBegin(); it != p.values.constEnd(); ++it)
                if (!notCurves.contains(it.key()) && !chart(it.key())) addChart(it.key());
        bool shown = false;
        for (int i = 0; i < m_runList->count(); ++i)
            if (m_runList->item(i)->data(Qt::UserRole).toInt() == id) shown = m_runList->item(i)->checkState() == Qt::Checked;
        if (!shown) continue;
        for (auto* chart : m_charts) chart->setRun(id, run.name, run.color, run.points);
    }
    m_dirty.clear();
}

void TrainingView::refreshFilmStrip()
{
    int id = selectedRun();
    if (!m_runs.contains(id) || m_runs[id].film.isEmpty()) {
        m_filmImage->setPixmap(QPixmap());
        m_filmImage->setText(tr("Frames appear at every checkpoint."));
        m_filmLabel->clear();
        return;
    }
    const auto& film = m_runs[id].film;
    QSignalBlocker block(m_filmSlider);
    m_filmSlider->setRange(0, int(film.size()) - 1);
    int index = std::clamp(m_filmSlider->value(), 0, int(film.size()) - 1);
    auto it = std::next(film.constBegin(), index);
    const QImage& image = it.value();
    int zoom = std::max(1, std::min(m_filmImage->width() / std::max(1, image.width()), m_filmImage->height() / std::max(1, image.height())));
    m_filmImage->setPixmap(QPixmap::fromImage(image.scaled(image.size() * zoom, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_filmLabel->setText(tr("cycle %1 (%2 of %3)").arg(it.key()).arg(index + 1).arg(film.size()));
}

MetricChart* TrainingView::chart(const QString& key) const
{
    for (auto* c : m_charts)
        if (c->key() == key) return c;
    return nullptr;
}

// Display options
void TrainingView::setSmoothing(double weight) { m_smoothing->setValue(int(std::lround(weight * 100))); }

double TrainingView::smoothing() const { return m_smoothing->value() / 100.0; }

void TrainingView::setLogScale(bool on) { m_log->setChecked(on); }

} // namespace dddg
