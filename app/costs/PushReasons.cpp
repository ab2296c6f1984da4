#include "PushReasons.h"

#include "BillLineListJob.h"
#include "MonthStatement.h"

namespace billing {

PushReasons::PushReasons(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void PushReasons::load(const MonthStatement &statement)
{
    drop();
    m_reasons.clear();
    for (const PayerTotal &payer : statement.byPayer) {
        if (payer.payer.instanceId.isEmpty()
            || (payer.status != u"push_failed" && payer.status != u"pending_push"))
            continue;
        BillLineFilter filter;
        filter.month = statement.month;
        filter.payer = payer.payer.method + u':' + payer.payer.instanceId;
        filter.status = payer.status;
        auto *job = new BillLineListJob(m_client, filter, this);
        m_jobs.append(job);
        connect(job, &PagedListJob::finished, this, [this, job, key = filter.payer] {
            job->deleteLater();
            m_jobs.removeAll(job);
            for (const BillLine &line : job->lines()) {
                if (!line.pushError.isEmpty()) {
                    m_reasons.insert(key, line.pushError);
                    Q_EMIT reasonFound(key, line.pushError);
                    return;
                }
            }
        });
        job->start();
    }
}

void PushReasons::drop()
{
    for (const QPointer<BillLineListJob> &job : std::as_const(m_jobs)) {
        if (!job)
            continue;
        job->disconnect(this);
        job->abort();
        job->deleteLater();
    }
    m_jobs.clear();
}

} // namespace billing
