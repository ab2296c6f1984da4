#pragma once

#include "BillReader.h"
#include "CliProfileSource.h"

namespace billing {

// One month's bill lines for `bills`: from the server (then saving the month's offline copy)
// or from the copy, by CliProfileSource's rules. Emits exactly one of loaded() or failed().
class CliBillSource : public CliProfileSource
{
    Q_OBJECT

public:
    CliBillSource(CliEnvironment &environment, const QUrl &server, const QString &username,
                  const QString &month, QObject *parent = nullptr);

Q_SIGNALS:
    void loaded(const billing::BillReader::Result &result);

private:
    void fetch(BillingClient &client) override;
    void loadCache(const QString &reason) override;

    BillReader *m_reader;
};

} // namespace billing
