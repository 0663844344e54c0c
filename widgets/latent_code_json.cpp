#include "latent_code_json.h"

#include <QJsonArray>

namespace dddg {

QJsonObject codeToJson(const LatentCode& code)
{
    QJsonArray z;
    for (float v : code.z) z.append(double(v));
    return {{"t_max", code.tMax}, {"d_z", code.dz}, {"label", code.label}, {"z", z}};
}

LatentCode codeFromJson(const QJsonObject& o)
{
    LatentCode code(o.value("t_max").toInt(), o.value("d_z").toInt());
    code.label = o.value("label").toInt(-1);
    const QJsonArray z = o.value("z").toArray();
    if (!code.isValid() || z.size() != int(code.z.size())) return {};
    for (int i = 0; i < z.size(); ++i) code.z[size_t(i)] = float(z[i].toDouble());
    return code;
}

} // namespace dddg
