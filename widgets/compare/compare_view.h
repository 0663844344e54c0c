#pragma once
// The Compare view (Ctrl+4): one input, one degradation, every method side by side. The
// controls choose the input and methods; the worker (its own thread) runs them and hands back
// one result per method as it finishes; the grid shows them with shared zoom, wipe,
// difference maps, flicker and a step slider; the table below lists the numbers.
#include "compare_view_state.h"
#include "comparison_table_model.h"
#include "comparison_types.h"
#include "explorer_view.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSlider;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace dddg {

class ChannelHistogram;
class CompareCanvas;
class CompareControls;
class ComparisonWorker;
class WorkerThread;

class CompareView : public QWidget, public ExplorerView {
    Q_OBJECT
public:
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    /// Opens `name`'s test split and models for the comparison (follows the explorer's dataset).
    void setDataset(const QString& name, const QString& dataDir = {}, const QString& modelsDir = {});
    void chooseDatasetImage(int index);
    void openImageFile(const QString& path);
    void usePastedImage(const QImage& image, const QString& name);
    void pasteFromClipboard();
    void run();
    void cancel();
    bool isRunning() const { return m_running; }

    CompareControls* controls() const { return m_controls; }
    CompareCanvas* canvas() const { return m_canvas; }
    ComparisonTableModel* table() const { return m_table; }
    QTableView* tableView() const { return m_tableView; }
    ComparisonWorker* worker() const { return m_worker; }
    CompareViewState& viewState() { return m_state; }
    void refreshView();
    const CompareInput& input() const { return m_input; }
    /// What the shown results compared (image, degradation, seed): the exports record it.
    /// Before any run, the input shown and the controls' setup.
    CompareRunContext runContext() const;

    // Exports and the session (compare_view_session.cpp).
    /// The grid as a labelled PNG / the table as CSV.
    Status exportGrid(const QString& path) const;
    Status exportCsv(const QString& path) const;
    /// Everything that reopens this comparison: input, degradation, methods, view, numbers.
    QJsonObject sessionState() const override;
    /// Applies a session's settings and runs it again (the seed makes the numbers the same).
    void restoreSession(const QJsonObject& view) override;
    // ExplorerView (the view as PNG is the labelled grid)
    QWidget* page() override { return this; }
    QString title() const override;
    QKeySequence shortcut() const override;
    QString sessionName() const override;
    QList<ExportKind> exports() const override;
    Status exportTo(ExportKind kind, const QString& path) override;
    /// A tile's picture as it is shown (its step, channel, difference map) at full size: saved
    /// to `path` (never over the input file) or put on the clipboard. Its context menu does both.
    Status saveTile(const QString& name, const QString& path) const;
    bool copyTile(const QString& name) const;
    /// The image the histogram describes: the selected tile (else the clean one), its step and
    /// channel, cropped to the part on screen.
    QImage histogramRegion(QString* what = nullptr) const;
    ChannelHistogram* histogram() const { return m_histogram; }
    /// Degradation, methods and batch as remembered between runs of the app.
    QJsonObject settingsState() const;
    void restoreSettings(const QJsonObject& json);

signals:
    void error(const QString& what, const QString& message);
    void statusMessage(const QString& text);
    void pickRequested();
    void openFileRequested();
    /// DDDG's result: invert this input in the latent view.
    void openInLatents(const QImage& image, const QString& source);
    void runCompleted(bool cancelled);
    void inputShown();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildTable();
    void buildLayout();
    void connectWorker();
    void connectCanvasAndTable();
    // The toolbar (compare_view_toolbar.cpp).
    QWidget* buildToolbar();
    QAction* addToolButton(QHBoxLayout* row, const QString& text, const QString& key, const QString& tip, bool checkable = false);
    void addDisplayButtons(QHBoxLayout* row);
    void addWipeChoices(QHBoxLayout* row);
    void addStepSlider(QHBoxLayout* row);
    void addChannelChoice(QHBoxLayout* row);
    // Drawing an inpainting mask (compare_view_mask.cpp).
    void addMaskActions(QHBoxLayout* row);
    void paintMask(const QPointF& imagePoint, bool start, bool erase);
    void applyMask();
    void undoMaskStroke();
    void showMask(const QImage& mask);
    void showTileMenu(const QString& name, const QPoint& globalPos);
    void updateHistogram();
    void addKeyActions();
    void prepare();
    void onInput(const CompareInput& input);
    void onResult(const CompareResult& result);
    void rebuildWipeChoices();
    void selectMethod(const QString& name);
    QString badgeOf(const CompareResult& r) const;
    CompareRunContext contextOf(const CompareSetup& setup, int batch) const;

    std::unique_ptr<WorkerThread> m_thread;
    ComparisonWorker* m_worker = nullptr;
    CompareViewState m_state;
    CompareControls* m_controls;
    CompareCanvas* m_canvas;
    ComparisonTableModel* m_table;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_tableView;
    QComboBox* m_wipeA;
    QComboBox* m_wipeB;
    QSlider* m_step;
    QLabel* m_stepLabel;
    QLabel* m_summary;
    QAction* m_wipe;
    QAction* m_difference;
    QAction* m_flicker;
    QAction* m_drawMask;
    QImage m_mask;               ///< being drawn: grey, white = missing; null for none
    QVector<QImage> m_maskUndo;  ///< the mask before each stroke (Ctrl+Z)
    QPointF m_lastMaskPoint;
    QTimer* m_flickerTimer;
    QComboBox* m_channel;
    ChannelHistogram* m_histogram;
    QTimer* m_histogramTimer; ///< coalesces pans and zooms into one histogram update
    CompareInput m_input;
    CompareRunContext m_runContext;
    quint64 m_stamp = 0, m_runStamp = 0;
    bool m_running = false;
    bool m_datasetOpen = false;
    bool m_runWhenListed = false; // a reopened session runs as soon as its input is ready
};

} // namespace dddg
