#pragma once
// The interface languages this build embeds (besides English, the source language).
#include <QStringList>

namespace dddg {

/// Language codes with an embedded translation under :/i18n, e.g. {"de", "ko"}.
QStringList shippedLanguages();

} // namespace dddg
