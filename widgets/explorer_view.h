#pragma once
// What the main window asks of every view (tab): its title and shortcut, what File ▸ Export
// can write from it, and the session that reopens it. A new view implements ExplorerView and
// takes one line in MainWindow's list of views (main_window_views.cpp).
#include "result.h"

#include <QJsonObject>
#include <QKeySequence>
#include <QList>
#include <QString>

class QWidget;

namespace dddg {

/// The things File ▸ Export can write; each view offers some of them.
enum class ExportKind {
    ViewPng,         ///< what the view shows, as a PNG
    TrajectoryStrip, ///< the trajectory grid as a PNG strip
    TrajectoryVideo, ///< the trajectory swept step by step, as MP4
    LatentCode,      ///< the shown latent code(s), as a .pt file
    ComparisonTable, ///< the comparison's numbers, as CSV
    TrainingCurves,  ///< every run's metrics, as CSV
};

class ExplorerView {
public:
    virtual ~ExplorerView() = default;

    /// The tab's page.
    virtual QWidget* page() = 0;
    /// The tab's text ("&&" shows one "&").
    virtual QString title() const = 0;
    virtual QKeySequence shortcut() const = 0;
    /// The name a session file gives this view ("timeline", "latents", …).
    virtual QString sessionName() const = 0;

    /// What File ▸ Export offers while this view is visible.
    virtual QList<ExportKind> exports() const = 0;
    bool offers(ExportKind kind) const { return exports().contains(kind); }
    /// Writes `kind` to `path`. A video or a latent code is written by the engine, which
    /// reports its own success or failure; the Status covers what could be checked here.
    virtual Status exportTo(ExportKind kind, const QString& path) = 0;

    /// What an export's session file holds to reopen this view ("view" = sessionName()).
    virtual QJsonObject sessionState() const = 0;
    virtual void restoreSession(const QJsonObject& state) = 0;
};

/// A failure for the message bar, from a sentence the GUI already translated.
inline Status failure(const QString& sentence) { return makeError(sentence.toStdString()); }
/// The sentence of a failed Status, for the message bar.
inline QString sentenceOf(const Status& status) { return QString::fromStdString(status.error().message); }

/// `page` as the user sees it (OpenGL inspectors included), written as a PNG.
Status saveViewPng(QWidget* page, const QString& path);

} // namespace dddg
