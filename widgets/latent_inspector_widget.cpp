#include "latent_inspector_widget.h"

#include "imgui_canvas.h"

#include <QPainter>
#include <QVBoxLayout>

namespace dddg {

// The OpenGL surface; every frame is drawn by the widget that owns it.
class InspectorCanvas : public ImGuiCanvas {
public:
    explicit InspectorCanvas(LatentInspectorWidget* owner) : m_owner(owner) {}

protected:
    void drawFrame() override { m_owner->drawFrame(lastFrameMs()); }

private:
    LatentInspectorWidget* m_owner;
};

LatentInspectorWidget::LatentInspectorWidget(QWidget* parent) : QWidget(parent), m_canvas(new InspectorCanvas(this))
{
    setMinimumHeight(260);
    m_canvas->setBackground(palette().color(QPalette::Window));
    QWidget* container = QWidget::createWindowContainer(m_canvas, this);
    container->setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(container);
}

LatentInspectorWidget::~LatentInspectorWidget() = default; // the container owns the canvas

void LatentInspectorWidget::setScales(int tMax, int dz, const std::vector<float>& scales)
{
    m_snapshot.tMax = tMax;
    m_snapshot.dz = dz;
    m_snapshot.scales = scales;
    m_canvas->requestFrames();
}

void LatentInspectorWidget::setCode(const LatentCode& code, const LatentCode& base)
{
    if (code == m_snapshot.code && base == m_snapshot.base) return; // the echo of our own edit
    m_snapshot.code = code;
    m_snapshot.base = base;
    m_canvas->requestFrames();
}

void LatentInspectorWidget::setTimings(double engineMs, double latencyMs)
{
    m_snapshot.engineMs = engineMs;
    m_snapshot.latencyMs = latencyMs;
    // The readout is not worth a frame per render: refresh it a few times a second.
    if (!m_timingsClock.isValid() || m_timingsClock.elapsed() > 250) {
        m_timingsClock.start();
        m_canvas->requestFrames(1);
    }
}

void LatentInspectorWidget::setStep(int t)
{
    m_args.step = t;
    m_canvas->requestFrames();
}

void LatentInspectorWidget::applyEdit(const LatentCode& code, const QString& what, int mergeKey)
{
    m_snapshot.code = code; // what a slider drag does in drawFrame()
    m_canvas->requestFrames(1);
    emit codeEdited(code, what, mergeKey);
}

QImage LatentInspectorWidget::renderedFrame() const { return m_canvas->isExposed() ? m_canvas->grabFramebuffer() : QImage(); }

void LatentInspectorWidget::drawFrame(double frameMs)
{
    m_snapshot.frameMs = frameMs;
    const int stepBefore = m_args.step;
    m_inspector.draw(m_snapshot, m_args);
    if (!m_args.edit.empty() && m_args.code != m_snapshot.code) {
        m_snapshot.code = m_args.code; // show the edit at once; the document echoes it back
        emit codeEdited(m_args.code, QString::fromStdString(m_args.edit), m_args.mergeKey);
    }
    if (m_wasDragging && !m_args.dragging) emit dragFinished();
    m_wasDragging = m_args.dragging;
    if (m_args.step != stepBefore) emit stepChanged(m_args.step);
}

QImage grabWithInspectors(QWidget* top)
{
    QImage shot = top->grab().toImage();
    QPainter painter(&shot);
    for (auto* inspector : top->findChildren<LatentInspectorWidget*>()) {
        if (!inspector->isVisible()) continue;
        QImage frame = inspector->renderedFrame();
        if (!frame.isNull())
            painter.drawImage(QRect(inspector->mapTo(top, QPoint(0, 0)), inspector->size()), frame);
    }
    return shot;
}

} // namespace dddg
