#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dddg {

ExplorerOptions parseExplorerOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Explore DDDG models: timelines, latents, inversion, training."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot("screenshot", QCoreApplication::translate("main", "Save one PNG per view into DIR, then exit."), "DIR");
    QCommandLineOption checkpoint("checkpoint", QCoreApplication::translate("main", "Open this checkpoint."), "FILE");
    QCommandLineOption dataset("dataset", QCoreApplication::translate("main", "Dataset: fashion-mnist, mnist, cifar10, emoji, photos or an image folder."), "NAME");
    QCommandLineOption dataDir("data-dir", QCoreApplication::translate("main", "Folder with the dataset's IDX files."), "DIR");
    QCommandLineOption image("image", QCoreApplication::translate("main", "Start with this real image."), "FILE");
    QCommandLineOption session("session", QCoreApplication::translate("main", "Reopen an exported view (its .session.json)."), "FILE");
    QCommandLineOption lang("lang", QCoreApplication::translate("main", "Interface language: en, de or ko."), "LANG");
    QCommandLineOption latency("measure-latency", QCoreApplication::translate("main", "Move a latent slider N times, print the slider-to-frame latency as JSON, exit; 'compare': run every method in the Compare view and print the GUI thread's stalls."), "N|compare");
    QCommandLineOption stalls("measure-training-stalls", QCoreApplication::translate("main", "Train in the window for S seconds, print the GUI thread's stalls as JSON, exit."), "S");
    QCommandLineOption reset("reset-settings", QCoreApplication::translate("main", "Forget remembered settings."));
    parser.addOptions({screenshot, checkpoint, dataset, dataDir, image, session, lang, latency, stalls, reset});
    ExplorerOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet("help")) parser.showHelp(0);
    if (parser.isSet("version")) parser.showVersion();
    options.screenshotDir = parser.value(screenshot);
    options.checkpoint = parser.value(checkpoint);
    options.dataset = parser.value(dataset);
    options.dataDir = parser.value(dataDir);
    options.image = parser.value(image);
    options.session = parser.value(session);
    options.language = parser.value(lang);
    options.resetSettings = parser.isSet(reset);
    if (parser.isSet(stalls)) {
        bool ok = false;
        options.measureStalls = parser.value(stalls).toInt(&ok);
        if (!ok || options.measureStalls < 1) options.error = QCoreApplication::translate("main", "--measure-training-stalls needs a positive number");
    }
    if (parser.isSet(latency)) {
        bool ok = false;
        options.measureCompare = parser.value(latency) == QLatin1String("compare");
        options.measureLatency = options.measureCompare ? 0 : parser.value(latency).toInt(&ok);
        if (!options.measureCompare && (!ok || options.measureLatency < 1))
            options.error = QCoreApplication::translate("main", "--measure-latency needs a positive number, or 'compare'");
    }
    if (!options.language.isEmpty() && !QStringList{"en", "de", "ko"}.contains(options.language))
        options.error = QCoreApplication::translate("main", "unknown language '%1' (use en, de or ko)").arg(options.language);
    if (!parser.positionalArguments().isEmpty())
        options.error = QCoreApplication::translate("main", "unexpected argument '%1'").arg(parser.positionalArguments().front());
    return options;
}

QString sessionArgument(const QStringList& rawArguments)
{
    for (int i = 1; i < rawArguments.size(); ++i) {
        const QString& arg = rawArguments[i];
        if (arg == QLatin1String("--")) break;
        // Only the long form: "-session ID" is how X11 session managers restart any Qt app.
        if (arg == QLatin1String("--session") && i + 1 < rawArguments.size()) return rawArguments[i + 1];
        if (arg.startsWith(QLatin1String("--session="))) return arg.mid(10);
    }
    return {};
}

} // namespace dddg
