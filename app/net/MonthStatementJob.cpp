#include "MonthStatementJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace billing {

MonthStatementJob::MonthStatementJob(BillingClient &client, const QString &month, QObject *parent)
    : ApiJob(client, "GET", QStringLiteral("/api/v1/bills"), Auth::Bearer, parent)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("month"), month);
    setQuery(query);
}

bool MonthStatementJob::parseSuccess(int, const QJsonDocument &body)
{
    auto statement = MonthStatement::fromJson(body.object());
    if (statement)
        m_statement = std::move(*statement);
    return statement.has_value();
}

} // namespace billing
