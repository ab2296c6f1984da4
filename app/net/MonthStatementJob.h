#pragma once

#include "ApiJob.h"
#include "MonthStatement.h"

namespace billing {

// GET /api/v1/bills?month=YYYY-MM: the month's statement.
class MonthStatementJob : public ApiJob
{
    Q_OBJECT
public:
    MonthStatementJob(BillingClient &client, const QString &month, QObject *parent = nullptr);
    const MonthStatement &statement() const { return m_statement; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    MonthStatement m_statement;
};

} // namespace billing
