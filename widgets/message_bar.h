#pragma once
// A bar across the top of the window for errors and notices: errors stay until closed,
// notices fade after a few seconds. Failures are shown here, in the window, never as a
// crash and never as a stack of modal dialogs.
#include <QFrame>

class QLabel;
class QTimer;

namespace dddg {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Error };
    explicit MessageBar(QWidget* parent = nullptr);
    void showMessage(const QString& text, Level level = Level::Info);
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QTimer* m_hide;
    Level m_level = Level::Info;
};

} // namespace dddg
