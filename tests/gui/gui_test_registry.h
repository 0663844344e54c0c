#pragma once
// One Qt Test executable for the GUI layers; each test class registers itself and is run
// by name (`dddg_gui_tests TimelineTest`), so ctest lists every class separately.
#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace dddg::test {

using TestFactory = std::function<std::unique_ptr<QObject>()>;
std::map<std::string, TestFactory>& guiTests();

struct RegisterGuiTest {
    RegisterGuiTest(const char* name, TestFactory factory) { guiTests()[name] = std::move(factory); }
};

} // namespace dddg::test

#define DDDG_GUI_TEST(Class) \
    static const dddg::test::RegisterGuiTest registered##Class(#Class, [] { return std::make_unique<Class>(); })

namespace dddg::test {
/// How long a test waits for work done on another thread. Generous: CI runs the suites
/// side by side on two cores, and a wait only costs time when something is wrong.
inline constexpr int kAsyncTimeoutMs = 30000;
} // namespace dddg::test
