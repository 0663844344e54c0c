// Session files (NAME.session.json beside an export): any bytes give a session or an error.
#include "fuzz_target.h"
#include "session_file.h"

#include <QJsonObject>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string path = dddg::fuzz::scratchFile(data, size, ".session.json");
    const dddg::Result<QJsonObject> session = dddg::readSession(QString::fromStdString(path));
    if (session.ok() && session.value().isEmpty()) __builtin_trap(); // success means a session
    std::remove(path.c_str());
    return 0;
}
