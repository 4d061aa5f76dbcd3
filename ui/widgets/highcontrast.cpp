#include "widgets/highcontrast.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace folja::ui {

QPalette highContrastPalette()
{
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00), cyan(0x00, 0xff, 0xff),
        grey(0xa0, 0xa0, 0xa0), dark(0x20, 0x20, 0x20);
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, dark);
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, yellow);
        p.setColor(group, QPalette::Link, cyan);
        p.setColor(group, QPalette::LinkVisited, cyan);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, grey);
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, white);
        p.setColor(group, QPalette::Shadow, white);
    }
    // Disabled stays readable (grey on black), never invisible.
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    p.setColor(QPalette::Disabled, QPalette::Highlight, grey);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

bool applyHighContrastIfRequested()
{
    const QByteArray value = qgetenv("FOLJA_HIGH_CONTRAST").toLower();
    if (value != "1" && value != "yes" && value != "true")
        return false;
    // The Windows style draws frames and check boxes from the palette's light/dark roles, so they
    // stay visible on black (Fusion derives its outlines from the window colour: black on black).
    if (QStyle* windows = QStyleFactory::create(QStringLiteral("Windows")))
        QApplication::setStyle(windows);
    QApplication::setPalette(highContrastPalette());
    return true;
}

} // namespace folja::ui
