// White-box: the request pipeline on a real SQLite file, without a server process. A keyed
// request's reply is recorded in the transaction of the changes it reports (a reply that
// cannot be recorded undoes them), a stored body is keyed with the server's secret, a
// deferred step runs on the worker pool while the event loop goes on, a full pool answers
// 503, and one caller cannot fill the idempotency table.
#include "AddressRateLimiter.h"
#include "Authenticator.h"
#include "IdempotencyStore.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "RequestDispatcher.h"
#include "Router.h"
#include "SessionReplyRedaction.h"
#include "SessionService.h"
#include "SqlStatement.h"
#include "SqliteAccountStore.h"
#include "SqliteDatabase.h"
#include "SqliteIdempotencyRecords.h"
#include "SqliteSessionStore.h"
#include "StorageError.h"
#include "SystemClock.h"
#include "WorkerPool.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <sodium.h>

using namespace billing;
using namespace billing::server;

namespace {
// Fault injector: the real records, except that put() fails while `failing` is set (a disk
// that fills up between the handler's write and the recording of its reply).
class FailingRecords : public IdempotencyRecords
{
public:
    explicit FailingRecords(IdempotencyRecords &real)
        : m_real(real)
    {}
    bool failing = false;
    std::optional<IdempotencyRecord> find(const QString &scope, const QByteArray &method,
                                          const QString &path, const QByteArray &key) override
    {
        return m_real.find(scope, method, path, key);
    }
    void put(const IdempotencyRecord &record) override
    {
        if (failing)
            throw StorageError(QStringLiteral("database or disk is full"));
        m_real.put(record);
    }
    int purgeOlderThan(const QDateTime &cutoff) override { return m_real.purgeOlderThan(cutoff); }
    int countSince(const QString &scope, const QDateTime &since) override
    {
        return m_real.countSince(scope, since);
    }

private:
    IdempotencyRecords &m_real;
};

HttpRequest post(const QString &path, const QByteArray &body, const QByteArray &key)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.peerAddress = QHostAddress(QHostAddress::LocalHost);
    request.isLoopback = true;
    if (!key.isEmpty())
        request.headers.append({"idempotency-key", key});
    return request;
}
} // namespace

class TestDispatcherUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void replyAndChangesCommitTogether();
    void handlerThatUndoesItsChangesStillAnswers();
    void storedBodiesAreKeyedWithTheServerSecret();
    void deferredStepRunsOffTheEventLoop();
    void fullPoolAnswersBusy();
    void oneCallerCannotFillTheIdempotencyTable();

private:
    struct Pipeline;
    HttpResponse send(const HttpRequest &request);
    int probeRows();

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<Pipeline> m_pipeline;
    QThread *m_workThread = nullptr;
    QSemaphore m_release;
};

struct TestDispatcherUnits::Pipeline {
    explicit Pipeline(SqliteDatabase &database, int threads, int queued)
        : db(database)
        , accounts(db.handle())
        , sessions(db.handle())
        , realRecords(db.handle())
        , records(realRecords)
        , idempotency(records, clock, QByteArray(32, 's'))
        , throttle(clock)
        , limiter(clock)
        , authenticator(sessions, accounts, clock)
        , sessionService(sessions, accounts, hasher, throttle, clock)
        , redaction(sessionService)
        , workers(threads, queued)
        , dispatcher(router, authenticator, idempotency, limiter, redaction, db, workers)
    {}
    SqliteDatabase &db;
    SystemClock clock;
    SqliteAccountStore accounts;
    SqliteSessionStore sessions;
    SqliteIdempotencyRecords realRecords;
    FailingRecords records;
    IdempotencyStore idempotency;
    PasswordHasher hasher;
    LoginThrottle throttle;
    AddressRateLimiter limiter;
    Authenticator authenticator;
    SessionService sessionService;
    SessionReplyRedaction redaction;
    WorkerPool workers;
    Router router;
    RequestDispatcher dispatcher;
};

void TestDispatcherUnits::initTestCase()
{
    QVERIFY(sodium_init() >= 0);
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<SqliteDatabase>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(u"dispatcher.sqlite"_qs), &error), qPrintable(error));
    QSqlQuery(m_db->handle()).exec(u"CREATE TABLE probe (note TEXT)"_qs);
}

void TestDispatcherUnits::cleanupTestCase()
{
    m_db.reset();
}

void TestDispatcherUnits::init()
{
    QSqlQuery(m_db->handle()).exec(u"DELETE FROM probe"_qs);
    QSqlQuery(m_db->handle()).exec(u"DELETE FROM idempotency"_qs);
    m_pipeline = std::make_unique<Pipeline>(*m_db, 1, 0);
    Pipeline *p = m_pipeline.get();
    // A change that reports itself: one row in probe, in its own transaction.
    p->router.add("POST", u"/probe"_qs, {Auth::None, true}, [p](RequestContext &) {
        TransactionGuard transaction(p->db);
        QSqlQuery(p->db.handle()).exec(u"INSERT INTO probe VALUES ('changed')"_qs);
        transaction.commit();
        return HttpResponse::json(201, {{u"changed"_qs, true}});
    });
    // A change that fails half-way and undoes itself.
    p->router.add("POST", u"/undone"_qs, {Auth::None, true}, [p](RequestContext &) {
        TransactionGuard transaction(p->db);
        QSqlQuery(p->db.handle()).exec(u"INSERT INTO probe VALUES ('undone')"_qs);
        return HttpResponse::error(ErrorCode::VersionConflict, u"Changed meanwhile."_qs);
    });
    // A CPU-heavy step that waits for the test's go, then a change on the event loop.
    p->router.add("POST", u"/deferred"_qs, {Auth::None, true}, [this, p](RequestContext &) {
        return HttpResponse::offload<QThread *>(
            [this] {
                m_release.acquire();
                return QThread::currentThread();
            },
            [this, p](QThread *const &worker) {
                m_workThread = worker;
                QSqlQuery(p->db.handle()).exec(u"INSERT INTO probe VALUES ('deferred')"_qs);
                return HttpResponse::json(201, {{u"deferred"_qs, true}});
            });
    });
}

void TestDispatcherUnits::cleanup()
{
    m_release.release(16); // let any blocked step end before the pool goes
    m_pipeline.reset();
    m_release.acquire(m_release.available());
}

HttpResponse TestDispatcherUnits::send(const HttpRequest &request)
{
    std::optional<HttpResponse> reply;
    m_pipeline->dispatcher.dispatch(request,
                                    [&](const HttpResponse &response) { reply = response; });
    if (!reply)
        (void)QTest::qWaitFor([&] { return reply.has_value(); }, 10000);
    return reply.value_or(HttpResponse{});
}

int TestDispatcherUnits::probeRows()
{
    QSqlQuery query(m_db->handle());
    query.exec(u"SELECT COUNT(*) FROM probe"_qs);
    return query.next() ? query.value(0).toInt() : -1;
}

void TestDispatcherUnits::replyAndChangesCommitTogether()
{
    m_pipeline->records.failing = true;
    const HttpResponse failed = send(post(u"/probe"_qs, "{}", "key-1"));
    QCOMPARE(failed.status, 500);
    QCOMPARE(probeRows(), 0); // the change went with the reply that could not be kept

    m_pipeline->records.failing = false;
    QCOMPARE(send(post(u"/probe"_qs, "{}", "key-1")).status, 201);
    QCOMPARE(probeRows(), 1);
    const HttpResponse replayed = send(post(u"/probe"_qs, "{}", "key-1"));
    QCOMPARE(replayed.status, 201);
    QCOMPARE(replayed.header("Idempotent-Replayed").value_or(""), QByteArray("true"));
    QCOMPARE(probeRows(), 1);
}

void TestDispatcherUnits::handlerThatUndoesItsChangesStillAnswers()
{
    const HttpResponse refused = send(post(u"/undone"_qs, "{}", "key-2"));
    QCOMPARE(refused.status, 409);
    QCOMPARE(probeRows(), 0);
    const HttpResponse replayed = send(post(u"/undone"_qs, "{}", "key-2"));
    QCOMPARE(replayed.status, 409);
    QCOMPARE(replayed.header("Idempotent-Replayed").value_or(""), QByteArray("true"));
}

void TestDispatcherUnits::storedBodiesAreKeyedWithTheServerSecret()
{
    const QByteArray body = R"({"password":"correct horse battery staple","username":"ann"})";
    QCOMPARE(send(post(u"/probe"_qs, body, "key-3")).status, 201);
    QSqlQuery query(m_db->handle());
    QVERIFY(query.exec(u"SELECT body_hash FROM idempotency WHERE idem_key = 'key-3'"_qs));
    QVERIFY(query.next());
    const QByteArray stored = query.value(0).toString().toLatin1();
    const QByteArray canonical = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
    const QByteArray plainHash =
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    QVERIFY2(!stored.contains(plainHash), stored.constData());
    QVERIFY2(!stored.contains("correct horse"), stored.constData());
    // Another server secret gives another fingerprint of the same body.
    IdempotencyStore other(m_pipeline->records, m_pipeline->clock, QByteArray(32, 'o'));
    QVERIFY(other.bodyFingerprint(body) != m_pipeline->idempotency.bodyFingerprint(body));
    QCOMPARE(m_pipeline->idempotency.bodyFingerprint(body), stored);
}

void TestDispatcherUnits::deferredStepRunsOffTheEventLoop()
{
    std::optional<HttpResponse> reply;
    m_pipeline->dispatcher.dispatch(post(u"/deferred"_qs, "{}", "key-4"),
                                    [&](const HttpResponse &response) { reply = response; });
    QVERIFY(!reply); // dispatch returned with the step still waiting on a worker
    // The event loop goes on meanwhile: another request is answered at once.
    QCOMPARE(send(post(u"/probe"_qs, "{}", "key-5")).status, 201);
    m_release.release();
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
    QCOMPARE(reply->status, 201);
    QVERIFY(m_workThread && m_workThread != QThread::currentThread());
    QCOMPARE(probeRows(), 2);
    // Its reply was recorded with its change: a retry replays it.
    m_release.release();
    const HttpResponse replayed = send(post(u"/deferred"_qs, "{}", "key-4"));
    QCOMPARE(replayed.header("Idempotent-Replayed").value_or(""), QByteArray("true"));
    QCOMPARE(probeRows(), 2);
}

void TestDispatcherUnits::fullPoolAnswersBusy()
{
    std::optional<HttpResponse> first;
    m_pipeline->dispatcher.dispatch(post(u"/deferred"_qs, "{}", "key-6"),
                                    [&](const HttpResponse &response) { first = response; });
    // One thread, no queue: the second step finds the pool full.
    const HttpResponse busy = send(post(u"/deferred"_qs, "{}", "key-7"));
    QCOMPARE(busy.status, 503);
    QVERIFY(busy.header("Retry-After").has_value());
    QVERIFY(busy.body.contains("service_unavailable"));
    m_release.release();
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), 10000);
    QCOMPARE(first->status, 201);
    // A 503 is not recorded: the same key works once there is room.
    m_release.release();
    QCOMPARE(send(post(u"/deferred"_qs, "{}", "key-7")).status, 201);
}

void TestDispatcherUnits::oneCallerCannotFillTheIdempotencyTable()
{
    const QString scope = post(u"/probe"_qs, "{}", {}).addressScope();
    const QByteArray fingerprint = m_pipeline->idempotency.bodyFingerprint("{}");
    for (int i = 0; i < IdempotencyStore::kMaxPerAddress; ++i) {
        m_pipeline->realRecords.put({scope,
                                     "POST",
                                     u"/probe"_qs,
                                     "filler-" + QByteArray::number(i),
                                     fingerprint,
                                     201,
                                     {},
                                     "{}",
                                     m_pipeline->clock.now()});
    }
    const HttpResponse refused = send(post(u"/probe"_qs, "{}", "one-too-many"));
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").has_value());
    QCOMPARE(probeRows(), 0);
    // A key already recorded still replays.
    QCOMPARE(send(post(u"/probe"_qs, "{}", "filler-7")).status, 201);
    QCOMPARE(probeRows(), 0);
}

QTEST_GUILESS_MAIN(TestDispatcherUnits)
#include "tst_dispatcher_units.moc"
