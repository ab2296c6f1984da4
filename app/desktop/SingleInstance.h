#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace billing {

// One desktop per user session. The first start listens on a local socket; a later start
// (a billingdesk:// link opened while the app runs) hands its command line to the first
// and exits. A socket left by a crashed first start is removed and taken over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The socket of this user and application: <runtime dir>/<application name>.socket
    // (the runtime directory is the user's own; QDir::tempPath() with the user name when
    // the system has none).
    static QString defaultSocketName();

    explicit SingleInstance(QString socketName = defaultSocketName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // Gives the arguments to a running first start; true when it confirmed them (this start
    // should now exit). Blocking: needs the application object, not its event loop.
    bool handOver(const QStringList &arguments, int timeoutMs = 3000) const;
    // Becomes the first start; false when that failed (logged, the app runs alone anyway).
    bool listen();
    QString socketName() const { return m_socketName; }

Q_SIGNALS:
    // A later start's command line (argv, the program name first).
    void commandLineReceived(const QStringList &arguments);

private:
    void accept();
    void read(QLocalSocket *socket);

    QString m_socketName;
    QLocalServer *m_server = nullptr;
};

} // namespace billing
