#pragma once
// The "New run" form of the training monitor: the options of `dddg train` a run in this
// window takes (dataset or image folder, frame, length, sizes, device, seed, processes,
// cadences, folder) and the
// start / pause / stop / open-in-explorer buttons, whose states the monitor sets.
#include "training_types.h"

#include <QGroupBox>
#include <QJsonObject>

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
    /// The choices worth remembering between sessions (not the run folder: each run gets its own).
    QJsonObject settingsState() const;
    void restoreSettings(const QJsonObject& json);

signals:
    void startClicked();
    void pauseClicked();
    void stopClicked();
    void openInExplorerClicked();

private:
    QLayout* buildButtons();
    QComboBox* m_dataset = nullptr;
    QComboBox* m_size = nullptr;     // "the data's own", 16 … 128
    QComboBox* m_channels = nullptr; // "the data's own", grey, colour
    QCheckBox* m_flips = nullptr;
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
