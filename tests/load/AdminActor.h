#pragma once

#include "AsyncHttp.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace billing::load {

class ClockStepper;
class LoadStats;

// One administrator: a few lanes of requests on its own workspaces (reads, single changes,
// batches with idempotency keys and expectedVersion, replays of a batch), recording every
// acknowledged change so the final state can be checked against them.
class AdminActor : public QObject
{
    Q_OBJECT
public:
    struct Setup {
        QUrl baseUrl;
        QString username;
        QString password;
        QString token;
        QString aliUid;
        QStringList instanceIds; // opened instances of aliUid
        QStringList workspaceIds;
        int initialVersion = 1;
        QJsonObject initialBinding; // {"method","aliyunAccountId","instanceId"} as on the wire
    };
    // clock: the month stepper whose steps end sessions (null when the clock stays).
    AdminActor(Setup setup, LoadStats &stats, const ClockStepper *clock, int lanes, quint32 seed,
               QObject *parent = nullptr);

    void start();
    void stop() { m_stopping = true; }
    bool idle() const { return m_inFlight == 0; }
    // Reads every workspace back (synchronously) and reports any lost or phantom update.
    void verify();

Q_SIGNALS:
    void finished();

private:
    struct Tracked {
        int knownVersion = 1;                 // newest version seen, acknowledged or read
        QHash<int, QJsonObject> acknowledged; // version an applied change produced -> binding
    };

    void next();
    void listPage();
    void getOne();
    void putOne();
    void batch();
    void replayBatch();
    void done(const QString &kind, const AsyncReply &reply, bool contractual);
    // A 401 after a clock step: the session expired; the lane waits for a new login.
    void sessionExpired(const QString &kind, const AsyncReply &reply);
    void login();
    void learnBatch(const AsyncReply &reply, bool *contractual);
    int clockEpoch() const;
    bool clockStepInFlight() const;
    Headers auth() const;
    QUrl url(const QString &path) const;
    QString randomWorkspace();
    QJsonObject randomBinding();
    void learn(const QJsonObject &workspace, bool acknowledged);

    Setup m_setup;
    LoadStats &m_stats;
    const ClockStepper *m_clock;
    int m_sessionEpoch = 0;    // clock steps sent before the current session was asked for
    QElapsedTimer m_age;       // runs from construction: when requests left, when tokens came
    qint64 m_tokenSinceUs = 0; // m_age when the current token arrived
    int m_waitingLanes = 0;
    bool m_loggingIn = false;
    bool m_finished = false;
    int m_lastBatchEpoch = 0;
    // The last batch ran at a known server time (no clock step around it), so its stored
    // reply must come back on a replay within the same step.
    bool m_lastBatchCertain = false;
    int m_lanes;
    QRandomGenerator m_random;
    QNetworkAccessManager m_nam;
    QHash<QString, Tracked> m_tracked;
    int m_inFlight = 0;
    bool m_stopping = false;
    int m_batchCounter = 0;
    QByteArray m_lastBatchKey;
    QByteArray m_lastBatchBody;
    QByteArray m_lastBatchReply;
};

} // namespace billing::load
