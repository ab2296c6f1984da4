#include "AdminActor.h"

#include "ClockStepper.h"

#include "HttpClient.h"
#include "LoadStats.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace billing::load {
namespace {
constexpr int kBatchSize = 10;
constexpr int kPageSize = 50;

QJsonObject bindingOf(const QJsonObject &workspace)
{
    const QJsonObject settlement = workspace.value(u"settlement").toObject();
    QJsonObject binding{{u"method"_qs, settlement.value(u"method")}};
    if (settlement.value(u"method").toString() == u"aliyun") {
        binding.insert(u"aliyunAccountId"_qs, settlement.value(u"aliyunAccountId"));
        binding.insert(u"instanceId"_qs, settlement.value(u"instanceId"));
    }
    return binding;
}

// Rule rejections and conflicts are the contract's answers to a valid change.
bool contractualChangeError(const QString &code)
{
    static const QSet<QString> codes{u"version_conflict"_qs, u"change_too_soon"_qs,
                                     u"cloud_switch_blocked"_qs, u"instance_not_active"_qs};
    return codes.contains(code);
}
} // namespace

AdminActor::AdminActor(Setup setup, LoadStats &stats, const ClockStepper *clock, int lanes,
                       quint32 seed, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_stats(stats)
    , m_clock(clock)
    , m_lanes(lanes)
    , m_random(seed)
{
    m_age.start();
    for (const QString &id : std::as_const(m_setup.workspaceIds))
        m_tracked[id].knownVersion = m_setup.initialVersion;
}

void AdminActor::start()
{
    for (int lane = 0; lane < m_lanes; ++lane)
        next();
}

void AdminActor::next()
{
    if (m_stopping) {
        if (m_inFlight == 0 && !m_finished) {
            m_finished = true;
            Q_EMIT finished();
        }
        return;
    }
    ++m_inFlight;
    const int dice = int(m_random.bounded(100));
    if (dice < 30)
        listPage();
    else if (dice < 55)
        getOne();
    else if (dice < 72)
        putOne();
    else if (dice < 95 || !m_lastBatchCertain || m_lastBatchEpoch != clockEpoch())
        batch();
    else
        replayBatch();
}

void AdminActor::done(const QString &kind, const AsyncReply &reply, bool contractual)
{
    if (reply.status == 401) {
        sessionExpired(kind, reply);
        return;
    }
    m_stats.record(kind, reply.latencyUs, reply.outcome(), contractual);
    --m_inFlight;
    next();
}

int AdminActor::clockEpoch() const
{
    return m_clock ? m_clock->epoch() : 0;
}

bool AdminActor::clockStepInFlight() const
{
    return m_clock && m_clock->stepInFlight();
}

void AdminActor::sessionExpired(const QString &kind, const AsyncReply &reply)
{
    // Contractual when the clock stepped since the log-in, or is stepping right now (the
    // server may have moved already while the step's own answer is still on its way), or when
    // the request left with the previous token (another lane logged in again meanwhile).
    const bool sentWithOldToken = m_age.nsecsElapsed() / 1000 - reply.latencyUs < m_tokenSinceUs;
    m_stats.record(kind, reply.latencyUs, reply.outcome(),
                   clockEpoch() > m_sessionEpoch || clockStepInFlight() || sentWithOldToken);
    --m_inFlight;
    ++m_waitingLanes;
    login();
}

void AdminActor::login()
{
    if (m_loggingIn)
        return;
    m_loggingIn = true;
    ++m_inFlight;
    const int epoch = clockEpoch();
    const QByteArray body = billing::test::compactJson(
        {{u"username"_qs, m_setup.username}, {u"password"_qs, m_setup.password}});
    sendAsync(m_nam, "POST", url(u"/api/v1/sessions"_qs), body, {},
              [this, epoch](const AsyncReply &reply) {
                  m_loggingIn = false;
                  --m_inFlight;
                  const bool ok = reply.status == 201;
                  m_stats.record(u"POST sessions (login)"_qs, reply.latencyUs, reply.outcome(), ok);
                  if (ok) {
                      m_setup.token = reply.json.object().value(u"token").toString();
                      m_sessionEpoch = epoch;
                      m_tokenSinceUs = m_age.nsecsElapsed() / 1000;
                  } else {
                      m_stopping = true;
                  }
                  for (int lanes = std::exchange(m_waitingLanes, 0); lanes > 0; --lanes)
                      next();
              });
}

Headers AdminActor::auth() const
{
    return {{"Authorization", "Bearer " + m_setup.token.toUtf8()}};
}

QUrl AdminActor::url(const QString &path) const
{
    QUrl result = m_setup.baseUrl;
    result.setPath(path);
    return result;
}

QString AdminActor::randomWorkspace()
{
    return m_setup.workspaceIds.at(int(m_random.bounded(qsizetype(m_setup.workspaceIds.size()))));
}

QJsonObject AdminActor::randomBinding()
{
    const int choice = int(m_random.bounded(m_setup.instanceIds.size() + 1));
    if (choice == m_setup.instanceIds.size())
        return {{u"method"_qs, u"billing_center"_qs}};
    return {{u"method"_qs, u"aliyun"_qs},
            {u"aliyunAccountId"_qs, m_setup.aliUid},
            {u"instanceId"_qs, m_setup.instanceIds.at(choice)}};
}

void AdminActor::learn(const QJsonObject &workspace, bool acknowledged)
{
    const QString id = workspace.value(u"id").toString();
    if (!m_tracked.contains(id)) {
        m_stats.failure(u"a workspace of another account was returned: "_qs + id);
        return;
    }
    Tracked &tracked = m_tracked[id];
    const int version = workspace.value(u"version").toInt();
    const QJsonObject binding = bindingOf(workspace);
    // A no-op change acknowledges the version it found; two different bindings acknowledged
    // with one version mean one change overwrote the other.
    if (acknowledged && version > m_setup.initialVersion) {
        const auto known = tracked.acknowledged.constFind(version);
        if (known != tracked.acknowledged.cend() && *known != binding)
            m_stats.failure(
                QStringLiteral("%1: two changes acknowledged as version %2").arg(id).arg(version));
        tracked.acknowledged.insert(version, binding);
    }
    tracked.knownVersion = qMax(tracked.knownVersion, version);
}

void AdminActor::listPage()
{
    QUrl target = url(u"/api/v1/workspaces"_qs);
    target.setQuery(QStringLiteral("limit=%1").arg(kPageSize));
    sendAsync(m_nam, "GET", target, {}, auth(), [this](const AsyncReply &reply) {
        const bool ok = reply.status == 200;
        if (ok) {
            for (const QJsonValue &item : reply.json.object().value(u"items").toArray())
                learn(item.toObject(), false);
        }
        done(u"GET list page"_qs, reply, ok);
    });
}

void AdminActor::getOne()
{
    sendAsync(m_nam, "GET", url(u"/api/v1/workspaces/"_qs + randomWorkspace()), {}, auth(),
              [this](const AsyncReply &reply) {
                  const bool ok = reply.status == 200;
                  if (ok)
                      learn(reply.json.object(), false);
                  done(u"GET workspace"_qs, reply, ok);
              });
}

void AdminActor::putOne()
{
    const QString id = randomWorkspace();
    QJsonObject body = randomBinding();
    body.insert(u"expectedVersion"_qs, m_tracked.value(id).knownVersion);
    sendAsync(m_nam, "PUT", url(u"/api/v1/workspaces/%1/settlement"_qs.arg(id)),
              billing::test::compactJson(body), auth(), [this](const AsyncReply &reply) {
                  if (reply.status == 200)
                      learn(reply.json.object(), true);
                  done(u"PUT settlement"_qs, reply,
                       reply.status == 200 || contractualChangeError(reply.errorCode()));
              });
}

void AdminActor::batch()
{
    QJsonArray changes;
    for (int i = 0; i < kBatchSize; ++i) {
        const QString id = randomWorkspace();
        QJsonObject change = randomBinding();
        change.insert(u"workspaceId"_qs, id);
        change.insert(u"expectedVersion"_qs, m_tracked.value(id).knownVersion);
        changes.append(change);
    }
    const QByteArray key = "load-" + QByteArray::number(quintptr(this), 16) + '-'
                           + QByteArray::number(++m_batchCounter);
    const QByteArray body = billing::test::compactJson({{u"changes"_qs, changes}});
    const int epoch = clockEpoch();
    const bool certain = !clockStepInFlight();
    sendAsync(m_nam, "POST", url(u"/api/v1/settlement-changes"_qs), body,
              auth() << qMakePair(QByteArray("Idempotency-Key"), key),
              [this, key, body, epoch, certain](const AsyncReply &reply) {
                  bool ok = reply.status == 200;
                  if (ok) {
                      learnBatch(reply, &ok);
                      m_lastBatchKey = key;
                      m_lastBatchBody = body;
                      m_lastBatchReply = reply.body;
                      m_lastBatchEpoch = epoch;
                      m_lastBatchCertain = certain && clockEpoch() == epoch;
                  }
                  done(u"POST batch (10 changes)"_qs, reply, ok);
              });
}

void AdminActor::learnBatch(const AsyncReply &reply, bool *contractual)
{
    for (const QJsonValue &value : reply.json.object().value(u"results").toArray()) {
        const QJsonObject result = value.toObject();
        const QString code = result.value(u"error").toObject().value(u"code").toString();
        if (result.value(u"status").toString() == u"applied") {
            learn(result.value(u"workspace").toObject(), true);
            m_stats.tally(u"batch items"_qs, u"applied"_qs);
        } else {
            m_stats.tally(u"batch items"_qs, u"rejected "_qs + code);
            *contractual = *contractual && contractualChangeError(code);
        }
    }
}

void AdminActor::replayBatch()
{
    const QByteArray expected = m_lastBatchReply;
    const int batchEpoch = m_lastBatchEpoch;
    const bool stepAround = clockStepInFlight();
    sendAsync(m_nam, "POST", url(u"/api/v1/settlement-changes"_qs), m_lastBatchBody,
              auth() << qMakePair(QByteArray("Idempotency-Key"), m_lastBatchKey),
              [this, expected, batchEpoch, stepAround](const AsyncReply &reply) {
                  bool ok = reply.status == 200 && reply.replayed && reply.body == expected;
                  if (!ok && reply.status == 200 && !reply.replayed
                      && (stepAround || clockEpoch() != batchEpoch)) {
                      // The clock stepped a month meanwhile (or may have, a step being in
                      // flight): the stored reply (kept 24 h of server time) is gone and the
                      // batch ran again, as the contract says.
                      ok = true;
                      learnBatch(reply, &ok);
                  } else if (!ok && reply.status != 401) {
                      m_stats.failure(QStringLiteral("a replayed batch did not return the first "
                                                     "reply: HTTP %1, replayed %2")
                                          .arg(reply.status)
                                          .arg(reply.replayed));
                  }
                  done(u"POST batch replay"_qs, reply, ok);
              });
}

void AdminActor::verify()
{
    billing::test::HttpClient client(m_setup.baseUrl, m_setup.token);
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        const billing::test::HttpReply reply = client.get(u"/api/v1/workspaces/"_qs + it.key());
        if (reply.status != 200) {
            m_stats.failure(it.key() + u": cannot read back: "_qs + reply.describe());
            continue;
        }
        const int finalVersion = reply.object().value(u"version").toInt();
        QList<int> acked = it->acknowledged.keys();
        std::sort(acked.begin(), acked.end());
        // Every version after the first came from exactly one acknowledged change.
        const int expectedVersion = m_setup.initialVersion + int(acked.size());
        const bool contiguous =
            acked.isEmpty()
            || (acked.first() == m_setup.initialVersion + 1 && acked.last() == expectedVersion);
        if (finalVersion != expectedVersion || !contiguous) {
            m_stats.failure(QStringLiteral("%1: version %2, but %3 changes were acknowledged")
                                .arg(it.key())
                                .arg(finalVersion)
                                .arg(acked.size()));
            continue;
        }
        const QJsonObject expectedBinding =
            acked.isEmpty() ? m_setup.initialBinding : it->acknowledged.value(finalVersion);
        if (bindingOf(reply.object()) != expectedBinding) {
            m_stats.failure(it.key() + u": binding differs from the last acknowledged change"_qs);
            continue;
        }
        // Its history has its creation and one event per version since (issue 16).
        const billing::test::HttpReply history = client.get(
            u"/api/v1/workspaces/"_qs + it.key() + u"/history"_qs, {{u"limit"_qs, u"1"_qs}});
        const qint64 events = history.object().value(u"total").toInteger(-1);
        if (events != finalVersion - m_setup.initialVersion + 1) {
            m_stats.failure(QStringLiteral("%1: %2 events in its history at version %3")
                                .arg(it.key())
                                .arg(events)
                                .arg(finalVersion));
            continue;
        }
        m_stats.tally(u"read back"_qs, u"workspaces matching"_qs);
        m_stats.tally(u"read back"_qs, u"acknowledged version bumps"_qs, acked.size());
    }
}

} // namespace billing::load
