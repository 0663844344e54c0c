#pragma once
// The one place that reads and writes QSettings: typed accessors, keys kept here.
#include <QByteArray>
#include <QJsonObject>
#include <QSettings>
#include <QStringList>

namespace dddg {

class Settings {
public:
    Settings();

    QString checkpoint() const;
    void setCheckpoint(const QString& path);
    QString dataset() const;
    void setDataset(const QString& name);
    QString dataDir() const;
    void setDataDir(const QString& dir);
    int referenceIndex() const;
    void setReferenceIndex(int index);
    QString language() const;           ///< "", "de", "ko" ("" = the system's)
    void setLanguage(const QString& language);
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    QString lastDirectory() const;
    void setLastDirectory(const QString& dir);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);
    int currentTab() const;
    void setCurrentTab(int index);
    quint64 timelineSeed() const;
    void setTimelineSeed(quint64 seed);
    int timelineBatch() const;
    void setTimelineBatch(int batch);
    int refineSteps() const;
    void setRefineSteps(int steps);
    double chartSmoothing() const;
    void setChartSmoothing(double weight);
    /// The Compare view's degradation, methods and batch (its own JSON object).
    QJsonObject compareSettings() const;
    void setCompareSettings(const QJsonObject& json);
    /// The Training view's "New run" form (its own JSON object).
    QJsonObject trainingForm() const;
    void setTrainingForm(const QJsonObject& json);

    static constexpr int kMaxRecent = 10;

private:
    mutable QSettings m_store;
};

} // namespace dddg
