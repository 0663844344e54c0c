#include "session_file.h"

#include "explorer_types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace dddg {

QString sessionPathFor(const QString& exportPath)
{
    QFileInfo info(exportPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".session.json"));
}

QString writeSession(const QString& exportPath, const ModelInfo& model, const QString& dataset, const QJsonObject& view)
{
    QJsonObject session{{"app", "dddg-explorer"},
                        {"version", QCoreApplication::applicationVersion()},
                        {"exported", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {"file", QFileInfo(exportPath).fileName()},
                        {"checkpoint", model.source.startsWith(QLatin1String(":/")) ? model.source : QFileInfo(model.source).absoluteFilePath()},
                        {"checkpoint_hash", model.hash},
                        {"checkpoint_step", double(model.step)},
                        {"dataset", dataset},
                        {"view", view}};
    QSaveFile file(sessionPathFor(exportPath));
    if (!file.open(QIODevice::WriteOnly)) return file.errorString();
    file.write(QJsonDocument(session).toJson(QJsonDocument::Indented));
    if (!file.commit()) return file.errorString();
    return {};
}

QString readSession(const QString& path, QJsonObject& session)
{
    QString jsonPath = path.endsWith(QLatin1String(".session.json")) ? path : sessionPathFor(path);
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("session", "cannot open %1: %2").arg(jsonPath, file.errorString());
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return QCoreApplication::translate("session", "%1 is not a session file: %2").arg(jsonPath, error.errorString());
    session = doc.object();
    if (session.value("app").toString() != QLatin1String("dddg-explorer") || !session.value("view").isObject())
        return QCoreApplication::translate("session", "%1 was not written by DDDG Explorer").arg(jsonPath);
    return {};
}

} // namespace dddg
