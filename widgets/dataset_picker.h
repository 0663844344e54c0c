#pragma once
// Picks a real image from the dataset's test split: a page of thumbnails with their
// classes, paging and a direct index field. Thumbnails come from the engine.
#include "explorer_types.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QSpinBox;

namespace dddg {

class ExplorerEngine;

class DatasetPicker : public QDialog {
    Q_OBJECT
public:
    DatasetPicker(ExplorerEngine* engine, const DatasetInfo& info, int current, QWidget* parent = nullptr);
    int chosenIndex() const { return m_chosen; }

private:
    void showPage(int start);
    void onThumbnails(const ThumbnailPage& page);

    ExplorerEngine* m_engine;
    DatasetInfo m_info;
    int m_start = 0;
    int m_chosen = -1;
    QListWidget* m_list;
    QSpinBox* m_index;
    QLabel* m_pageLabel;
};

} // namespace dddg
