// The Compare view's exports (the grid as a PNG, the table as CSV) and its session: what
// reopens a comparison, and the settings remembered between runs of the app.
#include "compare_canvas.h"
#include "compare_controls.h"
#include "compare_view.h"
#include "comparison_table_model.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace dddg {

Status CompareView::exportGrid(const QString& path) const
{
    if (m_canvas->tiles().isEmpty()) return failure(tr("there is no comparison to export yet"));
    // The header names what was compared; the same facts go into the PNG's text chunks.
    const CompareRunContext run = runContext();
    QImage grid = m_canvas->renderGrid(128, run.text());
    grid.setText(QStringLiteral("Image"), run.image);
    grid.setText(QStringLiteral("Degradation"), run.degradation);
    grid.setText(QStringLiteral("Level"), run.level);
    grid.setText(QStringLiteral("Seed"), QString::number(run.seed));
    if (!grid.save(path, "PNG")) return failure(tr("cannot write %1").arg(path));
    return {};
}

Status CompareView::exportCsv(const QString& path) const
{
    if (m_table->rowCount() == 0) return failure(tr("there is no table to export yet"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    file.write(m_table->toCsv(runContext()).toUtf8());
    return {};
}

CompareRunContext CompareView::runContext() const
{
    return m_runContext.image.isEmpty() ? contextOf(m_controls->setup(), 0) : m_runContext;
}

// The tab's title keeps MainWindow's translation context, where it was first translated.
QString CompareView::title() const { return QCoreApplication::translate("dddg::MainWindow", "Compare"); }
QKeySequence CompareView::shortcut() const { return QKeySequence(Qt::CTRL | Qt::Key_4); }
QString CompareView::sessionName() const { return QStringLiteral("compare"); }
QList<ExportKind> CompareView::exports() const { return {ExportKind::ViewPng, ExportKind::ComparisonTable}; }

Status CompareView::exportTo(ExportKind kind, const QString& path)
{
    return kind == ExportKind::ComparisonTable ? exportCsv(path) : exportGrid(path);
}

QJsonObject CompareView::sessionState() const
{
    const CompareSetup setup = m_controls->setup();
    QJsonObject view = m_controls->toJson();
    view.insert("view", QStringLiteral("compare"));
    view.insert("dataset", setup.dataset);
    view.insert("source", setup.source);
    view.insert("index", setup.index);
    view.insert("path", setup.source == QLatin1String("file") ? QFileInfo(setup.path).absoluteFilePath() : QString());
    if (setup.source == QLatin1String("image") && !setup.image.isNull()) {
        // A pasted or dropped picture has no file to point at: the session carries it as PNG.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        setup.image.save(&buffer, "PNG");
        view.insert("image_png", QString::fromLatin1(png.toBase64()));
        view.insert("image_name", setup.imageName);
    }
    view.insert("reference", m_input.source);
    view.insert("display", m_state.toJson());
    QJsonArray rows;
    for (const auto& r : m_table->results())
        rows.append(QJsonObject{{"method", r.method}, {"status", r.status}, {"psnr", r.psnr}, {"ssim", r.ssim}, {"nfe", r.nfe}, {"n", r.n}});
    view.insert("rows", rows);
    return view;
}

namespace {
QImage pastedImageOf(const QJsonObject& view)
{
    if (view.value("source").toString() != QLatin1String("image")) return {};
    return QImage::fromData(QByteArray::fromBase64(view.value("image_png").toString().toLatin1()), "PNG");
}
} // namespace

void CompareView::restoreSession(const QJsonObject& view)
{
    m_state = CompareViewState::fromJson(view.value("display").toObject());
    m_controls->fromJson(view);
    const QString source = view.value("source").toString();
    if (source == QLatin1String("file") && QFileInfo::exists(view.value("path").toString())) openImageFile(view.value("path").toString());
    else if (source == QLatin1String("dataset")) chooseDatasetImage(view.value("index").toInt());
    else if (const QImage pasted = pastedImageOf(view); !pasted.isNull()) usePastedImage(pasted, view.value("image_name").toString());
    else if (source == QLatin1String("file")) emit error(tr("Open session"), tr("%1 no longer exists; choose an input, then Run").arg(view.value("path").toString()));
    else emit error(tr("Open session"), tr("the session holds no readable pasted image; choose an input, then Run"));
    // Choosing a file or a pasted picture starts without a mask: the session's comes back after.
    const QImage mask = QImage::fromData(QByteArray::fromBase64(view.value("mask_png").toString().toLatin1()), "PNG");
    if (!mask.isNull()) m_controls->setMask(mask);
    refreshView();
    m_runWhenListed = true; // once this input's methods are listed (the seed reproduces the numbers)
}

QJsonObject CompareView::settingsState() const { return m_controls->toJson(); }
void CompareView::restoreSettings(const QJsonObject& json) { m_controls->fromJson(json); }

} // namespace dddg
