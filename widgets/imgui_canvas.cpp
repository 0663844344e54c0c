#include "imgui_canvas.h"

#include <imgui.h>

#include <QFile>
#include <QKeyEvent>
#include <QOpenGLContext>
#include <QOpenGLShaderProgram>
#include <QTimer>
#include <QWheelEvent>

namespace dddg {
namespace {

// Qt key → index into ImGui 1.86's io.KeysDown[512] (Qt's codes are too large to use).
int keyIndex(int qtKey)
{
    switch (qtKey) {
    case Qt::Key_Tab: return 1;
    case Qt::Key_Left: return 2;
    case Qt::Key_Right: return 3;
    case Qt::Key_Up: return 4;
    case Qt::Key_Down: return 5;
    case Qt::Key_PageUp: return 6;
    case Qt::Key_PageDown: return 7;
    case Qt::Key_Home: return 8;
    case Qt::Key_End: return 9;
    case Qt::Key_Insert: return 10;
    case Qt::Key_Delete: return 11;
    case Qt::Key_Backspace: return 12;
    case Qt::Key_Space: return 13;
    case Qt::Key_Return: return 14;
    case Qt::Key_Enter: return 14;
    case Qt::Key_Escape: return 15;
    default: break;
    }
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z) return 16 + (qtKey - Qt::Key_A); // for Ctrl+A/C/V/X/Y/Z
    return -1;
}

const char* kVertexShader = R"(
uniform mat4 ProjMtx;
attribute vec2 Position;
attribute vec2 UV;
attribute vec4 Color;
varying vec2 Frag_UV;
varying vec4 Frag_Color;
void main() { Frag_UV = UV; Frag_Color = Color; gl_Position = ProjMtx * vec4(Position.xy, 0, 1); }
)";

const char* kFragmentShader = R"(
#ifdef GL_ES
precision mediump float;
#endif
uniform sampler2D Texture;
varying vec2 Frag_UV;
varying vec4 Frag_Color;
void main() { gl_FragColor = Frag_Color * texture2D(Texture, Frag_UV.st); }
)";

} // namespace

ImGuiCanvas::ImGuiCanvas() : QOpenGLWindow(QOpenGLWindow::NoPartialUpdate)
{
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout comes from code, not from a file in the cwd
    io.KeyMap[ImGuiKey_Tab] = 1;
    io.KeyMap[ImGuiKey_LeftArrow] = 2;
    io.KeyMap[ImGuiKey_RightArrow] = 3;
    io.KeyMap[ImGuiKey_UpArrow] = 4;
    io.KeyMap[ImGuiKey_DownArrow] = 5;
    io.KeyMap[ImGuiKey_PageUp] = 6;
    io.KeyMap[ImGuiKey_PageDown] = 7;
    io.KeyMap[ImGuiKey_Home] = 8;
    io.KeyMap[ImGuiKey_End] = 9;
    io.KeyMap[ImGuiKey_Insert] = 10;
    io.KeyMap[ImGuiKey_Delete] = 11;
    io.KeyMap[ImGuiKey_Backspace] = 12;
    io.KeyMap[ImGuiKey_Space] = 13;
    io.KeyMap[ImGuiKey_Enter] = 14;
    io.KeyMap[ImGuiKey_Escape] = 15;
    io.KeyMap[ImGuiKey_A] = 16 + 0;
    io.KeyMap[ImGuiKey_C] = 16 + 2;
    io.KeyMap[ImGuiKey_V] = 16 + 21;
    io.KeyMap[ImGuiKey_X] = 16 + 23;
    io.KeyMap[ImGuiKey_Y] = 16 + 24;
    io.KeyMap[ImGuiKey_Z] = 16 + 25;
    for (const char* font : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"})
        if (QFile::exists(QString::fromLatin1(font))) io.Fonts->AddFontFromFileTTF(font, 15.0f);
    ImGui::StyleColorsLight();
    ImGui::GetStyle().FrameRounding = 3.0f;
    m_clock.start();
}

ImGuiCanvas::~ImGuiCanvas()
{
    if (context()) { // GL objects exist only once the window was shown
        makeCurrent();
        if (m_fontTexture) glDeleteTextures(1, &m_fontTexture);
        if (m_vbo) glDeleteBuffers(1, &m_vbo);
        if (m_ibo) glDeleteBuffers(1, &m_ibo);
        if (m_vao) glDeleteVertexArrays(1, &m_vao);
        m_program.reset();
        doneCurrent();
    }
    ImGui::DestroyContext(m_context);
}

bool ImGuiCanvas::openGLAvailable()
{
    static const bool available = [] {
        QOpenGLContext context;
        return context.create();
    }();
    return available;
}

void ImGuiCanvas::requestFrames(int frames)
{
    m_pendingFrames = std::max(m_pendingFrames, frames);
    update();
}

void ImGuiCanvas::initializeGL()
{
    initializeOpenGLFunctions();
    createDeviceObjects();
}

void ImGuiCanvas::createDeviceObjects()
{
    m_program = std::make_unique<QOpenGLShaderProgram>();
    m_program->addShaderFromSourceCode(QOpenGLShader::Vertex, kVertexShader);
    m_program->addShaderFromSourceCode(QOpenGLShader::Fragment, kFragmentShader);
    m_program->bindAttributeLocation("Position", 0);
    m_program->bindAttributeLocation("UV", 1);
    m_program->bindAttributeLocation("Color", 2);
    m_program->link();
    glGenBuffers(1, &m_vbo);
    glGenBuffers(1, &m_ibo);
    // Core profiles need a vertex array object; compatibility contexts work without.
    m_useVao = context()->format().profile() == QSurfaceFormat::CoreProfile || context()->isOpenGLES();
    if (m_useVao) glGenVertexArrays(1, &m_vao);

    ImGui::SetCurrentContext(m_context);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    glGenTextures(1, &m_fontTexture);
    glBindTexture(GL_TEXTURE_2D, m_fontTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(intptr_t(m_fontTexture)));
}

void ImGuiCanvas::resizeGL(int, int) { requestFrames(); }

void ImGuiCanvas::paintGL()
{
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(width()), float(height()));
    const float dpr = float(devicePixelRatio());
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);
    io.DeltaTime = std::max(1e-4f, float(m_clock.restart()) / 1000.0f);
    QElapsedTimer frame;
    frame.start();
    ImGui::NewFrame();
    drawFrame();
    ImGui::Render();
    m_lastFrameMs = double(frame.nsecsElapsed()) / 1e6;

    const QColor bg = m_background;
    glViewport(0, 0, int(width() * dpr), int(height() * dpr));
    glClearColor(bg.redF(), bg.greenF(), bg.blueF(), 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderDrawData();
    if (m_pendingFrames > 0) {
        --m_pendingFrames;
        QTimer::singleShot(16, this, qOverload<>(&QPaintDeviceWindow::update));
    }
}

void ImGuiCanvas::renderDrawData()
{
    ImDrawData* data = ImGui::GetDrawData();
    if (!data || data->CmdListsCount == 0 || !m_program || !m_program->isLinked()) return;
    const float fbW = data->DisplaySize.x * data->FramebufferScale.x, fbH = data->DisplaySize.y * data->FramebufferScale.y;
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_SCISSOR_TEST);
    const float L = data->DisplayPos.x, R = L + data->DisplaySize.x, T = data->DisplayPos.y, B = T + data->DisplaySize.y;
    const float ortho[16] = {2.0f / (R - L), 0, 0, 0, 0, 2.0f / (T - B), 0, 0, 0, 0, -1.0f, 0, (R + L) / (L - R), (T + B) / (B - T), 0, 1.0f};
    m_program->bind();
    m_program->setUniformValue("Texture", 0);
    glUniformMatrix4fv(m_program->uniformLocation("ProjMtx"), 1, GL_FALSE, ortho);
    if (m_useVao) glBindVertexArray(m_vao);
    glActiveTexture(GL_TEXTURE0);
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_ibo);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    const ImVec2 scale = data->FramebufferScale;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list->VtxBuffer.Size) * GLsizeiptr(sizeof(ImDrawVert)), list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list->IdxBuffer.Size) * GLsizeiptr(sizeof(ImDrawIdx)), list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - L) * scale.x, y0 = (cmd.ClipRect.y - T) * scale.y;
            const float x1 = (cmd.ClipRect.z - L) * scale.x, y1 = (cmd.ClipRect.w - T) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(int(x0), int(fbH - y1), int(x1 - x0), int(y1 - y0)); // GL's origin is bottom-left
            glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(cmd.TextureId)));
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(intptr_t(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    (void)fbW;
    if (m_useVao) glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);
    m_program->release();
}

// [SECTION] Input: Qt events → ImGui io (1.86 API)
void ImGuiCanvas::mousePressEvent(QMouseEvent* event)
{
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(float(event->position().x()), float(event->position().y()));
    if (event->button() == Qt::LeftButton) io.MouseDown[0] = true;
    if (event->button() == Qt::RightButton) io.MouseDown[1] = true;
    if (event->button() == Qt::MiddleButton) io.MouseDown[2] = true;
    requestFrames(3);
}

void ImGuiCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    if (event->button() == Qt::LeftButton) io.MouseDown[0] = false;
    if (event->button() == Qt::RightButton) io.MouseDown[1] = false;
    if (event->button() == Qt::MiddleButton) io.MouseDown[2] = false;
    requestFrames(3);
}

void ImGuiCanvas::mouseMoveEvent(QMouseEvent* event)
{
    ImGui::SetCurrentContext(m_context);
    ImGui::GetIO().MousePos = ImVec2(float(event->position().x()), float(event->position().y()));
    requestFrames(2);
}

bool ImGuiCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::Leave) {
        ImGui::SetCurrentContext(m_context);
        ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        requestFrames(2);
    }
    return QOpenGLWindow::event(event);
}

void ImGuiCanvas::wheelEvent(QWheelEvent* event)
{
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel += float(event->angleDelta().y()) / 120.0f;
    io.MouseWheelH += float(event->angleDelta().x()) / 120.0f;
    requestFrames(3);
}

void ImGuiCanvas::setKey(QKeyEvent* event, bool down)
{
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = event->modifiers() & Qt::ControlModifier;
    io.KeyShift = event->modifiers() & Qt::ShiftModifier;
    io.KeyAlt = event->modifiers() & Qt::AltModifier;
    io.KeySuper = event->modifiers() & Qt::MetaModifier;
    int index = keyIndex(event->key());
    if (index >= 0) io.KeysDown[index] = down;
    if (down && !event->text().isEmpty() && event->text().at(0).isPrint())
        io.AddInputCharactersUTF8(event->text().toUtf8().constData());
    requestFrames(3);
}

void ImGuiCanvas::keyPressEvent(QKeyEvent* event)
{
    setKey(event, true);
    // Keys ImGui does not use (Ctrl+Z for undo, F-keys…) travel on to the window.
    if (!ImGui::GetIO().WantCaptureKeyboard) event->ignore();
}

void ImGuiCanvas::keyReleaseEvent(QKeyEvent* event)
{
    setKey(event, false);
    if (!ImGui::GetIO().WantCaptureKeyboard) event->ignore();
}

} // namespace dddg
