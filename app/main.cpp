// dddg-explorer: the Qt explorer over the DDDG engine.
#include "cpu_runtime.h"
#include "command_line.h"
#include "explorer_engine.h"
#include "latency_probe.h"
#include "log_panel.h"
#include "main_window.h"
#include "screenshot_runner.h"
#include "session_file.h"
#include "settings.h"
#include "training_worker.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

constexpr int kRestartCode = 0x5ddd;

// Our strings and Qt's own (dialog buttons) for `language` ("" = the system's).
void installTranslators(QApplication& app, const QString& language, std::vector<std::unique_ptr<QTranslator>>& installed)
{
    for (auto& t : installed) app.removeTranslator(t.get());
    installed.clear();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(locale, QStringLiteral("dddg_explorer"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(ours.get());
        installed.push_back(std::move(ours));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
}

} // namespace

int main(int argc, char** argv)
{
    dddg::configureCpuRuntime();
    QStringList rawArguments; // before QApplication takes --session out (command_line.h)
    for (int i = 0; i < argc; ++i) rawArguments << QString::fromLocal8Bit(argv[i]);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dddg-explorer"));
    QApplication::setOrganizationName(QStringLiteral("dddg"));
    QApplication::setApplicationVersion(QStringLiteral(DDDG_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("DDDG Explorer"));
    dddg::registerExplorerTypes();
    dddg::registerTrainingTypes();
    dddg::ExplorerOptions options = dddg::parseExplorerOptions(QApplication::arguments());
    if (options.session.isEmpty()) options.session = dddg::sessionArgument(rawArguments);
    if (!options.session.isEmpty() && options.error.isEmpty())
        if (auto session = dddg::readSession(options.session); !session) options.error = QString::fromStdString(session.error().message);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "dddg-explorer: %s\n", qPrintable(options.error));
        return 2;
    }
    // Scripted runs (screenshots, measurements) start from the defaults and leave the
    // user's remembered settings untouched, so their output is the same on every machine.
    QTemporaryDir scriptedSettings;
    if (!options.screenshotDir.isEmpty() || options.measureLatency > 0 || options.measureStalls > 0 || options.measureCompare)
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scriptedSettings.path());
    if (options.resetSettings) QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("dddg"), QStringLiteral("dddg-explorer")).clear();
    dddg::LogCollector log;
    dddg::installLogSink(&log);
    std::vector<std::unique_ptr<QTranslator>> translators;
    int code = 0;
    do {
        QString language = !options.language.isEmpty() ? options.language : dddg::Settings().language();
        installTranslators(app, language, translators);
        dddg::MainWindow window(options, &log);
        QObject::connect(&window, &dddg::MainWindow::restartRequested, &app, [&options] {
            options.language.clear(); // the menu's choice, now saved, wins over --lang
            QApplication::exit(kRestartCode);
        });
        std::unique_ptr<dddg::ScreenshotRunner> runner;
        if (!options.screenshotDir.isEmpty()) {
            window.resize(1600, 1000);
            runner = std::make_unique<dddg::ScreenshotRunner>(&window, options.screenshotDir);
            QObject::connect(runner.get(), &dddg::ScreenshotRunner::finished, &app, &QApplication::exit);
            runner->start();
        }
        std::unique_ptr<dddg::LatencyProbe> probe;
        if (options.measureLatency > 0 || options.measureStalls > 0 || options.measureCompare) {
            probe = std::make_unique<dddg::LatencyProbe>(&window, options.measureLatency);
            QObject::connect(probe.get(), &dddg::LatencyProbe::finished, &app, &QApplication::exit);
            if (options.measureCompare) probe->measureCompareStalls();
            else if (options.measureStalls > 0) probe->measureTrainingStalls(options.measureStalls);
            else probe->start();
        }
        window.show();
        code = QApplication::exec();
        options.checkpoint.clear(); // after a restart, reopen what was open (saved in settings)
        options.image.clear();
        options.session.clear();
    } while (code == kRestartCode);
    return code;
}
