#include "shipped_languages.h"

#include <QFile>

namespace dddg {

QStringList shippedLanguages()
{
    QStringList languages;
    for (const QString& code : {QStringLiteral("de"), QStringLiteral("ko")})
        if (QFile::exists(QStringLiteral(":/i18n/dddg_explorer_%1.qm").arg(code))) languages << code;
    return languages;
}

} // namespace dddg
