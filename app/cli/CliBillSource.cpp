#include "CliBillSource.h"

#include "WorkspaceCache.h"

namespace billing {

CliBillSource::CliBillSource(CliEnvironment &environment, const QUrl &server,
                             const QString &username, const QString &month, QObject *parent)
    : CliProfileSource(environment, server, username, parent)
    , m_reader(new BillReader(
          BillCache(WorkspaceCache::defaultDirectory(), server, username, month), this))
{
    connect(m_reader, &BillReader::read, this, &CliBillSource::loaded);
    connect(m_reader, &BillReader::failed, this, [this](const ClientError &error) {
        failOnline(error, ExitFailure, error.userMessage());
    });
}

void CliBillSource::fetch(BillingClient &client)
{
    m_reader->readOnline(client);
}

void CliBillSource::loadCache(const QString &reason)
{
    QString error;
    bool noCopy = false;
    const auto result = m_reader->readCopy(reason, &error, &noCopy);
    if (!result) {
        failLater(ExitFailure, reason.isEmpty() ? error : reason + u' ' + error, noCopy);
        return;
    }
    finishLater([this, result = *result] { Q_EMIT loaded(result); });
}

} // namespace billing
