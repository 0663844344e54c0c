#pragma once
// The "New run" form of the training monitor: the options of `dddg train` a run in this
// window takes (dataset, length, sizes, device, seed, processes, cadences, folder) and the
// start / pause / stop / open-in-explorer buttons, whose states the monitor sets.
#include "training_types.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dddg {

class TrainingRunForm : public QGroupBox {
    Q_OBJECT
public:
    struct ButtonStates {
        bool start = true, pause = false, paused = false, stop = false, toExplorer = false;
    };

    explicit TrainingRunForm(QWidget* parent = nullptr);
    /// The request the form describes (a new folder under the app's data if none is given).
    TrainingRequest request() const;
    void setRequest(const TrainingRequest& request);
    void setButtons(const ButtonStates& states);

signals:
    void startClicked();
    void pauseClicked();
    void stopClicked();
    void openInExplorerClicked();

private:
    QLayout* buildButtons();
    QComboBox* m_dataset = nullptr;
    QSpinBox* m_cycles = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_width = nullptr;
    QCheckBox* m_conditional = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_processes = nullptr;
    QSpinBox* m_checkpointEvery = nullptr;
    QSpinBox* m_fidEvery = nullptr;
    QLineEdit* m_outDir = nullptr;
    QCheckBox* m_resume = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_toExplorer = nullptr;
};

} // namespace dddg
