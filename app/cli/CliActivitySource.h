#pragma once

#include "ActivityReader.h"
#include "AuditFilter.h"
#include "CliProfileSource.h"

namespace billing {

// The account's activity for `audit`: from the server (then recording it in the offline
// copy) or from the copy, by CliProfileSource's rules. Emits exactly one of loaded() or
// failed().
class CliActivitySource : public CliProfileSource
{
    Q_OBJECT

public:
    CliActivitySource(CliEnvironment &environment, const QUrl &server, const QString &username,
                      const AuditFilter &filter, QObject *parent = nullptr);

Q_SIGNALS:
    void loaded(const billing::ActivityReader::Result &result);

private:
    void fetch(BillingClient &client) override;
    void loadCache(const QString &reason) override;

    AuditFilter m_filter;
    ActivityReader *m_reader;
};

} // namespace billing
