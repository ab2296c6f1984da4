#include "SandboxClock.h"

#include "SandboxClockJob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxClock, "billing.sandbox.clock", QtInfoMsg)

namespace billing {

SandboxClock::SandboxClock(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SandboxClock::~SandboxClock()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
    }
}

bool SandboxClock::isBusy() const
{
    return m_job != nullptr;
}

void SandboxClock::read()
{
    if (isBusy())
        return;
    Q_EMIT busyChanged(true);
    run(Step::Read);
}

void SandboxClock::advanceOneDay()
{
    if (isBusy())
        return;
    Q_EMIT busyChanged(true);
    run(Step::ReadToAdvance);
}

// Advancing reads the server's time first: the sandbox clock may run ahead of this
// computer's by any number of days.
void SandboxClock::run(Step step)
{
    const QDateTime to = step == Step::Set ? m_now.addDays(1) : QDateTime();
    auto *job = new SandboxClockJob(m_client, to, this);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, step] {
        job->deleteLater();
        m_job = nullptr;
        if (!job->ok()) {
            qCInfo(lcSandboxClock) << "clock failed:" << job->error().detail;
            Q_EMIT busyChanged(false);
            Q_EMIT failed(job->error().userMessage());
            return;
        }
        m_now = job->now();
        if (step == Step::ReadToAdvance) {
            run(Step::Set);
            return;
        }
        Q_EMIT busyChanged(false);
        if (step == Step::Set) {
            qCInfo(lcSandboxClock) << "sandbox clock advanced to" << m_now;
            Q_EMIT advanced(m_now);
        } else {
            Q_EMIT clockRead(m_now);
        }
    });
    job->start();
}

} // namespace billing
