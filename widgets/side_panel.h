#pragma once
// The column of controls at the left of a view: it scrolls up and down only. It is never
// narrower than what its content needs (nothing clipped, no sideways scrolling), also when a
// label's text grows or a translation is longer, and otherwise keeps its preferred width.
#include <QScrollArea>

namespace dddg {

class SidePanel : public QScrollArea {
    Q_OBJECT
public:
    SidePanel(QWidget* content, int preferredWidth, QWidget* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitContent();
    int m_preferred;
};

} // namespace dddg
