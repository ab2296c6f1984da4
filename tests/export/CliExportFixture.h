#pragma once

// The real billing-desk executable (BILLING_DESK_BIN) against the real server with the demo
// account, logged in once through the keychain of the test session (scripts/test runs the
// tests inside dbus-run-session with gnome-keyring). Every run gets the same data folder,
// where the offline copies go, and writes its files into an output folder.
#include "CliProcess.h"
#include "ServerFixture.h"

#include <QTemporaryDir>

namespace billing::test {

class CliExportFixture
{
public:
    explicit CliExportFixture(int demoWorkspaces)
        : m_server(demoServerOptions(demoWorkspaces))
    {}

    // Starts the server and runs `billing-desk login` for the demo user; false with *error.
    bool start(QString *error)
    {
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
            *error = QStringLiteral("run inside dbus-run-session with gnome-keyring "
                                    "(scripts/test does)");
            return false;
        }
        if (!m_home.isValid() || !m_out.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (!m_server.start()) {
            *error = m_server.errorString();
            return false;
        }
        m_url = m_server.baseUrl();
        const CliRun login = run(QStringList{QStringLiteral("login")}
                                     << profile() << QStringLiteral("--password-stdin"),
                                 kDemoPassword.toUtf8() + '\n');
        *error = login.exitCode == 0 ? QString() : login.err;
        return login.exitCode == 0;
    }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return runCli(QStringLiteral(BILLING_DESK_BIN), arguments, input, environment, 120000);
    }

    // --server URL --username USER
    QStringList profile(const QString &user = kDemoUser) const
    {
        return {QStringLiteral("--server"), url().toString(), QStringLiteral("--username"), user};
    }

    TestServer &server() { return m_server; }
    QUrl url() const { return m_url; } // also once the server is stopped
    QString path(const QString &name) const { return m_out.filePath(name); }
    QString outDirectory() const { return m_out.path(); }
    QString cacheDirectory() const
    {
        return m_home.filePath(QStringLiteral("billing-desk/billing-desk/cache"));
    }

private:
    TestServer m_server;
    QUrl m_url;
    QTemporaryDir m_home; // XDG_DATA_HOME of the executable
    QTemporaryDir m_out;
};

} // namespace billing::test
