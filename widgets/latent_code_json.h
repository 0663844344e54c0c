#pragma once
// A latent code in a session file (latent and timeline views): its shape, class and numbers.
#include "latent_code.h"

#include <QJsonObject>

namespace dddg {

QJsonObject codeToJson(const LatentCode& code);
/// The code an object describes; an invalid (empty) code when its shape and numbers disagree.
LatentCode codeFromJson(const QJsonObject& object);

} // namespace dddg
