#include "settings.h"

#include <QJsonDocument>

#include <QFileInfo>

namespace dddg {
namespace key {
const char* const checkpoint = "model/checkpoint";
const char* const dataset = "data/dataset";
const char* const dataDir = "data/dir";
const char* const referenceIndex = "data/referenceIndex";
const char* const language = "ui/language";
const char* const recent = "ui/recentFiles";
const char* const lastDir = "ui/lastDirectory";
const char* const geometry = "window/geometry";
const char* const state = "window/state";
const char* const tab = "window/tab";
const char* const seed = "timeline/seed";
const char* const batch = "timeline/batch";
const char* const refine = "latents/refineSteps";
const char* const compare = "compare/settings";
const char* const smoothing = "training/smoothing";
const char* const trainingForm = "training/form";
} // namespace key

Settings::Settings() : m_store(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("dddg"), QStringLiteral("dddg-explorer")) {}

QString Settings::checkpoint() const { return m_store.value(key::checkpoint).toString(); }
void Settings::setCheckpoint(const QString& path) { m_store.setValue(key::checkpoint, path); }
QString Settings::dataset() const { return m_store.value(key::dataset, QStringLiteral("fashion-mnist")).toString(); }
void Settings::setDataset(const QString& name) { m_store.setValue(key::dataset, name); }
QString Settings::dataDir() const { return m_store.value(key::dataDir).toString(); }
void Settings::setDataDir(const QString& dir) { m_store.setValue(key::dataDir, dir); }
int Settings::referenceIndex() const { return m_store.value(key::referenceIndex, 0).toInt(); }
void Settings::setReferenceIndex(int index) { m_store.setValue(key::referenceIndex, index); }
QString Settings::language() const { return m_store.value(key::language).toString(); }
void Settings::setLanguage(const QString& language) { m_store.setValue(key::language, language); }
QStringList Settings::recentFiles() const { return m_store.value(key::recent).toStringList(); }

void Settings::addRecentFile(const QString& path)
{
    if (path.startsWith(QLatin1String(":/"))) return; // the embedded model is always in the menu
    QStringList files = recentFiles();
    QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent) files.removeLast();
    m_store.setValue(key::recent, files);
}

QString Settings::lastDirectory() const { return m_store.value(key::lastDir).toString(); }
void Settings::setLastDirectory(const QString& dir) { m_store.setValue(key::lastDir, dir); }
QByteArray Settings::windowGeometry() const { return m_store.value(key::geometry).toByteArray(); }
QByteArray Settings::windowState() const { return m_store.value(key::state).toByteArray(); }

void Settings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    m_store.setValue(key::geometry, geometry);
    m_store.setValue(key::state, state);
}

int Settings::currentTab() const { return m_store.value(key::tab, 0).toInt(); }
void Settings::setCurrentTab(int index) { m_store.setValue(key::tab, index); }
quint64 Settings::timelineSeed() const { return m_store.value(key::seed, 7).toULongLong(); }
void Settings::setTimelineSeed(quint64 seed) { m_store.setValue(key::seed, seed); }
int Settings::timelineBatch() const { return m_store.value(key::batch, 4).toInt(); }
void Settings::setTimelineBatch(int batch) { m_store.setValue(key::batch, batch); }
int Settings::refineSteps() const { return m_store.value(key::refine, 50).toInt(); }
void Settings::setRefineSteps(int steps) { m_store.setValue(key::refine, steps); }

QJsonObject Settings::compareSettings() const
{
    return QJsonDocument::fromJson(m_store.value(key::compare).toByteArray()).object();
}

void Settings::setCompareSettings(const QJsonObject& json)
{
    m_store.setValue(key::compare, QJsonDocument(json).toJson(QJsonDocument::Compact));
}
QJsonObject Settings::trainingForm() const
{
    return QJsonDocument::fromJson(m_store.value(key::trainingForm).toByteArray()).object();
}

void Settings::setTrainingForm(const QJsonObject& json)
{
    m_store.setValue(key::trainingForm, QJsonDocument(json).toJson(QJsonDocument::Compact));
}

double Settings::chartSmoothing() const { return m_store.value(key::smoothing, 0.6).toDouble(); }
void Settings::setChartSmoothing(double weight) { m_store.setValue(key::smoothing, weight); }

} // namespace dddg
