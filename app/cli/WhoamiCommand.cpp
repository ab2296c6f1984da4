#include "WhoamiCommand.h"

#include "BillingClient.h"
#include "CliSupport.h"
#include "GetAccountJob.h"

#include <QCoreApplication>

namespace billing {
QString WhoamiCommand::description() const
{
    return tr("Show the account the stored credentials log in to.");
}

void WhoamiCommand::run(const QCommandLineParser &parser, CliEnvironment &environment)
{
    auto *client = new BillingClient(&environment.network, m_server.server(parser), this);
    auto *session =
        new KeychainSession(*client, environment.credentials, m_server.username(parser), this);
    session->resume([this, client, &environment](const KeychainSession::Result &result) {
        if (!result.ok()) {
            environment.err << result.message << Qt::endl;
            Q_EMIT finished(exitCodeFor(result));
            return;
        }
        auto *job = new GetAccountJob(*client, this);
        connect(job, &ApiJob::finished, this, [this, job, client, &environment] {
            if (!job->ok()) {
                environment.err << job->error().userMessage() << Qt::endl;
                Q_EMIT finished(job->error().kind == ClientError::Kind::SessionExpired
                                    ? ExitNotLoggedIn
                                    : ExitFailure);
                return;
            }
            const Account &account = job->account();
            environment.out << tr("%1 (%2, %3) on %4")
                                   .arg(account.username, account.company, account.email,
                                        client->baseUrl().toString())
                            << Qt::endl;
            Q_EMIT finished(ExitOk);
        });
        job->start();
    });
}

} // namespace billing
