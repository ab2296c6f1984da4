#include "AccessibilityWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>

namespace billing::test {
namespace {
bool isInput(QWidget *widget)
{
    // Headers are parts of their view, reached and named through it.
    if (qobject_cast<QHeaderView *>(widget))
        return false;
    // A combo box's or a spin box's (date edit's) own line edit and a tab bar's scroll
    // buttons belong to their owner.
    if (qobject_cast<QLineEdit *>(widget)
        && (qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
        return false;
    if (qobject_cast<QAbstractButton *>(widget) && qobject_cast<QTabBar *>(widget->parentWidget()))
        return false;
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
           || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
           || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
           || qobject_cast<QAbstractItemView *>(widget);
}
} // namespace

QString AccessibilityWalk::describe(const QWidget *widget)
{
    const QString name =
        widget->objectName().isEmpty() ? QStringLiteral("<no objectName>") : widget->objectName();
    return name + QStringLiteral(" (") + QString::fromLatin1(widget->metaObject()->className())
           + u')';
}

QString AccessibilityWalk::problems(QWidget *window)
{
    if (inputs(window).isEmpty())
        return QStringLiteral("no input found: the walk would prove nothing");
    QStringList found;
    const QStringList withoutName = unnamed(window);
    if (!withoutName.isEmpty())
        found << QStringLiteral("inputs without an accessible name: ")
                     + withoutName.join(QStringLiteral(", "));
    const QStringList notReached = unreachable(window);
    if (!notReached.isEmpty())
        found << QStringLiteral("inputs Tab does not reach: ")
                     + notReached.join(QStringLiteral(", "));
    return found.join(QStringLiteral("; "));
}

QList<QWidget *> AccessibilityWalk::inputs(QWidget *window)
{
    QList<QWidget *> found;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() == window && widget->isVisible() && widget->isEnabled()
            && isInput(widget))
            found << widget;
    }
    return found;
}

QStringList AccessibilityWalk::unnamed(QWidget *window)
{
    QStringList problems;
    for (QWidget *widget : inputs(window)) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems << describe(widget);
    }
    return problems;
}

QStringList AccessibilityWalk::unreachable(QWidget *window)
{
    QSet<QWidget *> reached;
    QWidget *current = window->focusWidget();
    if (!current) {
        const QList<QWidget *> candidates = inputs(window);
        const auto first = std::find_if(candidates.begin(), candidates.end(), [](QWidget *w) {
            return (w->focusPolicy() & Qt::TabFocus) != 0;
        });
        if (first != candidates.end()) {
            (*first)->setFocus(Qt::TabFocusReason);
            current = window->focusWidget();
        }
    }
    // Twice the number of widgets is enough to go round the whole chain once.
    const qsizetype limit = 2 * window->findChildren<QWidget *>().size() + 2;
    for (qsizetype step = 0; current && step < limit; ++step) {
        reached.insert(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = window->focusWidget();
    }
    // Exclusive radio buttons are one stop: Tab enters the group, the arrow keys choose.
    const auto groupReached = [&reached](QWidget *widget) {
        auto *radio = qobject_cast<QRadioButton *>(widget);
        if (!radio || !radio->autoExclusive())
            return false;
        const QList<QRadioButton *> siblings =
            radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
        return std::any_of(siblings.begin(), siblings.end(),
                           [&reached](QRadioButton *other) { return reached.contains(other); });
    };
    // A tool bar repeats menu actions for the mouse: its buttons take no Tab stop, the
    // actions are reached through the menus (F10, Alt+letter) and their shortcuts.
    const auto inToolBar = [](QWidget *widget) {
        return qobject_cast<QToolBar *>(widget->parentWidget()) != nullptr;
    };
    QStringList problems;
    for (QWidget *widget : inputs(window)) {
        if (!reached.contains(widget) && !groupReached(widget) && !inToolBar(widget))
            problems << describe(widget);
    }
    return problems;
}

} // namespace billing::test
