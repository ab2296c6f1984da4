#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

namespace billing::test {

// What a screen reader and a keyboard-only user meet in a window: every visible input and
// whether it has an accessible name and is reached by pressing Tab.
class AccessibilityWalk
{
public:
    // The visible, enabled widgets of `window` a user types into, picks or presses.
    static QList<QWidget *> inputs(QWidget *window);
    // "objectName (Class)" of each input whose accessible name (explicit, or from its text
    // or buddy label, as the screen reader sees it) is empty.
    static QStringList unnamed(QWidget *window);
    // "objectName (Class)" of each input that pressing Tab from the first focus never reaches.
    static QStringList unreachable(QWidget *window);

    static QString describe(const QWidget *widget);
};

} // namespace billing::test
