#pragma once

#include <QWidget>

namespace billing::test {

// The child of `root` with this object name and type; a warning names what is missing, so
// that a renamed widget is found in the log rather than in a crash.
template <typename T> T *child(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

} // namespace billing::test
