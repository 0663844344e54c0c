#include "compare_controls.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dddg {

// DIP's default iteration budget (its NFE in the method list), the spin box's start.
constexpr int kDipDefaultIterations = 400;
constexpr int kInpaintLevels = 50; // the steps of Cold Diffusion's fading schedule (kInpaintSteps of the engine)

namespace {

/// A drawn mask as base64 PNG for the session ("" for none).
QString maskPng(const QImage& mask)
{
    if (mask.isNull()) return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    mask.save(&buffer, "PNG");
    return QString::fromLatin1(png.toBase64());
}
QString secondsText(double s)
{
    if (s < 1) return CompareControls::tr("%1 ms").arg(s * 1000, 0, 'f', 0);
    if (s < 120) return CompareControls::tr("%1 s").arg(s, 0, 'f', 1);
    return CompareControls::tr("%1 min").arg(s / 60, 0, 'f', 1);
}
} // namespace

CompareControls::CompareControls(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildInputGroup());
    layout->addWidget(buildDegradationGroup());
    layout->addWidget(buildMethodsGroup(), 1);
    layout->addWidget(buildRunGroup());
    readDegradation();
}

QGroupBox* CompareControls::buildInputGroup()
{
    auto* input = new QGroupBox(tr("Input"));
    auto* inputLayout = new QVBoxLayout(input);
    auto* indexRow = new QHBoxLayout;
    m_index = new QSpinBox;
    m_index->setRange(0, 0);
    m_index->setToolTip(tr("Index of the test image"));
    auto* pick = new QPushButton(tr("Pick…"));
    pick->setToolTip(tr("Pick a test image from thumbnails (Ctrl+D)"));
    indexRow->addWidget(new QLabel(tr("Test image")));
    indexRow->addWidget(m_index, 1);
    indexRow->addWidget(pick);
    inputLayout->addLayout(indexRow);
    auto* fileRow = new QHBoxLayout;
    auto* open = new QPushButton(tr("Open file…"));
    open->setToolTip(tr("A PNG, JPEG or BMP of any size, colour or grey (or drop one on the grid)"));
    auto* paste = new QPushButton(tr("Paste"));
    paste->setToolTip(tr("Use the image on the clipboard (Ctrl+Shift+V)"));
    fileRow->addWidget(open);
    fileRow->addWidget(paste);
    inputLayout->addLayout(fileRow);
    m_ownSize = new QCheckBox(tr("At its own size and colour"));
    m_ownSize->setChecked(true);
    m_ownSize->setToolTip(tr("A file or pasted picture as it is (filters whole, networks in blended tiles, DIP at its working scale, "
                             "DDDG on a letterboxed copy); unticked, it is brought to the models' frame"));
    inputLayout->addWidget(m_ownSize);
    connect(m_ownSize, &QCheckBox::toggled, this, [this](bool on) {
        m_setup.ownSize = on;
        if (m_setup.source != QLatin1String("dataset")) emit setupChanged();
    });
    m_source = new QLabel;
    m_source->setWordWrap(true);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    inputLayout->addWidget(m_source);
    inputLayout->addWidget(m_note);
    connect(m_index, &QSpinBox::valueChanged, this, [this](int i) {
        m_setup.source = QStringLiteral("dataset");
        m_setup.index = i;
        emit setupChanged();
    });
    connect(pick, &QPushButton::clicked, this, &CompareControls::pickRequested);
    connect(open, &QPushButton::clicked, this, &CompareControls::openFileRequested);
    connect(paste, &QPushButton::clicked, this, &CompareControls::pasteRequested);
    return input;
}

QGroupBox* CompareControls::buildDegradationGroup()
{
    auto* damage = new QGroupBox(tr("Degradation"));
    auto* form = new QFormLayout(damage);
    m_kind = new QComboBox;
    m_kind->addItem(tr("Gaussian noise"), QStringLiteral("noise"));
    m_kind->addItem(tr("Blur (reduce_info)"), QStringLiteral("blur"));
    m_kind->addItem(tr("Pool (reduce_info)"), QStringLiteral("pool"));
    m_kind->addItem(tr("Super-resolution"), QStringLiteral("sr"));
    m_kind->addItem(tr("Inpainting (fading hole or drawn mask)"), QStringLiteral("inpaint"));
    m_sigma = new QDoubleSpinBox;
    m_sigma->setRange(1, 200);
    m_sigma->setValue(25);
    m_sigma->setToolTip(tr("Noise std on the 0–255 scale"));
    m_level = new QSpinBox;
    m_level->setRange(1, 5);
    m_level->setValue(3);
    m_level->setToolTip(tr("Level t of reduce_info, 1 ≤ t < t_max = %1").arg(6)); // until the models say (setOperatorTMax)
    m_factor = new QComboBox;
    for (int f : {2, 4, 8}) m_factor->addItem(QStringLiteral("×%1").arg(f), f);
    m_factor->setCurrentIndex(1);
    m_factor->setToolTip(tr("Super-resolution factor: area down, nearest up"));
    m_sigmaY = new QDoubleSpinBox;
    m_sigmaY->setRange(0, 255);
    m_sigmaY->setDecimals(2);
    m_sigmaY->setToolTip(tr("Measurement noise σ_y on the 0–255 scale, added after the operator"));
    m_quantize = new QCheckBox(tr("8-bit"));
    m_quantize->setToolTip(tr("Round the measurement to 8 bits, as a saved file would be"));
    auto* measurement = new QHBoxLayout;
    measurement->addWidget(m_sigmaY, 1);
    measurement->addWidget(m_quantize);
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1000000);
    m_seed->setToolTip(tr("Seed of the noise and of the methods' own randomness"));
    m_floor = new QLabel;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("σ"), m_sigma);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Factor"), m_factor);
    form->addRow(tr("σ_y"), measurement);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Degraded"), m_floor);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { readDegradation(); });
    connect(m_sigma, &QDoubleSpinBox::valueChanged, this, [this] { readDegradation(); });
    connect(m_level, &QSpinBox::valueChanged, this, [this] { readDegradation(); });
    connect(m_factor, &QComboBox::currentIndexChanged, this, [this] { readDegradation(); });
    connect(m_sigmaY, &QDoubleSpinBox::valueChanged, this, [this] { readDegradation(); });
    connect(m_quantize, &QCheckBox::toggled, this, [this] { readDegradation(); });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] { readDegradation(); });
    return damage;
}

QGroupBox* CompareControls::buildMethodsGroup()
{
    auto* methods = new QGroupBox(tr("Methods"));
    auto* methodsLayout = new QVBoxLayout(methods);
    m_list = new QListWidget;
    m_list->setMinimumHeight(220);
    methodsLayout->addWidget(m_list, 1);
    auto* tickRow = new QHBoxLayout;
    auto* all = new QPushButton(tr("All"));
    auto* none = new QPushButton(tr("None"));
    tickRow->addWidget(all);
    tickRow->addWidget(none);
    methodsLayout->addLayout(tickRow);
    m_estimate = new QLabel;
    methodsLayout->addWidget(m_estimate);
    connect(m_list, &QListWidget::itemChanged, this, &CompareControls::updateEstimate);
    auto tickAll = [this](bool on) {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->flags() & Qt::ItemIsEnabled) m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    connect(all, &QPushButton::clicked, this, [tickAll] { tickAll(true); });
    connect(none, &QPushButton::clicked, this, [tickAll] { tickAll(false); });
    return methods;
}

QGroupBox* CompareControls::buildRunGroup()
{
    auto* run = new QGroupBox(tr("Run"));
    auto* runForm = new QFormLayout(run);
    auto* batchRow = new QHBoxLayout;
    m_useBatch = new QCheckBox(tr("Batch of"));
    m_useBatch->setToolTip(tr("Run on the first N test images and show the mean table (as dddg compare --n N)"));
    m_batch = new QSpinBox;
    m_batch->setRange(1, 10000);
    m_batch->setValue(20);
    m_batch->setEnabled(false);
    batchRow->addWidget(m_useBatch);
    batchRow->addWidget(m_batch, 1);
    runForm->addRow(batchRow);
    m_dip = new QSpinBox;
    m_dip->setRange(10, 20000);
    m_dip->setValue(kDipDefaultIterations);
    m_dip->setSingleStep(50);
    m_dip->setToolTip(tr("Deep Image Prior's iteration budget (its early stop)"));
    runForm->addRow(tr("DIP iterations"), m_dip);
    auto* buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"));
    m_run->setToolTip(tr("Run the ticked methods (Ctrl+R)"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop every method (Esc)"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    runForm->addRow(buttons);
    m_progressLayout = new QVBoxLayout;
    runForm->addRow(m_progressLayout);
    connect(m_useBatch, &QCheckBox::toggled, m_batch, &QSpinBox::setEnabled);
    connect(m_useBatch, &QCheckBox::toggled, this, &CompareControls::updateEstimate);
    connect(m_batch, &QSpinBox::valueChanged, this, &CompareControls::updateEstimate);
    connect(m_run, &QPushButton::clicked, this, &CompareControls::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &CompareControls::cancelRequested);
    return run;
}

void CompareControls::readDegradation()
{
    m_setup.degradation = m_kind->currentData().toString();
    const bool noise = m_setup.degradation == QLatin1String("noise"), sr = m_setup.degradation == QLatin1String("sr");
    updateLevelRange();
    m_sigma->setEnabled(noise);
    const bool drawn = m_setup.degradation == QLatin1String("inpaint") && !m_setup.mask.isNull(); // replaces the fading step
    m_level->setEnabled(!noise && !sr && !drawn);
    m_factor->setEnabled(sr);
    m_sigmaY->setEnabled(!noise);
    m_quantize->setEnabled(!noise);
    m_setup.sigma = m_sigma->value();
    m_setup.level = m_level->value();
    m_setup.factor = m_factor->currentData().toInt();
    m_setup.sigmaY = m_sigmaY->value();
    m_setup.quantize = m_quantize->isChecked();
    m_setup.seed = quint64(m_seed->value());
    emit setupChanged();
}

void CompareControls::setDataset(const QString& name, int size)
{
    m_setup.dataset = name;
    QSignalBlocker block(m_index);
    m_index->setRange(0, std::max(0, size - 1));
}

void CompareControls::setMask(const QImage& mask)
{
    m_setup.mask = mask;
    const int inpaint = m_kind->findData(QStringLiteral("inpaint"));
    if (!mask.isNull() && m_kind->currentIndex() != inpaint) m_kind->setCurrentIndex(inpaint); // reads the controls again
    else readDegradation();
}

void CompareControls::setOperatorTMax(int tMax)
{
    m_operatorTMax = tMax;
    updateLevelRange();
}

void CompareControls::updateLevelRange()
{
    const QSignalBlocker block(m_level);
    const bool inpaint = m_kind->currentData().toString() == QLatin1String("inpaint");
    const bool entering = inpaint && !m_inpaintRange; // a new inpainting starts at the schedule's full hole
    m_inpaintRange = inpaint;
    if (inpaint) {
        m_level->setRange(1, kInpaintLevels);
        if (entering) m_level->setValue(kInpaintLevels);
        m_level->setToolTip(tr("Step of Cold Diffusion's fading schedule, 1 … %1: the hole grows with it").arg(kInpaintLevels));
    } else {
        m_level->setRange(1, std::max(1, m_operatorTMax - 1));
        m_level->setToolTip(tr("Level t of reduce_info, 1 ≤ t < t_max = %1").arg(m_operatorTMax));
    }
    m_setup.level = m_level->value();
}

void CompareControls::setDatasetIndex(int index)
{
    m_setup.source = QStringLiteral("dataset");
    m_setup.index = index;
    {
        QSignalBlocker block(m_index);
        m_index->setValue(index);
    }
    emit setupChanged();
}

void CompareControls::setFile(const QString& path)
{
    m_setup.source = QStringLiteral("file");
    m_setup.path = path;
    m_setup.mask = QImage(); // a drawn mask belongs to the picture it was drawn on
    emit setupChanged();
}

void CompareControls::setOwnSize(bool ownSize) { m_ownSize->setChecked(ownSize); }

void CompareControls::setPastedImage(const QImage& image, const QString& name)
{
    m_setup.source = QStringLiteral("image");
    m_setup.image = image;
    m_setup.imageName = name;
    m_setup.mask = QImage();
    emit setupChanged();
}

void CompareControls::setInput(const CompareInput& input)
{
    m_source->setText(input.source);
    m_note->setText(input.note);
    m_note->setVisible(!input.note.isEmpty());
    m_floor->setText(tr("PSNR %1 dB · SSIM %2").arg(input.psnr, 0, 'f', 2).arg(input.ssim, 0, 'f', 3));
}

void CompareControls::setMethods(const QVector<CompareMethod>& methods)
{
    QStringList ticked = m_wanted.isEmpty() ? checkedMethods() : m_wanted;
    const bool first = m_methods.isEmpty() && m_wanted.isEmpty();
    m_wanted.clear();
    m_methods = methods;
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& m : methods) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, m.name);
        if (m.available) {
            item->setText(tr("%1 · %2 NFE · %3%4").arg(m.name).arg(m.nfe).arg(m.measured ? QString() : tr("~"), secondsText(m.estimateSeconds)));
            item->setToolTip(m.summary + QLatin1Char('\n') +
                             (m.measured ? tr("%1 per image, measured in this session") : tr("about %1 per image (estimated from the NFE)"))
                                 .arg(secondsText(m.estimateSeconds)));
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            // The first list ticks every method that applies; later lists keep the user's ticks.
            item->setCheckState(first || ticked.contains(m.name) ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setText(tr("%1 · unavailable").arg(m.name));
            item->setToolTip(m.summary + QStringLiteral("\n") + m.reason);
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    updateEstimate();
}

QStringList CompareControls::checkedMethods() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked) names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void CompareControls::setCheckedMethods(const QStringList& names)
{
    if (m_list->count() == 0) {
        m_wanted = names;
        return;
    }
    for (int i = 0; i < m_list->count(); ++i) {
        auto* item = m_list->item(i);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

int CompareControls::batch() const { return m_useBatch->isChecked() ? m_batch->value() : 0; }

void CompareControls::setBatch(int n)
{
    m_useBatch->setChecked(n > 0);
    if (n > 0) m_batch->setValue(n);
}

int CompareControls::dipIterations() const { return m_dip->value(); }

void CompareControls::updateEstimate()
{
    double total = 0;
    const int images = std::max(1, batch());
    const QStringList ticked = checkedMethods();
    for (const auto& m : m_methods)
        if (ticked.contains(m.name)) {
            // DIP's NFE is its iteration budget (400 unless changed here); the rest have fixed NFE.
            const double budget = m.family == QLatin1String("prior") && m.nfe > 0 ? double(m.nfe - kDipDefaultIterations + m_dip->value()) / m.nfe : 1.0;
            total += m.firstUseSeconds + m.estimateSeconds * budget * images;
        }
    m_estimate->setText(tr("%n method(s) ticked · about %1", nullptr, int(ticked.size())).arg(secondsText(total)));
}

void CompareControls::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_list->setEnabled(!running);
}

void CompareControls::startProgress(const QStringList& methods)
{
    for (auto* bar : std::as_const(m_bars)) delete bar;
    m_bars.clear();
    for (const auto& name : methods) {
        auto* bar = new QProgressBar;
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(tr("%1: waiting").arg(name));
        bar->setTextVisible(true);
        bar->setMaximumHeight(16);
        m_progressLayout->addWidget(bar);
        m_bars.insert(name, bar);
    }
}

void CompareControls::setProgress(const QString& method, double fraction)
{
    if (auto* bar = m_bars.value(method)) {
        bar->setValue(int(fraction * 1000));
        bar->setFormat(tr("%1: %2%").arg(method).arg(int(fraction * 100)));
    }
}

void CompareControls::finishProgress(const QString& method, const QString& status)
{
    if (auto* bar = m_bars.value(method)) {
        bar->setValue(1000);
        bar->setFormat(tr("%1: %2").arg(method, status));
    }
}

QJsonObject CompareControls::toJson() const
{
    return QJsonObject{{"degradation", m_setup.degradation}, {"sigma", m_setup.sigma},
                       {"level", m_setup.level},             {"seed", double(m_setup.seed)},
                       {"factor", m_setup.factor},           {"sigma_y", m_setup.sigmaY},
                       {"quantize", m_setup.quantize},       {"mask_png", maskPng(m_setup.mask)},
                       {"batch", batch()},                    {"dip_iterations", dipIterations()},
                       {"own_size", m_setup.ownSize},
                       {"methods", QJsonArray::fromStringList(checkedMethods())}};
}

void CompareControls::fromJson(const QJsonObject& json)
{
    {
        const QSignalBlocker b1(m_kind), b2(m_sigma), b3(m_level), b4(m_seed), b5(m_factor), b6(m_sigmaY), b7(m_quantize);
        const int kind = m_kind->findData(json.value("degradation").toString(QStringLiteral("noise")));
        m_kind->setCurrentIndex(std::max(0, kind));
        updateLevelRange();
        m_factor->setCurrentIndex(std::max(0, m_factor->findData(json.value("factor").toInt(4))));
        m_sigmaY->setValue(json.value("sigma_y").toDouble(0));
        m_quantize->setChecked(json.value("quantize").toBool(false));
        m_setup.mask = QImage::fromData(QByteArray::fromBase64(json.value("mask_png").toString().toLatin1()), "PNG");
        m_sigma->setValue(json.value("sigma").toDouble(25));
        m_level->setValue(json.value("level").toInt(3));
        m_seed->setValue(json.value("seed").toInt(0));
    }
    setBatch(json.value("batch").toInt(0));
    {
        const QSignalBlocker block(m_ownSize);
        m_ownSize->setChecked(json.value("own_size").toBool(true));
        m_setup.ownSize = m_ownSize->isChecked();
    }
    m_dip->setValue(json.value("dip_iterations").toInt(400));
    if (json.contains("methods")) {
        QStringList names;
        for (const auto& v : json.value("methods").toArray()) names << v.toString();
        setCheckedMethods(names);
    }
    readDegradation();
}

} // namespace dddg
