#include "LoginCommand.h"

#include "BillingClient.h"
#include "CliSupport.h"
#include "KeychainSession.h"

#include <QCoreApplication>

namespace billing {
namespace {
// The password is one line of standard input; its line break is not part of it.
QString passwordFromStdin(const QByteArray &input)
{
    QByteArray line = input;
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
} // namespace

QString LoginCommand::description() const
{
    return tr("Verify the password with the Billing Center and keep it in the system keychain.");
}

void LoginCommand::addOptions(QCommandLineParser &parser)
{
    m_server.addTo(parser);
    m_passwordStdin.setDescription(tr("Read the password from standard input."));
    parser.addOption(m_passwordStdin);
}

QString LoginCommand::checkOptions(const QCommandLineParser &parser)
{
    const QString problem = m_server.check(parser);
    if (!problem.isEmpty())
        return problem;
    if (!parser.isSet(m_passwordStdin))
        return tr("--password-stdin is required: the password is never taken as an argument.");
    return {};
}

void LoginCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    const QString password = passwordFromStdin(environment.readStdin());
    if (password.isEmpty()) {
        environment.err << tr("No password on standard input.") << Qt::endl;
        Q_EMIT finished(ExitUsage);
        return;
    }
    auto *client = new BillingClient(&environment.network, m_server.server(parser), this);
    auto *session =
        new KeychainSession(*client, environment.credentials, m_server.username(parser), this);
    session->logIn(
        password, true, [this, client, &environment](const KeychainSession::Result &result) {
            if (!result.ok()) {
                environment.err << result.message << Qt::endl;
                Q_EMIT finished(exitCodeFor(result));
                return;
            }
            const auto &account = client->session().account;
            environment.out << tr("Logged in as %1 (%2) on %3; the password is kept in the system "
                                  "keychain.")
                                   .arg(account ? account->username : QString(),
                                        account ? account->company : QString(),
                                        client->baseUrl().toString())
                            << Qt::endl;
            Q_EMIT finished(ExitOk);
        });
}

} // namespace billing
