#include "training_run_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

#include <algorithm>

namespace dddg {
namespace {

QString defaultRunDir(const QString& dataset)
{
    QString root = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(root).filePath(QStringLiteral("runs/%1-%2").arg(QFileInfo(dataset).fileName(),
                                                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

} // namespace

TrainingRunForm::TrainingRunForm(QWidget* parent) : QGroupBox(tr("New run"), parent)
{
    auto* form = new QFormLayout(this);
    m_dataset = new QComboBox;
    m_dataset->addItems({QStringLiteral("fashion-mnist"), QStringLiteral("mnist"), QStringLiteral("emoji"), QStringLiteral("cifar10")});
    m_dataset->setEditable(true);
    m_dataset->setToolTip(tr("fashion-mnist, mnist, emoji, cifar10, or the path of an image folder "
                             "(class subfolders, or train/ and test/) or a CIFAR-10 binary folder"));
    auto* pickFolder = new QPushButton(tr("Folder…"));
    pickFolder->setToolTip(tr("Train on a folder of your own images"));
    auto* datasetRow = new QHBoxLayout;
    datasetRow->addWidget(m_dataset, 1);
    datasetRow->addWidget(pickFolder);
    m_size = new QComboBox;
    m_size->addItem(tr("the data's own"), 0);
    for (int side : {16, 32, 64, 128}) m_size->addItem(QStringLiteral("%1×%1").arg(side), side);
    m_size->setToolTip(tr("Side the images are brought to (shorter side, then a centre crop); t_max follows it: 6 at 32, "
                          "one more per doubling"));
    m_channels = new QComboBox;
    m_channels->addItem(tr("the data's own"), 0);
    m_channels->addItem(tr("grey"), 1);
    m_channels->addItem(tr("colour"), 3);
    m_flips = new QCheckBox(tr("random left–right flips (folders, CIFAR-10)"));
    m_flips->setChecked(true);
    auto spin = [](int lo, int hi, int value, int step = 1) {
        auto* s = new QSpinBox;
        s->setRange(lo, hi);
        s->setValue(value);
        s->setSingleStep(step);
        return s;
    };
    m_cycles = spin(1, 10000000, 2000, 100);
    m_batch = spin(1, 1024, 16);
    m_width = spin(4, 256, 16, 4);
    m_conditional = new QCheckBox(tr("class-conditional (CAGAN)"));
    m_conditional->setChecked(true);
    m_device = new QComboBox;
    m_device->addItems({QStringLiteral("cpu"), QStringLiteral("cuda")});
    m_seed = spin(0, 999999999, 1);
    m_processes = spin(1, 64, 1);
    m_processes->setToolTip(tr("Data-parallel training on this many processes (dddg train --nproc): the batch is shared "
                               "between them and must be divisible by it. Such runs cannot pause."));
    m_checkpointEvery = spin(0, 1000000, 100, 50);
    m_checkpointEvery->setToolTip(tr("Cycles between checkpoints (and film-strip frames); 0 = only at the end"));
    m_fidEvery = spin(0, 1000000, 200, 50);
    m_fidEvery->setToolTip(tr("Cycles between FID (LeNet) evaluations, run beside training on a snapshot; 0 = never"));
    m_outDir = new QLineEdit;
    m_outDir->setPlaceholderText(tr("new folder under the app's data"));
    auto* browse = new QPushButton(tr("…"));
    browse->setMaximumWidth(32);
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_outDir);
    dirRow->addWidget(browse);
    m_resume = new QCheckBox(tr("continue the run in this folder"));
    form->addRow(tr("Dataset"), datasetRow);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Channels"), m_channels);
    form->addRow(QString(), m_flips);
    form->addRow(tr("Cycles"), m_cycles);
    form->addRow(tr("Batch"), m_batch);
    form->addRow(tr("Width"), m_width);
    form->addRow(QString(), m_conditional);
    form->addRow(tr("Device"), m_device);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Processes"), m_processes);
    form->addRow(tr("Checkpoint every"), m_checkpointEvery);
    form->addRow(tr("FID every"), m_fidEvery);
    form->addRow(tr("Run folder"), dirRow);
    form->addRow(QString(), m_resume);
    form->addRow(buildButtons());
    connect(pickFolder, &QPushButton::clicked, this, [this] {
        QString dir = QFileDialog::getExistingDirectory(this, tr("Image folder to train on"), m_dataset->currentText());
        if (!dir.isEmpty()) m_dataset->setCurrentText(dir);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        QString dir = QFileDialog::getExistingDirectory(this, tr("Run folder"), m_outDir->text());
        if (!dir.isEmpty()) m_outDir->setText(dir);
    });
}

// Start, pause, stop and "open in explorer", under the form.
QLayout* TrainingRunForm::buildButtons()
{
    m_start = new QPushButton(tr("Start"));
    m_pause = new QPushButton(tr("Pause"));
    m_stop = new QPushButton(tr("Stop"));
    m_toExplorer = new QPushButton(tr("Open in explorer"));
    m_toExplorer->setToolTip(tr("Load the newest EMA weights of the selected run into the timeline and latent views (training goes on)"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_pause, 0, 1);
    buttons->addWidget(m_stop, 0, 2);
    buttons->addWidget(m_toExplorer, 1, 0, 1, 3);
    connect(m_start, &QPushButton::clicked, this, &TrainingRunForm::startClicked);
    connect(m_pause, &QPushButton::clicked, this, &TrainingRunForm::pauseClicked);
    connect(m_stop, &QPushButton::clicked, this, &TrainingRunForm::stopClicked);
    connect(m_toExplorer, &QPushButton::clicked, this, &TrainingRunForm::openInExplorerClicked);
    return buttons;
}

TrainingRequest TrainingRunForm::request() const
{
    TrainingRequest r;
    r.dataset = m_dataset->currentText();
    r.cycles = m_cycles->value();
    r.batch = m_batch->value();
    r.size = m_size->currentData().toInt();
    r.channels = m_channels->currentData().toInt();
    r.flips = m_flips->isChecked();
    r.width = m_width->value();
    r.conditional = m_conditional->isChecked();
    r.device = m_device->currentText();
    r.seed = quint64(m_seed->value());
    r.processes = m_processes->value();
    r.checkpointEvery = m_checkpointEvery->value();
    r.fidEvery = m_fidEvery->value();
    r.resume = m_resume->isChecked();
    r.outDir = m_outDir->text().trimmed().isEmpty() ? defaultRunDir(r.dataset) : m_outDir->text().trimmed();
    return r;
}

void TrainingRunForm::setRequest(const TrainingRequest& r)
{
    m_dataset->setCurrentText(r.dataset);
    m_cycles->setValue(int(r.cycles));
    m_batch->setValue(r.batch);
    m_size->setCurrentIndex(std::max(0, m_size->findData(r.size)));
    m_channels->setCurrentIndex(std::max(0, m_channels->findData(r.channels)));
    m_flips->setChecked(r.flips);
    m_width->setValue(r.width);
    m_conditional->setChecked(r.conditional);
    m_device->setCurrentText(r.device);
    m_seed->setValue(int(r.seed));
    m_processes->setValue(r.processes);
    m_checkpointEvery->setValue(int(r.checkpointEvery));
    m_fidEvery->setValue(int(r.fidEvery));
    m_outDir->setText(r.outDir);
    m_resume->setChecked(r.resume);
}

QJsonObject TrainingRunForm::settingsState() const
{
    const TrainingRequest r = request();
    return QJsonObject{{QStringLiteral("dataset"), r.dataset},
                       {QStringLiteral("cycles"), double(r.cycles)},
                       {QStringLiteral("batch"), r.batch},
                       {QStringLiteral("size"), r.size},
                       {QStringLiteral("channels"), r.channels},
                       {QStringLiteral("flips"), r.flips},
                       {QStringLiteral("width"), r.width},
                       {QStringLiteral("conditional"), r.conditional},
                       {QStringLiteral("device"), r.device},
                       {QStringLiteral("seed"), double(r.seed)},
                       {QStringLiteral("processes"), r.processes},
                       {QStringLiteral("checkpointEvery"), double(r.checkpointEvery)},
                       {QStringLiteral("fidEvery"), double(r.fidEvery)}};
}

void TrainingRunForm::restoreSettings(const QJsonObject& json)
{
    TrainingRequest r = request(); // what is not remembered keeps the form's value
    r.outDir = m_outDir->text();
    r.resume = m_resume->isChecked();
    r.dataset = json.value(QStringLiteral("dataset")).toString(r.dataset);
    r.cycles = qint64(json.value(QStringLiteral("cycles")).toDouble(double(r.cycles)));
    r.batch = json.value(QStringLiteral("batch")).toInt(r.batch);
    r.size = json.value(QStringLiteral("size")).toInt(r.size);
    r.channels = json.value(QStringLiteral("channels")).toInt(r.channels);
    r.flips = json.value(QStringLiteral("flips")).toBool(r.flips);
    r.width = json.value(QStringLiteral("width")).toInt(r.width);
    r.conditional = json.value(QStringLiteral("conditional")).toBool(r.conditional);
    r.device = json.value(QStringLiteral("device")).toString(r.device);
    r.seed = quint64(json.value(QStringLiteral("seed")).toDouble(double(r.seed)));
    r.processes = json.value(QStringLiteral("processes")).toInt(r.processes);
    r.checkpointEvery = qint64(json.value(QStringLiteral("checkpointEvery")).toDouble(double(r.checkpointEvery)));
    r.fidEvery = qint64(json.value(QStringLiteral("fidEvery")).toDouble(double(r.fidEvery)));
    setRequest(r);
}

void TrainingRunForm::setButtons(const ButtonStates& states)
{
    m_start->setEnabled(states.start);
    m_pause->setEnabled(states.pause);
    m_pause->setText(states.paused ? tr("Resume") : tr("Pause"));
    m_stop->setEnabled(states.stop);
    m_toExplorer->setEnabled(states.toExplorer);
}

} // namespace dddg
