#include "ThrowawayCa.h"

#include <QFile>
#include <QProcess>

namespace billing::test {

bool ThrowawayCa::run(const QStringList &arguments, QString *error) const
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error =
            QStringLiteral("openssl %1 failed: %2")
                .arg(arguments.first(), QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool ThrowawayCa::create(const QString &dir, QString *error)
{
    m_dir = dir;
    QFile extensions(dir + QStringLiteral("/server.ext"));
    if (!extensions.open(QIODevice::WriteOnly)
        || extensions.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                            "subjectAltName=IP:127.0.0.1,DNS:localhost\n")
               < 0) {
        *error = extensions.errorString();
        return false;
    }
    extensions.close();
    const QString rsa = QStringLiteral("rsa:2048");
    return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), rsa,
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=Billing Desk throwaway test CA"),
                QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                QStringLiteral("ca.pem")},
               error)
           && run({QStringLiteral("req"), QStringLiteral("-newkey"), rsa, QStringLiteral("-nodes"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                   QStringLiteral("server.csr")},
                  error)
           && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                   QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                   QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                   QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-out"),
                   QStringLiteral("server.pem")},
                  error);
}

} // namespace billing::test
