#pragma once
// The comparison panel's left column: the input (dataset image, file, pasted picture), the
// degradation with its seed and the degraded input's own PSNR/SSIM, the method checklist
// (NFE and time estimate; unavailable ones greyed with the reason), the batch size, and Run /
// Cancel with one progress bar per method.
#include "comparison_types.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace dddg {

class CompareControls : public QWidget {
    Q_OBJECT
public:
    explicit CompareControls(QWidget* parent = nullptr);

    /// The input and degradation as chosen (the image of a "image" source is kept here).
    CompareSetup setup() const { return m_setup; }
    /// A mask drawn in the view (null: none): the degradation becomes inpainting with it.
    void setMask(const QImage& mask);
    void setDataset(const QString& name, int size);
    /// The blur/pool operators' t_max of the dataset's models: levels run 1 … tMax − 1.
    void setOperatorTMax(int tMax);
    void setDatasetIndex(int index);
    void setFile(const QString& path);
    void setPastedImage(const QImage& image, const QString& name);
    /// Files and pasted pictures at their own size and colour (the default), or in the frame.
    void setOwnSize(bool ownSize);
    void setInput(const CompareInput& input);
    void setMethods(const QVector<CompareMethod>& methods);
    const QVector<CompareMethod>& methods() const { return m_methods; }
    QStringList checkedMethods() const;
    void setCheckedMethods(const QStringList& names);
    /// 0: the chosen image; N: the first N test images.
    int batch() const;
    void setBatch(int n);
    int dipIterations() const;
    void setRunning(bool running);
    void startProgress(const QStringList& methods);
    void setProgress(const QString& method, double fraction);
    void finishProgress(const QString& method, const QString& status);

    /// Degradation, seed, batch, DIP budget and ticked methods, for settings and sessions.
    QJsonObject toJson() const;
    void fromJson(const QJsonObject& json);

signals:
    void setupChanged();
    void runRequested();
    void cancelRequested();
    void openFileRequested();
    void pasteRequested();
    void pickRequested();

private:
    QGroupBox* buildInputGroup();
    QGroupBox* buildDegradationGroup();
    QGroupBox* buildMethodsGroup();
    QGroupBox* buildRunGroup();
    void readDegradation();
    void updateLevelRange();
    void updateEstimate();

    CompareSetup m_setup;
    QVector<CompareMethod> m_methods;
    QStringList m_wanted; // ticks to restore once the list arrives

    QSpinBox* m_index;
    QLabel* m_source;
    QLabel* m_note;
    QCheckBox* m_ownSize;
    QComboBox* m_kind;
    QDoubleSpinBox* m_sigma;
    QSpinBox* m_level;
    QComboBox* m_factor;
    QDoubleSpinBox* m_sigmaY;
    QCheckBox* m_quantize;
    int m_operatorTMax = 6;
    bool m_inpaintRange = false; ///< the level box holds the fading schedule's steps
    QSpinBox* m_seed;
    QLabel* m_floor;
    QListWidget* m_list;
    QLabel* m_estimate;
    QCheckBox* m_useBatch;
    QSpinBox* m_batch;
    QSpinBox* m_dip;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QVBoxLayout* m_progressLayout;
    QMap<QString, QProgressBar*> m_bars;
};

} // namespace dddg
