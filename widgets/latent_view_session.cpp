// LatentView: what leaves and reopens the view — its exports (strip images, video frames,
// the code) and the session state (File → Open session).
#include "latent_view.h"

#include "latent_code_json.h"
#include "latent_document.h"
#include "latent_inspector_widget.h"
#include "trajectory_exports.h"
#include "trajectory_grid_view.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSlider>

#include <cmath>

namespace dddg {

// The tab's title keeps MainWindow's translation context, where it was first translated.
QString LatentView::title() const { return QCoreApplication::translate("dddg::MainWindow", "Latents && inversion"); }
QKeySequence LatentView::shortcut() const { return QKeySequence(Qt::CTRL | Qt::Key_2); }
QString LatentView::sessionName() const { return QStringLiteral("latents"); }
QList<ExportKind> LatentView::exports() const { return trajectoryExportKinds(m_doc->code().isValid()); }

Status LatentView::exportTo(ExportKind kind, const QString& path)
{
    return exportTrajectory(kind, path, {this, m_engine, [this] { return stripImage(); }, [this] { return videoFrames(); }, {m_doc->code()}});
}

QImage LatentView::stripImage(int cellSize) const { return m_grid->renderImage(cellSize); }

QVector<QImage> LatentView::videoFrames(int cellSize) const
{
    QVector<QImage> frames;
    for (int t = 0; t <= m_frames.tMax && m_frames.isValid(); ++t) {
        QImage frame = m_frames.statePrime(t, 0).scaled(cellSize * 4, cellSize * 4, Qt::KeepAspectRatio, Qt::FastTransformation);
        frames << frame.convertToFormat(QImage::Format_RGB32);
    }
    return frames;
}

QJsonObject LatentView::sessionState() const
{
    QJsonArray mix;
    for (bool on : mixedSteps()) mix.append(on);
    QJsonObject state{{"view", sessionName()},
                      {"alpha", m_alpha->value() / 100.0},
                      {"mode", m_mode == InterpolationMode::Linear ? "linear" : "spherical"},
                      {"mixed_steps", mix},
                      {"t", m_inspector ? m_inspector->step() : 0},
                      {"reference", m_reference.source}};
    if (m_doc->code().isValid()) state["code"] = codeToJson(m_doc->code());
    if (m_doc->slot(LatentDocument::SlotA).isValid()) state["slot_a"] = codeToJson(m_doc->slot(LatentDocument::SlotA));
    if (m_doc->slot(LatentDocument::SlotB).isValid()) state["slot_b"] = codeToJson(m_doc->slot(LatentDocument::SlotB));
    return state;
}

void LatentView::restoreSession(const QJsonObject& state)
{
    m_doc->setSlot(LatentDocument::SlotA, codeFromJson(state.value("slot_a").toObject()));
    m_doc->setSlot(LatentDocument::SlotB, codeFromJson(state.value("slot_b").toObject()));
    {
        QSignalBlocker a(m_alpha), b(m_interpMode);
        m_alpha->setValue(int(std::lround(state.value("alpha").toDouble() * 100)));
        setInterpolationMode(state.value("mode").toString() == QLatin1String("spherical") ? InterpolationMode::Spherical
                                                                                         : InterpolationMode::Linear);
        m_mode = InterpolationMode(m_interpMode->currentData().toInt());
    }
    LatentCode code = codeFromJson(state.value("code").toObject());
    if (code.isValid()) openCode(code, tr("Open session"));
    if (m_inspector) m_inspector->setStep(state.value("t").toInt());
}

} // namespace dddg
