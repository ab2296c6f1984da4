#include "CliProfileSource.h"

#include "BillingClient.h"
#include "CliSupport.h"

namespace billing {

CliProfileSource::CliProfileSource(CliEnvironment &environment, const QUrl &server,
                                   const QString &username, QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_server(server)
    , m_username(username)
{}

void CliProfileSource::finishLater(const std::function<void()> &emitter)
{
    QMetaObject::invokeMethod(this, emitter, Qt::QueuedConnection);
}

void CliProfileSource::failLater(int exitCode, const QString &message, bool noCache)
{
    finishLater([this, exitCode, message, noCache] { Q_EMIT failed(exitCode, message, noCache); });
}

void CliProfileSource::warnCacheNotUpdated(const QString &error)
{
    m_env.err << tr("Warning: the offline copy was not updated: %1").arg(error) << Qt::endl;
}

void CliProfileSource::endOnFailure(CliCommand &command)
{
    connect(this, &CliProfileSource::failed, &command,
            [this, &command](int exitCode, const QString &message) {
                m_env.err << message << Qt::endl;
                Q_EMIT command.finished(exitCode);
            });
}

void CliProfileSource::load(bool offline)
{
    if (offline) {
        loadCache(tr("Offline (--offline)."));
        return;
    }
    auto *client = new BillingClient(&m_env.network, m_server, this);
    auto *session = new KeychainSession(*client, m_env.credentials, m_username, this);
    session->resume([this, client](const KeychainSession::Result &result) {
        if (!result.ok()) {
            failOnline(result.error, exitCodeFor(result), result.message);
            return;
        }
        fetch(*client);
    });
}

void CliProfileSource::failOnline(const ClientError &error, int exitCode, const QString &message)
{
    if (error.isUnreachable()) {
        loadCache(message); // ClientError's sentence: the server could not be reached
        return;
    }
    const int code =
        error.kind == ClientError::Kind::SessionExpired ? int(ExitNotLoggedIn) : exitCode;
    Q_EMIT failed(code, message, false);
}

} // namespace billing
