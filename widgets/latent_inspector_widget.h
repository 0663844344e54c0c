#pragma once
// Hosts the ImGui latent inspector in the Qt window: feeds it a snapshot, and turns what
// its frame wrote into at most one edit signal per frame.
#include "latent_inspector.h"

#include <QElapsedTimer>
#include <QWidget>

namespace dddg {

class InspectorCanvas;

class LatentInspectorWidget : public QWidget {
    Q_OBJECT
public:
    explicit LatentInspectorWidget(QWidget* parent = nullptr);
    ~LatentInspectorWidget() override;

    void setScales(int tMax, int dz, const std::vector<float>& scales);
    void setCode(const LatentCode& code, const LatentCode& base);
    void setTimings(double engineMs, double latencyMs);
    int step() const { return m_args.step; }
    void setStep(int t);
    /// Applies an edit exactly as a slider drag does (one frame, one edit signal); the
    /// latency probe uses it to drag without a mouse.
    void applyEdit(const LatentCode& code, const QString& what, int mergeKey);
    /// The last frame the canvas drew (a window container is not part of QWidget::grab).
    QImage renderedFrame() const;
    QSize sizeHint() const override { return {520, 380}; }

signals:
    /// The user changed the code; edits with the same mergeKey (≥ 0) belong to one drag.
    void codeEdited(const dddg::LatentCode& code, const QString& what, int mergeKey);
    /// A slider drag ended (the next edit starts a new undo step).
    void dragFinished();
    void stepChanged(int t);

private:
    friend class InspectorCanvas;
    void drawFrame(double frameMs);

    InspectorCanvas* m_canvas;
    LatentInspector m_inspector;
    InspectorSnapshot m_snapshot;
    InspectorArgs m_args;
    bool m_wasDragging = false;
    QElapsedTimer m_timingsClock;
};

/// `top` as QWidget::grab() shows it, with the inspectors' OpenGL frames painted in.
QImage grabWithInspectors(QWidget* top);

} // namespace dddg
