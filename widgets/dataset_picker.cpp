#include "dataset_picker.h"

#include "explorer_engine.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dddg {
namespace {
constexpr int kPage = 60;
}

DatasetPicker::DatasetPicker(ExplorerEngine* engine, const DatasetInfo& info, int current, QWidget* parent)
    : QDialog(parent), m_engine(engine), m_info(info), m_list(new QListWidget), m_index(new QSpinBox), m_pageLabel(new QLabel)
{
    setWindowTitle(tr("Pick an image from %1 (test split)").arg(info.name));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(64, 64));
    m_list->setGridSize(QSize(96, 96));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setMinimumSize(620, 420);
    m_index->setRange(0, std::max(0, info.size - 1));
    m_index->setValue(std::max(0, current));
    auto* prev = new QPushButton(tr("◀ Previous"));
    auto* next = new QPushButton(tr("Next ▶"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* nav = new QHBoxLayout;
    nav->addWidget(prev);
    nav->addWidget(next);
    nav->addWidget(m_pageLabel, 1);
    nav->addWidget(new QLabel(tr("Index")));
    nav->addWidget(m_index);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(prev, &QPushButton::clicked, this, [this] { showPage(std::max(0, m_start - kPage)); });
    connect(next, &QPushButton::clicked, this, [this] { if (m_start + kPage < m_info.size) showPage(m_start + kPage); });
    connect(m_index, &QSpinBox::editingFinished, this, [this] { showPage(m_index->value() / kPage * kPage); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { if (row >= 0) m_index->setValue(m_start + row); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { accept(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { m_chosen = m_index->value(); });
    connect(m_engine, &ExplorerEngine::thumbnailsReady, this, &DatasetPicker::onThumbnails);
    showPage(std::max(0, current) / kPage * kPage);
}

void DatasetPicker::showPage(int start)
{
    m_start = start;
    m_pageLabel->setText(tr("images %1–%2 of %3").arg(start).arg(std::min(m_info.size, start + kPage) - 1).arg(m_info.size));
    m_engine->requestThumbnails(start, kPage);
}

void DatasetPicker::onThumbnails(const ThumbnailPage& page)
{
    if (page.start != m_start) return;
    QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < page.images.size(); ++i) {
        QString label = QString::number(page.start + i);
        int cls = page.labels.value(i, -1);
        if (cls >= 0) label += QLatin1Char(' ') + m_info.classNames.value(cls, QString::number(cls));
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(page.images[i].scaled(64, 64))), label);
        item->setToolTip(label);
        m_list->addItem(item);
    }
    int row = m_index->value() - page.start;
    if (row >= 0 && row < m_list->count()) m_list->setCurrentRow(row);
}

} // namespace dddg
