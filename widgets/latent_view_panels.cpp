// LatentView's panels on the left: the real image, inversion (steps, progress, cancel), the
// slots A and B, and the interpolation between them.
#include "latent_view.h"

#include "explorer_engine.h"
#include "image_tile.h"
#include "imgui_canvas.h"
#include "latent_document.h"
#include "latent_inspector_widget.h"
#include "metric_strip.h"
#include "trajectory_grid_view.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <random>

namespace dddg {

// [SECTION] Panels
QWidget* LatentView::buildImagePanel()
{
    auto* box = new QGroupBox(tr("Real image"));
    auto* layout = new QVBoxLayout(box);
    m_target = new ImageTile;
    m_target->setPlaceholder(tr("Drop an image here, or pick one from the dataset"));
    m_target->setAcceptsDrops(true);
    m_target->setMinimumSide(140);
    auto* row = new QHBoxLayout;
    auto* pick = new QPushButton(tr("Pick from dataset…"));
    auto* open = new QPushButton(tr("Open image…"));
    row->addWidget(pick);
    row->addWidget(open);
    layout->addWidget(m_target);
    layout->addLayout(row);
    connect(pick, &QPushButton::clicked, this, &LatentView::pickReferenceRequested);
    connect(open, &QPushButton::clicked, this, &LatentView::openReferenceRequested);
    connect(m_target, &ImageTile::fileDropped, this, &LatentView::referenceFileDropped);
    return box;
}

QWidget* LatentView::buildInversionPanel()
{
    auto* box = new QGroupBox(tr("Inversion"));
    auto* layout = new QGridLayout(box);
    auto* encoder = new QRadioButton(tr("Encoder (Algorithm 3)"));
    auto* refine = new QRadioButton(tr("Encoder + step-wise refinement"));
    encoder->setToolTip(tr("z_t = D_enc(reduce_info(x, t+1), t+1) for every t: one pass"));
    refine->setToolTip(tr("Then optimise each z_t in turn so that x'_{t+1} matches reduce_info(x, t+1)"));
    refine->setChecked(true);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(encoder, 0);
    m_modeGroup->addButton(refine, 1);
    m_refineSteps = new QSpinBox;
    m_refineSteps->setRange(1, 5000);
    m_refineSteps->setValue(50);
    m_refineSteps->setSuffix(tr(" steps per t"));
    m_invert = new QPushButton(tr("Invert"));
    m_invert->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_progress->setFormat(tr("refining %v / %m"));
    m_inversionResult = new QLabel;
    m_inversionResult->setWordWrap(true);
    m_inversionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(encoder, 0, 0, 1, 2);
    layout->addWidget(refine, 1, 0, 1, 2);
    layout->addWidget(m_refineSteps, 2, 0, 1, 2);
    layout->addWidget(m_invert, 3, 0);
    layout->addWidget(m_cancel, 3, 1);
    layout->addWidget(m_progress, 4, 0, 1, 2);
    layout->addWidget(m_inversionResult, 5, 0, 1, 2);
    connect(refine, &QRadioButton::toggled, m_refineSteps, &QSpinBox::setEnabled);
    connect(m_invert, &QPushButton::clicked, this,
            [this] { invert(m_modeGroup->checkedId() == 1 ? m_refineSteps->value() : 0); });
    connect(m_cancel, &QPushButton::clicked, this, &LatentView::cancelInversion);
    return box;
}

QWidget* LatentView::buildSlotsPanel()
{
    auto* box = new QGroupBox(tr("Code and slots"));
    auto* layout = new QGridLayout(box);
    m_class = new QComboBox;
    m_class->setToolTip(tr("Class of the code (class-conditional models)"));
    auto* random = new QPushButton(tr("Random code"));
    auto* timeline = new QPushButton(tr("Show in timeline"));
    auto* undo = new QToolButton;
    undo->setDefaultAction(m_doc->undoStack()->createUndoAction(this, tr("Undo")));
    auto* redo = new QToolButton;
    redo->setDefaultAction(m_doc->undoStack()->createRedoAction(this, tr("Redo")));
    layout->addWidget(new QLabel(tr("Class")), 0, 0);
    layout->addWidget(m_class, 0, 1, 1, 3);
    layout->addWidget(random, 1, 0, 1, 2);
    layout->addWidget(timeline, 1, 2, 1, 2);
    layout->addWidget(undo, 2, 0, 1, 2);
    layout->addWidget(redo, 2, 2, 1, 2);
    const QString names[2] = {tr("A"), tr("B")};
    for (int i = 0; i < 2; ++i) {
        m_slotTiles[i] = new ImageTile(tr("slot %1").arg(names[i]));
        m_slotTiles[i]->setPlaceholder(tr("empty"));
        m_slotTiles[i]->setMinimumSide(80);
        auto* pin = new QPushButton(tr("Pin → %1").arg(names[i]));
        pin->setToolTip(tr("Store the current code in slot %1").arg(names[i]));
        auto* use = new QPushButton(tr("Edit %1").arg(names[i]));
        use->setToolTip(tr("Make slot %1's code the current code").arg(names[i]));
        layout->addWidget(m_slotTiles[i], 3, 2 * i, 1, 2);
        layout->addWidget(pin, 4, 2 * i);
        layout->addWidget(use, 4, 2 * i + 1);
        auto slot = LatentDocument::Slot(i);
        connect(pin, &QPushButton::clicked, this, [this, i] { this->pin(i); });
        connect(use, &QPushButton::clicked, this, [this, slot] {
            if (m_doc->slot(slot).isValid()) m_doc->replace(m_doc->slot(slot), tr("Edit slot"));
        });
    }
    connect(random, &QPushButton::clicked, this, &LatentView::randomCode);
    connect(timeline, &QPushButton::clicked, this, [this] {
        if (m_doc->code().isValid()) emit showInTimeline({m_doc->code()});
    });
    connect(m_class, qOverload<int>(&QComboBox::activated), this, [this] {
        LatentCode code = m_doc->code();
        if (!code.isValid()) return;
        code.label = m_class->currentData().toInt();
        m_doc->edit(code, tr("Change class"));
    });
    return box;
}

QWidget* LatentView::buildInterpolationPanel()
{
    auto* box = new QGroupBox(tr("Interpolate A → B"));
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_alpha = new QSlider(Qt::Horizontal);
    m_alpha->setRange(0, 100);
    m_alphaLabel = new QLabel(QStringLiteral("α = 0.00"));
    m_interpMode = new QComboBox;
    m_interpMode->addItem(tr("linear"), int(InterpolationMode::Linear));
    m_interpMode->addItem(tr("spherical"), int(InterpolationMode::Spherical));
    row->addWidget(m_alpha, 1);
    row->addWidget(m_alphaLabel);
    layout->addLayout(row);
    layout->addWidget(m_interpMode);
    auto* hint = new QLabel(tr("Ticked steps move towards B; unticked ones keep A's z_t (per-step mixing)."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_stepBoxRow = new QWidget;
    new QHBoxLayout(m_stepBoxRow);
    m_stepBoxRow->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stepBoxRow);
    connect(m_alpha, &QSlider::valueChanged, this, [this] { applyInterpolation(); });
    connect(m_alpha, &QSlider::sliderReleased, m_doc, &LatentDocument::closeMerge);
    connect(m_interpMode, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_mode = InterpolationMode(m_interpMode->currentData().toInt());
        applyInterpolation();
    });
    return box;
}

} // namespace dddg
