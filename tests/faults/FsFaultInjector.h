#pragma once

// Drives fs_fault_injector (LD_PRELOAD) from a test: the environment that loads it into a
// process for one folder, and the trigger file that turns the full disk or the read-only
// mount on and off while that process runs.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace billing::test {

class FsFaultInjector
{
public:
    enum class Mode { Full, ReadOnly };

    static QString libraryPath() { return QStringLiteral(BILLING_FAULT_FS_LIB); }

    // Variables that make a process started with them see `folder` as full or read-only
    // whenever the fault is on.
    QList<QPair<QString, QString>> environment(const QString &folder, Mode mode) const
    {
        QString asan = qEnvironmentVariable("ASAN_OPTIONS");
        // The preloaded library is not the sanitizer runtime; the check would abort.
        asan += QStringLiteral("%1verify_asan_link_order=0").arg(asan.isEmpty() ? "" : ":");
        return {{QStringLiteral("LD_PRELOAD"), libraryPath()},
                {QStringLiteral("ASAN_OPTIONS"), asan},
                {QStringLiteral("BILLING_FAULT_FS_PATH"), QDir(folder).absolutePath()},
                {QStringLiteral("BILLING_FAULT_FS_MODE"),
                 mode == Mode::Full ? QStringLiteral("full") : QStringLiteral("readonly")},
                {QStringLiteral("BILLING_FAULT_FS_TRIGGER"), trigger()}};
    }

    QString trigger() const { return m_scratch.filePath(QStringLiteral("fault-on")); }
    bool isValid() const { return m_scratch.isValid(); }
    bool on() const
    {
        QFile file(trigger());
        return file.open(QIODevice::WriteOnly);
    }
    bool off() const { return !QFile::exists(trigger()) || QFile::remove(trigger()); }

private:
    QTemporaryDir m_scratch;
};

} // namespace billing::test
