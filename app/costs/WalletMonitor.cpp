#include "WalletMonitor.h"

#include "WalletJob.h"

namespace billing {

WalletMonitor::WalletMonitor(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void WalletMonitor::refresh()
{
    if (m_job)
        return; // the answer on its way is as fresh
    auto *job = new WalletJob(m_client, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_error = job->error();
        if (job->ok()) {
            m_wallet = job->wallet();
            m_hasWallet = true;
        }
        Q_EMIT changed();
    });
    job->start();
}

} // namespace billing
