#pragma once
// dddg-explorer's own command line.
#include <QString>
#include <QStringList>

namespace dddg {

struct ExplorerOptions {
    QString screenshotDir;  ///< --screenshot DIR: save one PNG per view, then exit
    QString checkpoint;     ///< --checkpoint FILE (default: the last one, else the bundled model)
    QString dataset;        ///< --dataset NAME|DIR
    QString dataDir;        ///< --data-dir D
    QString image;          ///< --image FILE: the real image to start with
    QString session;        ///< --session FILE: an export's .session.json to reopen
    QString language;       ///< --lang en|de|ko
    int measureLatency = 0; ///< --measure-latency N: N slider moves, print JSON, exit
    bool measureCompare = false; ///< --measure-latency compare: UI stalls while every method runs
    int measureStalls = 0;  ///< --measure-training-stalls S: train S seconds, print UI stalls, exit
    bool resetSettings = false;
    QString error;          ///< set when the command line is unusable
};

/// Parses the application's arguments (after QApplication took its own).
ExplorerOptions parseExplorerOptions(const QStringList& arguments);

/// The value of --session FILE (or --session=FILE) in the raw command line. Qt's
/// QApplication takes "-session ID" and "--session ID" out of the arguments for X11 session
/// management, so parseExplorerOptions never sees them; main() reads them from argv first.
QString sessionArgument(const QStringList& rawArguments);

} // namespace dddg
