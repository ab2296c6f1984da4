#pragma once

#include "ApiJob.h"

#include <QSignalSpy>
#include <QTest>

namespace billing::test {

// Starts a job and waits for its finished() signal (generous timeout: real HTTP, Argon2).
template <typename Job> bool runJob(Job &job, int timeoutMs = 30000)
{
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    return spy.count() > 0 || spy.wait(timeoutMs);
}

inline QByteArray describe(const ApiJob &job)
{
    return QStringLiteral("kind %1, HTTP %2, %3")
        .arg(int(job.error().kind))
        .arg(job.error().httpStatus)
        .arg(job.error().detail)
        .toUtf8();
}

} // namespace billing::test
