#include "EventLoader.h"

#include "EventListJob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcActivity, "billing.activity", QtInfoMsg)

namespace billing {

EventLoader::EventLoader(BillingClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(this)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &EventLoader::startJob);
}

EventLoader::~EventLoader()
{
    stopJob();
}

void EventLoader::loadHistory(const QString &workspaceId, Timing timing)
{
    schedule(
        [workspaceId](BillingClient &client, QObject *parent) {
            return EventListJob::history(client, workspaceId, parent);
        },
        {}, timing);
}

void EventLoader::loadAudit(const AuditFilter &filter, Matcher keep, Timing timing)
{
    schedule([filter](BillingClient &client,
                      QObject *parent) { return EventListJob::audit(client, filter, parent); },
             std::move(keep), timing);
}

void EventLoader::clear()
{
    m_settle.stop();
    stopJob();
    m_factory = {};
    m_error = {};
    m_unreadable = 0;
    m_model.clear();
    setState(State::Idle);
}

void EventLoader::schedule(JobFactory factory, Matcher keep, Timing timing)
{
    stopJob();
    m_factory = std::move(factory);
    m_keep = std::move(keep);
    setState(State::Loading);
    if (timing == Timing::Now) {
        m_settle.stop();
        startJob();
    } else {
        m_settle.start();
    }
}

void EventLoader::startJob()
{
    if (!m_factory)
        return;
    stopJob();
    m_job = m_factory(m_client, this);
    connect(m_job, &PagedListJob::finished, this, &EventLoader::onJobFinished);
    m_job->start();
}

void EventLoader::stopJob()
{
    if (!m_job)
        return;
    EventListJob *job = m_job;
    m_job = nullptr;
    job->disconnect(this);
    job->abort();
    job->deleteLater();
}

void EventLoader::onJobFinished()
{
    EventListJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    if (!job->ok()) {
        qCInfo(lcActivity) << "loading events failed:" << job->error().detail;
        m_error = job->error();
        m_unreadable = 0;
        m_model.clear();
        setState(State::Failed);
        Q_EMIT finished();
        return;
    }
    m_error = {};
    m_unreadable = job->unreadable();
    if (m_unreadable > 0)
        qCWarning(lcActivity) << m_unreadable << "events could not be read";
    QList<SettlementEvent> events = job->events();
    if (m_keep)
        events.removeIf([this](const SettlementEvent &event) { return !m_keep(event); });
    m_model.setEvents(std::move(events));
    setState(State::Loaded);
    Q_EMIT finished();
}

void EventLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace billing
