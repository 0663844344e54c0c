// TimelineView's layout: the controls row (seed, samples, class, real image, branch), the
// transport (play, step slider, timings), the grid and the focus panel of the cursor's step.
#include "timeline_view.h"

#include "explorer_engine.h"
#include "image_tile.h"
#include "metric_strip.h"
#include "trajectory_grid_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace dddg {

// [SECTION] Layout
void TimelineView::buildUi()
{
    m_grid = new TrajectoryGridView;
    m_scroll = makeZoomableScrollArea(m_grid);

    auto* right = new QWidget;
    right->setMaximumWidth(620);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildFocusPanel(), 3);
    m_metrics = new MetricStrip;
    m_metrics->setPlaceholder(tr("Choose a real image to see PSNR/SSIM of every step against reduce_info(x, t)."));
    rightLayout->addWidget(m_metrics, 1);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setCollapsible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(split, 1);
    layout->addWidget(buildTransport());
    setFocusProxy(m_grid);
    m_grid->installEventFilter(this);

    connect(m_grid, &TrajectoryGridView::cursorClicked, this, &TimelineView::setCursor);
    connect(m_grid, &TrajectoryGridView::sampleClicked, this, [this](int sample) {
        m_selected = sample;
        m_grid->setSelectedSample(sample);
        updateFocus();
        updateMetrics();
    });
    connect(m_metrics, &MetricStrip::stepClicked, this, &TimelineView::setCursor);
}

QWidget* TimelineView::buildControls()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_seed = new QSpinBox;
    m_seed->setRange(0, 999999999);
    m_seed->setToolTip(tr("Seed of the latents z_t (and of the classes when they are random)"));
    auto* dice = new QPushButton(tr("New seed"));
    dice->setToolTip(tr("Draw a new random seed (N)"));
    m_batch = new QSpinBox;
    m_batch->setRange(1, 16);
    m_batch->setValue(4);
    m_batch->setToolTip(tr("Number of samples in the batch"));
    m_class = new QComboBox;
    m_class->setToolTip(tr("Class of a class-conditional model"));
    m_class->setMinimumContentsLength(12);
    m_invertRow = new QCheckBox(tr("#1 = inversion"));
    m_invertRow->setChecked(true);
    m_invertRow->setToolTip(tr("Sample #1 uses the encoder's latents of the real image (Algorithm 3): its PSNR/SSIM strip shows how each step matches"));
    m_referenceLabel = new QLabel(tr("no real image"));
    m_referenceLabel->setMinimumWidth(140);
    auto* pick = new QPushButton(tr("Pick from dataset…"));
    auto* open = new QPushButton(tr("Open image…"));
    m_branch = new QPushButton(tr("Branch at t"));
    m_branch->setToolTip(tr("Keep the trajectory up to the cursor and draw new latents from there on (B)"));
    auto* toLatents = new QPushButton(tr("Edit latents"));
    toLatents->setToolTip(tr("Open the selected sample's latent code in the Latents view"));

    row->addWidget(new QLabel(tr("Seed")));
    row->addWidget(m_seed);
    row->addWidget(dice);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Samples")));
    row->addWidget(m_batch);
    row->addWidget(new QLabel(tr("Class")));
    row->addWidget(m_class);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Real image:")));
    row->addWidget(m_referenceLabel);
    row->addWidget(pick);
    row->addWidget(open);
    row->addWidget(m_invertRow);
    row->addStretch(1);
    row->addWidget(m_branch);
    row->addWidget(toLatents);

    connect(m_seed, qOverload<int>(&QSpinBox::valueChanged), this, [this] { resample(); });
    connect(m_batch, qOverload<int>(&QSpinBox::valueChanged), this, [this] { resample(); });
    connect(m_class, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { resample(); });
    connect(m_invertRow, &QCheckBox::toggled, this, [this] { resample(); });
    connect(dice, &QPushButton::clicked, this, &TimelineView::newSeed);
    connect(pick, &QPushButton::clicked, this, &TimelineView::pickReferenceRequested);
    connect(open, &QPushButton::clicked, this, &TimelineView::openReferenceRequested);
    connect(m_branch, &QPushButton::clicked, this,
            [this] { branchAt(m_cursor, QRandomGenerator::global()->bounded(1000000000u)); });
    connect(toLatents, &QPushButton::clicked, this, [this] {
        if (m_selected < m_frames.codes.size()) emit sendToLatents(m_frames.codes[m_selected]);
    });
    return box;
}

QWidget* TimelineView::buildTransport()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [this, row](QStyle::StandardPixmap icon, const QString& tip, auto slot) {
        auto* b = new QToolButton;
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(QStyle::SP_MediaSkipBackward, tr("First step, t = 0 (Home)"), [this] { setCursor(0); });
    button(QStyle::SP_MediaSeekBackward, tr("Previous step (←)"), [this] { stepBy(-1); });
    m_play = button(QStyle::SP_MediaPlay, tr("Play / pause (Space)"), [this] { togglePlay(); });
    button(QStyle::SP_MediaSeekForward, tr("Next step (→)"), [this] { stepBy(1); });
    button(QStyle::SP_MediaSkipForward, tr("Last step, t = t_max (End)"), [this] { setCursor(columnCount() - 1); });
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setRange(0, 0);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setFocusPolicy(Qt::NoFocus); // arrow keys belong to the timeline
    row->addWidget(m_slider, 1);
    m_stepLabel = new QLabel;
    m_stepLabel->setMinimumWidth(170);
    row->addWidget(m_stepLabel);
    m_timing = new QLabel;
    m_timing->setMinimumWidth(150);
    row->addWidget(m_timing);
    connect(m_slider, &QSlider::valueChanged, this, &TimelineView::setCursor);
    m_playTimer = new QTimer(this);
    m_playTimer->setInterval(450);
    connect(m_playTimer, &QTimer::timeout, this, [this] { setCursor((m_cursor + 1) % std::max(1, columnCount())); });
    return box;
}

QWidget* TimelineView::buildFocusPanel()
{
    auto* panel = new QWidget;
    auto* grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    m_focusTarget = new ImageTile(tr("real: reduce_info(x, t)"));
    m_focusTarget->setPlaceholder(tr("no real image"));
    m_focusState = new ImageTile(tr("model state x'_t"));
    m_focusNorm = new ImageTile(tr("normalised x_norm_t"));
    m_focusNorm->setPlaceholder(tr("x_norm starts at t = 1"));
    m_focusDiff = new ImageTile(tr("|x'_t − reduce_info(x, t)|"));
    m_focusDiff->setPlaceholder(tr("needs a real image"));
    for (auto* tile : {m_focusTarget, m_focusState, m_focusNorm, m_focusDiff}) tile->setMinimumSide(110);
    grid->addWidget(m_focusTarget, 0, 0);
    grid->addWidget(m_focusState, 0, 1);
    grid->addWidget(m_focusNorm, 1, 0);
    grid->addWidget(m_focusDiff, 1, 1);
    return panel;
}

} // namespace dddg
