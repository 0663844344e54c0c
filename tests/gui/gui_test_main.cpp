// Runs one registered GUI test class (or all): offscreen unless a display is given, with
// settings in a throw-away folder so tests never see a user's preferences.
#include "explorer_engine.h"
#include "gui_test_registry.h"
#include "training_worker.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace dddg::test {
std::map<std::string, TestFactory>& guiTests()
{
    static std::map<std::string, TestFactory> tests;
    return tests;
}
} // namespace dddg::test

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral("test"));
    dddg::registerExplorerTypes();
    dddg::registerTrainingTypes();
    std::string only = argc > 1 && argv[1][0] != '-' ? argv[1] : "";
    QStringList args{QString::fromLocal8Bit(argv[0])};
    for (int i = only.empty() ? 1 : 2; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    int status = 0, ran = 0;
    for (auto& [name, make] : dddg::test::guiTests()) {
        if (!only.empty() && name != only) continue;
        auto test = make();
        status |= QTest::qExec(test.get(), args);
        ++ran;
    }
    if (ran == 0) {
        std::fprintf(stderr, "no GUI test class named '%s'\n", only.c_str());
        return 2;
    }
    return status;
}
