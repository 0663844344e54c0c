#pragma once
// The explorer's main window: the views as tabs (Timeline, Latents, Training, Compare), the log panel, the
// message bar, menus with shortcuts, recent files, exports with their session files, and
// the status bar (device, model, dataset). It owns the engine's thread.
//   main_window.cpp          construction, opening files and sessions, messages, closing
//   main_window_views.cpp    the list of views and how they are wired to each other
//   main_window_menus.cpp    the menus, recent files, language and the shortcut list
//   main_window_exports.cpp  File ▸ Export: what the visible view offers, with its session file
#include "command_line.h"
#include "explorer_types.h"
#include "explorer_view.h"
#include "settings.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace dddg {

class CompareView;
class ExplorerEngine;
class LatentView;
class LogCollector;
class MessageBar;
class TimelineView;
class TrainingView;
class WorkerThread;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const ExplorerOptions& options, LogCollector* log, QWidget* parent = nullptr);
    ~MainWindow() override;

    ExplorerEngine* engine() const { return m_engine; }
    TimelineView* timeline() const { return m_timeline; }
    LatentView* latents() const { return m_latents; }
    TrainingView* training() const { return m_training; }
    CompareView* compare() const { return m_compare; }
    MessageBar* messageBar() const { return m_messages; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The views in tab order.
    const QList<ExplorerView*>& views() const { return m_views; }
    /// The view the user sees now.
    ExplorerView* currentView() const;
    const ModelInfo& model() const { return m_model; }
    /// The explorer's reference image (a test image or a file) as last shown.
    const ReferenceFrames& reference() const { return m_reference; }
    /// The options the window was started with (--image, --session, …).
    const ExplorerOptions& options() const { return m_options; }
    /// The bundled model inside the executable.
    static QString embeddedModel();

public slots:
    void openCheckpoint(const QString& path);
    void openImage(const QString& path);
    void chooseDatasetImage(int index);
    void openSession(const QString& path);
    void showError(const QString& what, const QString& message);
    void showNotice(const QString& text);

signals:
    /// The language changed: main() rebuilds the window with the new translations.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createViews();
    void connectViews();
    void connectCompare();
    ExplorerView* viewNamed(const QString& sessionName) const;
    void buildMenus();
    void buildFileMenu();
    void buildExportMenu(QMenu* file);
    void buildEditMenu();
    void buildViewMenu();
    void buildHelpMenu();
    void buildStatusBar();
    void connectEngine();
    void rebuildRecentMenu();
    void onModelLoaded(const ModelInfo& info);
    void onDatasetLoaded(const DatasetInfo& info);
    void updateStatus();
    void pickDatasetImage();
    static QString imageFilter();
    QString askOpenPath(const QString& title, const QString& filter);
    QString askSavePath(const QString& title, const QString& suggestedName, const QString& filter);
    /// Asks for a path and writes `kind` from `view`, with the session file that reopens it.
    void exportFrom(ExplorerView* view, ExportKind kind);
    /// File ▸ Export offers what the visible view offers.
    void updateExportActions();
    void saveLatentCode();
    void openLatentCode();
    void applyPendingSession();
    void openStartupFiles();
    /// A checkpoint that exists (a file, or one of the bundled ":/" resources).
    static bool isOpenable(const QString& checkpoint);
    void restoreWindowSettings();
    void setLanguage(const QString& language);
    void showShortcuts();
    void saveWindowSettings();

    Settings m_settings;
    ExplorerOptions m_options;
    bool m_keepStartupDataset = false; ///< --dataset was given: the first model does not replace it
    std::unique_ptr<WorkerThread> m_engineThread;
    ExplorerEngine* m_engine = nullptr;
    LogCollector* m_log;
    ModelInfo m_model;
    DatasetInfo m_dataset;
    ReferenceFrames m_reference;
    QJsonObject m_pendingSession;
    QString m_loadingCheckpoint; ///< asked of the engine, not yet loaded
    QString m_pendingVideo;

    QTabWidget* m_tabs = nullptr;
    QList<ExplorerView*> m_views;
    QList<QPair<ExportKind, QAction*>> m_exportActions;
    TimelineView* m_timeline = nullptr;
    LatentView* m_latents = nullptr;
    TrainingView* m_training = nullptr;
    CompareView* m_compare = nullptr;
    MessageBar* m_messages = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusModel = nullptr;
    QLabel* m_statusData = nullptr;
    QLabel* m_statusDevice = nullptr;
};

} // namespace dddg
