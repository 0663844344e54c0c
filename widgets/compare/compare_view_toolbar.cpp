// The Compare view's toolbar: display modes (fit, 1:1, wipe, channel, difference, flicker), the step
// slider that scrubs intermediate states, and the view's keyboard shortcuts.
#include "compare_canvas.h"
#include "compare_view.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTimer>
#include <QToolButton>

namespace dddg {

QWidget* CompareView::buildToolbar()
{
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    addDisplayButtons(row);
    addMaskActions(row);
    row->addSpacing(12);
    addStepSlider(row);
    addKeyActions();
    auto* latents = new QToolButton;
    latents->setText(tr("DDDG ▸ Latents"));
    latents->setToolTip(tr("Invert this input with DDDG in the latent view (or double-click a DDDG tile)"));
    connect(latents, &QToolButton::clicked, this, [this] {
        if (m_input.isValid()) emit openInLatents(m_input.degraded, m_input.source);
    });
    row->addWidget(latents);
    return bar;
}

QAction* CompareView::addToolButton(QHBoxLayout* row, const QString& text, const QString& key, const QString& tip, bool checkable)
{
    auto* action = new QAction(text, this);
    action->setShortcut(QKeySequence(key));
    action->setToolTip(tip);
    action->setCheckable(checkable);
    action->setShortcutContext(Qt::WindowShortcut); // as addKeyActions' shortcuts
    addAction(action);
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    row->addWidget(button);
    return action;
}

void CompareView::addDisplayButtons(QHBoxLayout* row)
{
    auto* fit = addToolButton(row, tr("Fit"), tr("F"), tr("Fit the images to their tiles (F)"));
    connect(fit, &QAction::triggered, this, [this] {
        m_state.fit();
        refreshView();
    });
    auto* actual = addToolButton(row, tr("1:1"), tr("1"), tr("One screen pixel per image pixel (1)"));
    connect(actual, &QAction::triggered, this, [this] {
        m_state.actualSize();
        refreshView();
    });
    m_wipe = addToolButton(row, tr("Wipe"), tr("W"), tr("Compare two tiles with a divider you drag (W)"), true);
    connect(m_wipe, &QAction::toggled, this, [this](bool on) {
        m_state.wipe = on;
        refreshView();
    });
    addWipeChoices(row);
    addChannelChoice(row);
    m_difference = addToolButton(row, tr("Difference"), tr("D"), tr("|result − clean| in false colour, with its scale and mean (D)"), true);
    connect(m_difference, &QAction::toggled, this, [this](bool on) {
        m_state.difference = on;
        refreshView();
    });
    m_flicker = addToolButton(row, tr("Flicker"), tr("X"), tr("Alternate every tile with the clean reference twice a second (X)"), true);
    connect(m_flicker, &QAction::toggled, this, [this](bool on) {
        m_state.flicker = on;
        if (on) m_flickerTimer->start();
        else m_flickerTimer->stop(), m_canvas->setFlickerPhase(false);
        refreshView();
    });
}

void CompareView::addWipeChoices(QHBoxLayout* row)
{
    m_wipeA = new QComboBox;
    m_wipeB = new QComboBox;
    row->addWidget(m_wipeA);
    row->addWidget(m_wipeB);
    connect(m_wipeA, &QComboBox::activated, this, [this] {
        m_state.wipeA = m_wipeA->currentData().toString();
        refreshView();
    });
    connect(m_wipeB, &QComboBox::activated, this, [this] {
        m_state.wipeB = m_wipeB->currentData().toString();
        refreshView();
    });
    auto* swap = addToolButton(row, tr("Swap"), tr("S"), tr("Swap the wipe's two sides (S)"));
    connect(swap, &QAction::triggered, this, [this] {
        m_state.swapWipe();
        refreshView();
    });
}

void CompareView::addChannelChoice(QHBoxLayout* row)
{
    m_channel = new QComboBox;
    for (ViewChannel c : {ViewChannel::All, ViewChannel::Red, ViewChannel::Green, ViewChannel::Blue, ViewChannel::Luma})
        m_channel->addItem(c == ViewChannel::Luma ? tr("luma") : channelName(c));
    m_channel->setToolTip(tr("Show every tile in colour, one channel as grey, or luma (C cycles)"));
    row->addWidget(m_channel);
    connect(m_channel, &QComboBox::activated, this, [this](int index) {
        m_state.channel = ViewChannel(index);
        refreshView();
    });
    auto* cycle = new QAction(this);
    cycle->setShortcut(QKeySequence(tr("C")));
    cycle->setShortcutContext(Qt::WindowShortcut);
    connect(cycle, &QAction::triggered, this, [this] {
        m_state.channel = ViewChannel((int(m_state.channel) + 1) % 5);
        refreshView();
    });
    addAction(cycle);
}

void CompareView::addStepSlider(QHBoxLayout* row)
{
    row->addWidget(new QLabel(tr("Step")));
    m_step = new QSlider(Qt::Horizontal);
    m_step->setRange(0, 100);
    m_step->setValue(100);
    m_step->setToolTip(tr("Scrub the intermediate states of iterative methods ([ and ])"));
    m_step->setMinimumWidth(160);
    row->addWidget(m_step, 1);
    m_stepLabel = new QLabel(tr("result"));
    m_stepLabel->setMinimumWidth(60);
    row->addWidget(m_stepLabel);
    connect(m_step, &QSlider::valueChanged, this, [this](int v) {
        m_state.step = v / 100.0;
        m_stepLabel->setText(v >= 100 ? tr("result") : tr("%1%").arg(v));
        m_canvas->update();
        m_histogramTimer->start();
    });
}

// Shortcuts without a button: step back and forward, run, cancel, paste. They belong to the
// window, so they work right after the tab is chosen (focus still on the tab bar); a hidden
// page's actions do not fire, so they never act while another view is shown.
void CompareView::addKeyActions()
{
    auto add = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QKeySequence(Qt::Key_BracketLeft), [this] { m_step->setValue(m_step->value() - 5); });
    add(QKeySequence(Qt::Key_BracketRight), [this] { m_step->setValue(m_step->value() + 5); });
    add(QKeySequence(tr("Ctrl+R")), [this] { run(); });
    add(QKeySequence(Qt::Key_Escape), [this] { cancel(); });
    add(QKeySequence(tr("Ctrl+Shift+V")), [this] { pasteFromClipboard(); });
}

} // namespace dddg
