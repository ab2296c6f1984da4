#include "LogoutCommand.h"

#include "BillingClient.h"
#include "CliSupport.h"

#include <QCoreApplication>

namespace billing {
QString LogoutCommand::description() const
{
    return tr("End the stored session; with --forget also remove the stored password.");
}

void LogoutCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_forget.setDescription(tr("Remove the password from the system keychain."));
    parser.addOption(m_forget);
}

QString LogoutCommand::checkOptions(const QCommandLineParser &parser)
{
    return m_server.check(parser);
}

void LogoutCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    auto *client = new BillingClient(&environment.network, m_server.server(parser), this);
    auto *session =
        new KeychainSession(*client, environment.credentials, m_server.username(parser), this);
    const bool forget = parser.isSet(m_forget);
    session->logOut(
        forget, [this, forget, session, &environment](const KeychainSession::Result &result) {
            if (!result.ok()) {
                environment.err << result.message << Qt::endl;
                Q_EMIT finished(exitCodeFor(result));
                return;
            }
            environment.out << (forget ? tr("Logged out of %1; the stored password was removed.")
                                       : tr("Logged out of %1."))
                                   .arg(session->passwordKey().keychainKey())
                            << Qt::endl;
            Q_EMIT finished(ExitOk);
        });
}

} // namespace billing
