#pragma once

#include "AuditFilter.h"
#include "ClientError.h"
#include "EventTableModel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace billing {

class BillingClient;
class EventListJob;

// Loads one settlement history or one audit query into its EventTableModel, one at a time.
// A new load stops the one before it, so a late reply for an earlier selection or filter
// never replaces a newer one. A load starts once the request has settled (no newer one
// within settleDelay()), so that moving through the table row by row, or typing a filter,
// does not send a request per step.
class EventLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)
    enum class Timing { Settled, Now };
    // Which of the loaded events to list (all when empty).
    using Matcher = std::function<bool(const SettlementEvent &)>;

    explicit EventLoader(BillingClient &client, QObject *parent = nullptr);
    ~EventLoader() override;

    void setSettleDelay(int milliseconds) { m_settle.setInterval(milliseconds); }
    int settleDelay() const { return m_settle.interval(); }

    // What was listed stays until the reply replaces it; clear() first to drop it.
    void loadHistory(const QString &workspaceId, Timing timing = Timing::Settled);
    void loadAudit(const AuditFilter &filter, Matcher keep = {}, Timing timing = Timing::Settled);
    // Stops a waiting or running load and lists nothing.
    void clear();

    State state() const { return m_state; }
    const ClientError &error() const { return m_error; }
    // Events of the last reply that this client could not read (skipped).
    int unreadable() const { return m_unreadable; }
    EventTableModel &model() { return m_model; }
    const EventTableModel &model() const { return m_model; }

Q_SIGNALS:
    void stateChanged(billing::EventLoader::State state);
    // A load ended: state() is Loaded or Failed.
    void finished();

private:
    using JobFactory = std::function<EventListJob *(BillingClient &, QObject *)>;
    void schedule(JobFactory factory, Matcher keep, Timing timing);
    void startJob();
    void stopJob();
    void onJobFinished();
    void setState(State state);

    BillingClient &m_client;
    EventTableModel m_model;
    QTimer m_settle;
    JobFactory m_factory;
    Matcher m_keep;
    QPointer<EventListJob> m_job;
    State m_state = State::Idle;
    ClientError m_error;
    int m_unreadable = 0;
};

} // namespace billing
