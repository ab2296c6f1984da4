// The Billing Center client against the real billing-center on loopback: every endpoint
// group, typed results and the contract's errors as structured values.
#include "AliyunIds.h"
#include "ApiHelpers.h"
#include "ChangeSettlementJob.h"
#include "CreateWorkspaceJob.h"
#include "GetAccountJob.h"
#include "InstanceLookupJob.h"
#include "JobRunner.h"
#include "LoginJob.h"
#include "LogoutJob.h"
#include "NotificationListJob.h"
#include "RegisterAccountJob.h"
#include "RequestVerificationCodeJob.h"
#include "SandboxCreateInstanceJob.h"
#include "SettlementBatchJob.h"
#include "TestServer.h"
#include "WorkspaceListJob.h"

#include <QNetworkAccessManager>

using namespace billing;
using namespace billing::test;

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerAndLogin();
    void wrongPasswordIsStructured();
    void createWorkspaceWithSandboxInstance();
    void changeSettlementAndMonthlyRule();
    void versionConflictCarriesCurrent();
    void instanceErrorsAreTyped_data();
    void instanceErrorsAreTyped();
    void batchGivesPerRowResults();
    void pagingStreamsEveryWorkspace();
    void filtersReachTheServer();
    void releasedInstanceSendsNotification();
    void logoutRevokesToken();
    void expiredSessionReauthenticatesOnce();
    void secondUnauthorizedAsksToLogInAgain();
    void insecureRemoteUrlIsRefused();

private:
    std::unique_ptr<BillingClient> loggedInClient(const Session &session);

    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<BillingClient> m_client;
    Session m_account;
    QString m_uid;
    QString m_instanceId;
};

void TestClient::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
    m_client = std::make_unique<BillingClient>(&m_network, m_server.baseUrl());
    m_client->retryPolicy = RetryPolicy::none();
}

void TestClient::registerAndLogin()
{
    const QString username = uniqueName(u"client"_qs);
    const QString email = emailFor(username);
    RequestVerificationCodeJob code(*m_client, email);
    QVERIFY(runJob(code));
    QVERIFY2(code.ok(), describe(code));
    QVERIFY(code.expiresAt() > QDateTime::currentDateTimeUtc().addSecs(-60));

    QString error;
    Registration registration{u"cn1"_qs,
                              username,
                              kDefaultPassword,
                              email,
                              latestMailedCode(*m_http, email, &error),
                              u"+86 138 0000 0000"_qs,
                              u"Acme Observability"_qs,
                              true};
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray key = BillingClient::newIdempotencyKey();
    RegisterAccountJob registerJob(*m_client, registration, key);
    QVERIFY(runJob(registerJob));
    QVERIFY2(registerJob.ok(), describe(registerJob));
    QCOMPARE(registerJob.session().account->username, username);
    QVERIFY(!registerJob.session().token.isEmpty());

    // Submitting the same action again (same key) does not register twice.
    RegisterAccountJob again(*m_client, registration, key);
    QVERIFY(runJob(again));
    QVERIFY2(again.ok(), describe(again));
    QCOMPARE(again.session().account->id, registerJob.session().account->id);

    RegisterAccountJob taken(*m_client, registration, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(taken));
    QVERIFY(taken.error().isApi(ErrorCode::UsernameTaken));
    QCOMPARE(taken.error().httpStatus, 409);

    LoginJob login(*m_client, username, kDefaultPassword);
    QVERIFY(runJob(login));
    QVERIFY2(login.ok(), describe(login));
    QCOMPARE(login.session().account->email, email);
    m_client->setSession(login.session());
    m_http->setToken(login.session().token);
    m_account.username = username;
    m_account.password = kDefaultPassword;

    GetAccountJob account(*m_client);
    QVERIFY(runJob(account));
    QCOMPARE(account.account().company, u"Acme Observability"_qs);
}

void TestClient::wrongPasswordIsStructured()
{
    LoginJob login(*m_client, m_account.username, u"not-the-password"_qs);
    QVERIFY(runJob(login));
    QVERIFY(!login.ok());
    QCOMPARE(login.error().kind, ClientError::Kind::Api);
    QCOMPARE(login.error().api.code, ErrorCode::Unauthenticated);
    QVERIFY(!login.error().userMessage().isEmpty());
}

void TestClient::createWorkspaceWithSandboxInstance()
{
    m_uid = uniqueUid();
    SandboxCreateInstanceJob instance(*m_client, SettlementMethod::Aliyun, m_uid, false);
    QVERIFY(runJob(instance));
    QVERIFY2(instance.ok(), describe(instance));
    QCOMPARE(instance.instance().aliUid, m_uid);
    QCOMPARE(instance.instance().status, InstanceStatus::Opened);
    m_instanceId = instance.instance().instanceId;

    InstanceLookupJob lookup(*m_client, SettlementMethod::Aliyun, m_instanceId, m_uid);
    QVERIFY(runJob(lookup));
    QVERIFY2(lookup.ok(), describe(lookup));
    QCOMPARE(lookup.instance().instanceId, m_instanceId);

    InstanceLookupJob hidden(*m_client, SettlementMethod::Aliyun, m_instanceId, QString());
    QVERIFY(runJob(hidden));
    QVERIFY(hidden.error().isApi(ErrorCode::NotFound));

    NewWorkspace workspace{
        u"prod-观测, \"east\""_qs, u"cn1"_qs, u"zh"_qs,
        SettlementChange{{}, SettlementMethod::Aliyun, m_uid, {}, m_instanceId, {}, {}}, true};
    CreateWorkspaceJob create(*m_client, workspace, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(create));
    QVERIFY2(create.ok(), describe(create));
    QCOMPARE(create.workspace().name, workspace.name);
    QCOMPARE(create.workspace().settlement.instanceId, m_instanceId);
    QVERIFY(!create.workspace().nextChangeAllowedAt.isValid());
}

std::unique_ptr<BillingClient> TestClient::loggedInClient(const Session &session)
{
    auto client = std::make_unique<BillingClient>(&m_network, m_server.baseUrl());
    client->retryPolicy = RetryPolicy::none();
    client->setSession(SessionInfo{session.token, {}, {}});
    return client;
}

void TestClient::changeSettlementAndMonthlyRule()
{
    QString error;
    const QJsonObject created =
        createWorkspace(*m_http, workspaceBody(uniqueName(u"monthly"_qs), u"cn1"_qs), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString id = created.value(u"id").toString();

    SettlementChange toAliyun{id,
                              SettlementMethod::Aliyun,
                              u" ops@"_qs + m_uid,
                              {},
                              m_instanceId,
                              {},
                              created.value(u"version").toInteger()};
    toAliyun.aliyunAccountId = parseAliyunAccountId(toAliyun.aliyunAccountId).value;
    ChangeSettlementJob change(*m_client, toAliyun, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(change));
    QVERIFY2(change.ok(), describe(change));
    QCOMPARE(change.workspace().settlement.method, SettlementMethod::Aliyun);
    QVERIFY(change.workspace().nextChangeAllowedAt.isValid());

    toAliyun.expectedVersion = change.workspace().version;
    ChangeSettlementJob same(*m_client, toAliyun, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(same));
    QVERIFY2(same.ok(), describe(same));
    QCOMPARE(same.workspace().version, change.workspace().version);

    SettlementChange back{id, SettlementMethod::BillingCenter, {}, {}, {}, {}, {}};
    ChangeSettlementJob tooSoon(*m_client, back, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(tooSoon));
    QVERIFY(tooSoon.error().isApi(ErrorCode::ChangeTooSoon));
    QCOMPARE(tooSoon.error().api.nextChangeAllowedAt, change.workspace().nextChangeAllowedAt);
    QVERIFY(tooSoon.error().userMessage().contains(QLocale().toString(
        tooSoon.error().api.nextChangeAllowedAt.toLocalTime(), QLocale::ShortFormat)));
}

void TestClient::versionConflictCarriesCurrent()
{
    QString error;
    const QJsonObject created =
        createWorkspace(*m_http, workspaceBody(uniqueName(u"conflict"_qs), u"cn1"_qs), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 version = created.value(u"version").toInteger();
    SettlementChange change{created.value(u"id").toString(),
                            SettlementMethod::Aliyun,
                            m_uid,
                            {},
                            m_instanceId,
                            {},
                            version + 5};
    ChangeSettlementJob job(*m_client, change, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    QVERIFY(job.error().isApi(ErrorCode::VersionConflict));
    QCOMPARE(job.error().httpStatus, 409);
    QVERIFY(job.error().api.current);
    QCOMPARE(job.error().api.current->version, version);
    QCOMPARE(job.error().api.current->settlement.method, SettlementMethod::BillingCenter);
}

void TestClient::instanceErrorsAreTyped_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown instance")
        << u"own"_qs << u"9223372036854775000"_qs << ErrorCode::InstanceNotFound << QString();
    QTest::newRow("someone else's")
        << u"other"_qs << u"own"_qs << ErrorCode::InstanceOwnerMismatch << QString();
    QTest::newRow("expired") << u"expired"_qs << u"expired"_qs << ErrorCode::InstanceNotActive
                             << QString();
    QTest::newRow("short uid") << u"123"_qs << u"own"_qs << ErrorCode::ValidationFailed
                               << u"aliyunAccountId"_qs;
    QTest::newRow("leading zero id")
        << u"own"_qs << u"0123"_qs << ErrorCode::ValidationFailed << u"instanceId"_qs;
}

void TestClient::instanceErrorsAreTyped()
{
    QFETCH(QString, uid);
    QFETCH(QString, instance);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    QString error;
    QString expiredUid = uniqueUid();
    QString expiredInstance;
    if (uid == u"expired") {
        expiredInstance =
            createSandboxInstance(*m_http, expiredUid, &error).value(u"instanceId").toString();
        sandboxInstanceAction(*m_http, expiredInstance, u"expire"_qs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    auto resolve = [&](const QString &value, bool isUid) {
        if (value == u"own")
            return isUid ? m_uid : m_instanceId;
        if (value == u"other")
            return uniqueUid();
        if (value == u"expired")
            return isUid ? expiredUid : expiredInstance;
        return value;
    };
    const QJsonObject created =
        createWorkspace(*m_http, workspaceBody(uniqueName(u"instance"_qs), u"cn6"_qs), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SettlementChange change{created.value(u"id").toString(),
                            SettlementMethod::Aliyun,
                            resolve(uid, true),
                            {},
                            resolve(instance, false),
                            {},
                            {}};
    ChangeSettlementJob job(*m_client, change, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(job));
    QVERIFY2(job.error().isApi(code), describe(job));
    if (!field.isEmpty())
        QVERIFY2(job.error().api.fields.contains(field), describe(job));
    QVERIFY(!job.error().userMessage().isEmpty());
}

void TestClient::batchGivesPerRowResults()
{
    QString error;
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        ids << createWorkspace(*m_http, workspaceBody(uniqueName(u"batch"_qs), u"cn1"_qs), &error)
                   .value(u"id")
                   .toString();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QList<SettlementChange> changes{
        {ids[0], SettlementMethod::Aliyun, m_uid, {}, m_instanceId, {}, {}},
        // cn1 does not offer AWS: refused for the site before the subscription is looked at.
        {ids[1], SettlementMethod::Aws, {}, {}, {}, QStringLiteral("aws-00000000000000000000"), {}},
        {u"ws_0000000000000000"_qs, SettlementMethod::BillingCenter, {}, {}, {}, {}, {}},
    };
    SettlementBatchJob batch(*m_client, changes, BillingClient::newIdempotencyKey());
    QVERIFY(runJob(batch));
    QVERIFY2(batch.ok(), describe(batch));
    const auto &results = batch.results();
    QCOMPARE(results.size(), 3);
    QVERIFY(results[0].applied);
    QCOMPARE(results[0].workspace->settlement.instanceId, m_instanceId);
    QVERIFY(!results[1].applied);
    QCOMPARE(results[1].error.code, ErrorCode::MethodNotAllowedForSite);
    QVERIFY(!results[2].applied);
    QCOMPARE(results[2].error.code, ErrorCode::NotFound);
}

void TestClient::pagingStreamsEveryWorkspace()
{
    WorkspaceListJob all(*m_client, {}, 5000);
    QVERIFY(runJob(all));
    QVERIFY2(all.ok(), qPrintable(all.error().detail));
    const qint64 total = all.total();
    QVERIFY2(total >= 6, qPrintable(QString::number(total)));

    WorkspaceListJob paged(*m_client, {}, 2);
    QSignalSpy progress(&paged, &PagedListJob::progress);
    QSet<QString> ids;
    connect(&paged, &WorkspaceListJob::workspacesReceived, this,
            [&ids](const QList<Workspace> &page) {
                for (const Workspace &workspace : page)
                    ids.insert(workspace.id);
            });
    QVERIFY(runJob(paged));
    QVERIFY2(paged.ok(), qPrintable(paged.error().detail));
    QCOMPARE(ids.size(), total);
    QCOMPARE(progress.size(), (total + 1) / 2);
    QCOMPARE(progress.last().at(0).toLongLong(), total);
    QCOMPARE(progress.last().at(1).toLongLong(), total);
    QCOMPARE(paged.skippedItems(), 0);
}

void TestClient::filtersReachTheServer()
{
    WorkspaceListQuery filter;
    filter.site = u"cn6"_qs;
    WorkspaceListJob job(*m_client, filter);
    QList<Workspace> received;
    connect(&job, &WorkspaceListJob::workspacesReceived, this,
            [&received](const QList<Workspace> &page) { received += page; });
    QVERIFY(runJob(job));
    QVERIFY2(job.ok(), qPrintable(job.error().detail));
    QVERIFY(!received.isEmpty());
    for (const Workspace &workspace : received)
        QCOMPARE(workspace.site, u"cn6"_qs);

    filter = {};
    filter.method = u"no-such-method"_qs;
    WorkspaceListJob bad(*m_client, filter);
    QVERIFY(runJob(bad));
    QVERIFY(bad.error().isApi(ErrorCode::ValidationFailed));
}

void TestClient::releasedInstanceSendsNotification()
{
    QString error;
    const QJsonObject released =
        sandboxInstanceAction(*m_http, m_instanceId, u"release"_qs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(released.value(u"status").toString(), u"released"_qs);

    WorkspaceListQuery filter;
    filter.method = u"aliyun"_qs;
    WorkspaceListJob aliyun(*m_client, filter);
    QVERIFY(runJob(aliyun));
    QCOMPARE(aliyun.total(), 0);

    NotificationListJob mails(*m_client, NotificationListJob::Source::Account);
    QVERIFY(runJob(mails));
    QVERIFY2(mails.ok(), qPrintable(mails.error().detail));
    QCOMPARE(mails.notifications().size(), 1);
    QVERIFY2(mails.notifications().first().body.contains(u"prod-观测"_qs),
             qPrintable(mails.notifications().first().body));
}

void TestClient::logoutRevokesToken()
{
    HttpClient http(m_server.baseUrl());
    const Session session = login(http, m_account.username, m_account.password);
    QVERIFY2(session.ok(), qPrintable(session.error));
    auto client = loggedInClient(session);
    LogoutJob logout(*client);
    QVERIFY(runJob(logout));
    QVERIFY2(logout.ok(), describe(logout));

    GetAccountJob account(*client);
    QVERIFY(runJob(account));
    QCOMPARE(account.error().kind, ClientError::Kind::SessionExpired);
    QCOMPARE(account.error().api.code, ErrorCode::Unauthenticated);
}

void TestClient::expiredSessionReauthenticatesOnce()
{
    auto client = loggedInClient(Session{{}, {}, {}, u"revoked-or-expired-token"_qs, {}, {}, {}});
    int asked = 0;
    client->setReauthentication(m_account.username, [&asked, this](auto deliver) {
        ++asked;
        deliver(m_account.password);
    });
    GetAccountJob first(*client);
    GetAccountJob second(*client);
    QSignalSpy secondDone(&second, &ApiJob::finished);
    second.start();
    QVERIFY(runJob(first));
    QVERIFY(secondDone.count() > 0 || secondDone.wait(30000));
    QVERIFY2(first.ok(), describe(first));
    QVERIFY2(second.ok(), describe(second));
    QCOMPARE(asked, 1);
    QCOMPARE(first.account().username, m_account.username);
    QVERIFY(client->session().token != u"revoked-or-expired-token");
}

void TestClient::secondUnauthorizedAsksToLogInAgain()
{
    auto client = loggedInClient(Session{{}, {}, {}, u"stale-token"_qs, {}, {}, {}});
    client->setReauthentication(m_account.username,
                                [](auto deliver) { deliver(u"password-changed-elsewhere"_qs); });
    QSignalSpy expired(client.get(), &BillingClient::sessionExpired);
    GetAccountJob job(*client);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::SessionExpired);
    QVERIFY(job.error().userMessage().contains(u"log in again"_qs));
    QCOMPARE(expired.size(), 1);
}

void TestClient::insecureRemoteUrlIsRefused()
{
    BillingClient remote(&m_network, QUrl(u"http://billing.example.com"_qs));
    LoginJob job(remote, m_account.username, m_account.password);
    QVERIFY(runJob(job));
    QCOMPARE(job.error().kind, ClientError::Kind::InsecureUrl);
    QCOMPARE(job.attempts(), 0);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
