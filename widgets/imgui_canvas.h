#pragma once
// An OpenGL surface that hosts one Dear ImGui context: it forwards Qt's mouse, wheel and
// key events to ImGui (the 1.86 io.KeysDown API Debian ships) and draws ImGui's triangles
// with Qt's OpenGL functions. Subclasses draw their panels in drawFrame(). Frames are
// drawn on demand (input, new data), with a few follow-up frames so hover states settle.
//
// It is a QOpenGLWindow placed in the widget tree with a window container, not a
// QOpenGLWidget: a QOpenGLWidget makes Qt composite the *whole* main window through
// OpenGL on every repaint, which on a CPU renderer (Mesa llvmpipe) cost 21.5 ms per
// trajectory repaint against 3.4 ms without it (docs/explorer.md).
#include <QColor>
#include <QElapsedTimer>
#include <QOpenGLExtraFunctions>
#include <QOpenGLWindow>

#include <memory>

struct ImGuiContext;
class QOpenGLShaderProgram;

namespace dddg {

class ImGuiCanvas : public QOpenGLWindow, protected QOpenGLExtraFunctions {
    Q_OBJECT
public:
    ImGuiCanvas();
    ~ImGuiCanvas() override;

    /// Whether an OpenGL context can be made on this display (not on Qt's offscreen one).
    static bool openGLAvailable();
    /// Asks for `frames` more frames (ImGui needs a frame or two to react to input).
    void requestFrames(int frames = 2);
    /// Time ImGui took to build the last frame, in milliseconds.
    double lastFrameMs() const { return m_lastFrameMs; }
    ImGuiContext* imguiContext() const { return m_context; }
    /// The colour behind the panels (the host widget's window colour).
    void setBackground(const QColor& color) { m_background = color; }

protected:
    /// Called between ImGui::NewFrame() and ImGui::Render(), ImGui context current.
    virtual void drawFrame() = 0;

    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    void createDeviceObjects();
    void renderDrawData();
    void setKey(QKeyEvent* event, bool down);

    ImGuiContext* m_context = nullptr;
    std::unique_ptr<QOpenGLShaderProgram> m_program;
    unsigned m_fontTexture = 0, m_vbo = 0, m_ibo = 0, m_vao = 0;
    bool m_useVao = false;
    QElapsedTimer m_clock;
    double m_lastFrameMs = 0;
    int m_pendingFrames = 0;
    QColor m_background{240, 240, 240};
};

} // namespace dddg
