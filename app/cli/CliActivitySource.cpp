#include "CliActivitySource.h"

#include "WorkspaceCache.h"

namespace billing {

CliActivitySource::CliActivitySource(CliEnvironment &environment, const QUrl &server,
                                     const QString &username, const AuditFilter &filter,
                                     QObject *parent)
    : CliProfileSource(environment, server, username, parent)
    , m_filter(filter)
    , m_reader(new ActivityReader(
          ActivityCache(WorkspaceCache::defaultDirectory(), server, username), this))
{
    connect(m_reader, &ActivityReader::read, this, &CliActivitySource::loaded);
    connect(m_reader, &ActivityReader::failed, this, [this](const ClientError &error) {
        failOnline(error, ExitFailure, error.userMessage());
    });
}

void CliActivitySource::fetch(BillingClient &client)
{
    m_reader->readOnline(client, m_filter);
}

void CliActivitySource::loadCache(const QString &reason)
{
    QString error;
    bool noCopy = false;
    const auto result = m_reader->readCopy(m_filter, reason, &error, &noCopy);
    if (!result) {
        failLater(ExitFailure, reason + u' ' + error, noCopy);
        return;
    }
    finishLater([this, result = *result] { Q_EMIT loaded(result); });
}

} // namespace billing
