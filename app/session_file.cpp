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

namespace {
Error sessionError(const QString& sentence) { return makeError(sentence.toStdString()); }
} // namespace

Status writeSession(const QString& exportPath, const ModelInfo& model, const QString& dataset, const QJsonObject& view)
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
    auto cannotWrite = [&file] {
        return sessionError(QCoreApplication::translate("session", "cannot write %1: %2").arg(file.fileName(), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) return cannotWrite();
    file.write(QJsonDocument(session).toJson(QJsonDocument::Indented));
    if (!file.commit()) return cannotWrite();
    return {};
}

Result<QJsonObject> readSession(const QString& path)
{
    QString jsonPath = path.endsWith(QLatin1String(".session.json")) ? path : sessionPathFor(path);
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return sessionError(QCoreApplication::translate("session", "cannot open %1: %2").arg(jsonPath, file.errorString()));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        return sessionError(QCoreApplication::translate("session", "%1 is not a session file: %2").arg(jsonPath, error.errorString()));
    QJsonObject session = doc.object();
    if (session.value("app").toString() != QLatin1String("dddg-explorer") || !session.value("view").isObject())
        return sessionError(QCoreApplication::translate("session", "%1 was not written by DDDG Explorer").arg(jsonPath));
    return session;
}

} // namespace dddg
