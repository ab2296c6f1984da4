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
    // "objectName (Class)" of each input that pressing Tab from the first focus never reaches
    // (tool bar buttons excepted: their actions are in the menus).
    static QStringList unreachable(QWidget *window);

    // What a test reports: the unnamed and the unreachable inputs, or why nothing could be
    // checked; empty when the window passes. The window must be shown.
    static QString problems(QWidget *window);

    static QString describe(const QWidget *widget);
};

} // namespace billing::test
