// The request bodies of the wire contract (models/contract): what toJson() writes, that
// fromJson() reads it back unchanged, and what fromJson() refuses or normalises.
#include "NewWorkspace.h"
#include "Registration.h"
#include "SessionReply.h"
#include "SettlementChange.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace billing;

namespace {
const QString kUid = QStringLiteral("1234567890123456");
const QString kInstance = QStringLiteral("6227091");

QSet<QString> keySet(const QList<const char *> &keys)
{
    QSet<QString> set;
    for (const char *key : keys)
        set.insert(QString::fromLatin1(key));
    return set;
}

QSet<QString> keySet(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

Registration validRegistration()
{
    return {
        u"cn1"_qs,    u"alice.w"_qs,           u"Harbour-Lights-2026"_qs, u"alice@example.com"_qs,
        u"123456"_qs, u"+86 138 0000 0000"_qs, u"Acme Observability"_qs,  true};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

NewWorkspace aliyunWorkspace()
{
    return {u"prod-观测"_qs, u"cn1"_qs, u"zh"_qs,
            SettlementChange{{}, SettlementMethod::Aliyun, kUid, {}, kInstance, {}, {}}, true};
}
} // namespace

class TestContractJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrationRoundTrip_data();
    void registrationRoundTrip();
    void registrationFromJson_data();
    void registrationFromJson();
    void newWorkspaceRoundTrip_data();
    void newWorkspaceRoundTrip();
    void newWorkspaceFromJson_data();
    void newWorkspaceFromJson();
    void settlementChangeWritesOnlyItsBinding_data();
    void settlementChangeWritesOnlyItsBinding();
    void sessionReplyRoundTrip();
};

void TestContractJson::registrationRoundTrip_data()
{
    QTest::addColumn<Registration>("registration");
    QTest::newRow("typical") << validRegistration();
    Registration terms = validRegistration();
    terms.acceptTerms = false;
    QTest::newRow("terms not accepted") << terms;
    QTest::newRow("all empty") << Registration{};
    Registration unicode = validRegistration();
    unicode.company = u"示例科技有限公司 🚀"_qs;
    unicode.password = QString(8, QChar(0x5BC6));
    QTest::newRow("unicode") << unicode;
}

void TestContractJson::registrationRoundTrip()
{
    QFETCH(Registration, registration);
    const QJsonObject json = registration.toJson();
    QCOMPARE(keySet(json), keySet(Registration::jsonKeys()));
    QCOMPARE(json.value(u"acceptTerms").toBool(), registration.acceptTerms);
    QCOMPARE(json.value(u"verificationCode").toString(), registration.verificationCode);
    const auto read = Registration::fromJson(json);
    QVERIFY(read);
    QVERIFY(*read == registration);
}

void TestContractJson::registrationFromJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<std::optional<Registration>>("expected");

    const QJsonObject valid = validRegistration().toJson();
    Registration trimmed = validRegistration();
    QTest::newRow("company trimmed") << with(valid, u"company"_qs, u"  Acme Observability\t"_qs)
                                     << std::optional<Registration>(trimmed);
    Registration padded = validRegistration();
    padded.email = u" alice@example.com "_qs;
    QTest::newRow("other fields as given")
        << with(valid, u"email"_qs, padded.email) << std::optional<Registration>(padded);
    QTest::newRow("unknown key ignored")
        << with(valid, u"nickname"_qs, u"jo"_qs) << std::optional<Registration>(trimmed);
    const std::optional<Registration> none;
    QTest::newRow("phone missing") << with(valid, u"phone"_qs, QJsonValue::Undefined) << none;
    QTest::newRow("email null") << with(valid, u"email"_qs, QJsonValue::Null) << none;
    QTest::newRow("username a number") << with(valid, u"username"_qs, 12345) << none;
    QTest::newRow("terms a string") << with(valid, u"acceptTerms"_qs, u"true"_qs) << none;
    QTest::newRow("terms missing") << with(valid, u"acceptTerms"_qs, QJsonValue::Undefined) << none;
    QTest::newRow("empty object") << QJsonObject() << none;
}

void TestContractJson::registrationFromJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(std::optional<Registration>, expected);
    const auto read = Registration::fromJson(json);
    QCOMPARE(read.has_value(), expected.has_value());
    if (expected)
        QVERIFY(*read == *expected);
}

void TestContractJson::newWorkspaceRoundTrip_data()
{
    QTest::addColumn<NewWorkspace>("workspace");
    QTest::newRow("aliyun") << aliyunWorkspace();
    NewWorkspace center{u"staging"_qs, u"id1"_qs, u"en"_qs, {}, false};
    QTest::newRow("billing center") << center;
    NewWorkspace aws = center;
    aws.settlement.method = SettlementMethod::Aws;
    aws.settlement.subscriptionId = u"aws-0123456789abcdef0123"_qs;
    aws.createBillingCenterAccount = true;
    QTest::newRow("aws") << aws;
}

void TestContractJson::newWorkspaceRoundTrip()
{
    QFETCH(NewWorkspace, workspace);
    const QJsonObject json = workspace.toJson();
    QCOMPARE(keySet(json), keySet(NewWorkspace::jsonKeys()));
    QVERIFY(keySet(NewWorkspace::settlementKeys())
                .contains(keySet(json.value(u"settlement").toObject())));
    const auto read = NewWorkspace::fromJson(json);
    QVERIFY(read);
    QVERIFY(*read == workspace);
}

void TestContractJson::newWorkspaceFromJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<std::optional<NewWorkspace>>("expected");

    const NewWorkspace aliyun = aliyunWorkspace();
    const QJsonObject valid = aliyun.toJson();
    const QJsonObject settlement = valid.value(u"settlement").toObject();
    const auto settled = [&](const QString &key, const QJsonValue &value) {
        return with(valid, u"settlement"_qs, with(settlement, key, value));
    };
    const std::optional<NewWorkspace> same(aliyun);
    const std::optional<NewWorkspace> none;

    QTest::newRow("name trimmed") << with(valid, u"name"_qs, u"  prod-观测 "_qs) << same;
    QTest::newRow("ram account id normalised")
        << settled(u"aliyunAccountId"_qs, QString(u" ops@" + kUid + u"\n")) << same;
    QTest::newRow("instance id trimmed")
        << settled(u"instanceId"_qs, QString(u"\t" + kInstance)) << same;
    NewWorkspace noAccount = aliyun;
    noAccount.createBillingCenterAccount = false;
    QTest::newRow("createBillingCenterAccount left out")
        << with(valid, u"createBillingCenterAccount"_qs, QJsonValue::Undefined)
        << std::optional<NewWorkspace>(noAccount);

    QTest::newRow("aliyun without instance")
        << settled(u"instanceId"_qs, QJsonValue::Undefined) << none;
    QTest::newRow("aliyun with null account id")
        << settled(u"aliyunAccountId"_qs, QJsonValue::Null) << none;
    QTest::newRow("account id of 15 digits")
        << settled(u"aliyunAccountId"_qs, u"123456789012345"_qs) << none;
    QTest::newRow("instance id with leading zero") << settled(u"instanceId"_qs, u"0622"_qs) << none;
    QTest::newRow("unknown method") << settled(u"method"_qs, u"paypal"_qs) << none;
    QTest::newRow("expectedVersion in settlement") << settled(u"expectedVersion"_qs, 3) << none;
    QTest::newRow("settlement not an object")
        << with(valid, u"settlement"_qs, u"aliyun"_qs) << none;
    QTest::newRow("name missing") << with(valid, u"name"_qs, QJsonValue::Undefined) << none;
    QTest::newRow("createBillingCenterAccount a string")
        << with(valid, u"createBillingCenterAccount"_qs, u"yes"_qs) << none;

    NewWorkspace center{u"staging"_qs, u"cn1"_qs, u"en"_qs, {}, false};
    const QJsonObject centerJson = center.toJson();
    const QJsonObject centerSettlement = centerJson.value(u"settlement").toObject();
    QTest::newRow("billing center with an account id")
        << with(centerJson, u"settlement"_qs, with(centerSettlement, u"aliyunAccountId"_qs, kUid))
        << none;
    QTest::newRow("billing center with a null instance id") << with(
        centerJson, u"settlement"_qs, with(centerSettlement, u"instanceId"_qs, QJsonValue::Null))
                                                            << std::optional<NewWorkspace>(center);
}

void TestContractJson::newWorkspaceFromJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(std::optional<NewWorkspace>, expected);
    const auto read = NewWorkspace::fromJson(json);
    QCOMPARE(read.has_value(), expected.has_value());
    if (expected)
        QVERIFY(*read == *expected);
}

void TestContractJson::settlementChangeWritesOnlyItsBinding_data()
{
    QTest::addColumn<SettlementMethod>("method");
    QTest::addColumn<QStringList>("written"); // the binding keys sent
    QTest::newRow("aliyun") << SettlementMethod::Aliyun
                            << QStringList{u"aliyunAccountId"_qs, u"instanceId"_qs};
    QTest::newRow("huawei") << SettlementMethod::Huawei
                            << QStringList{u"huaweiAccountId"_qs, u"instanceId"_qs};
    QTest::newRow("billing center") << SettlementMethod::BillingCenter << QStringList{};
    QTest::newRow("aws") << SettlementMethod::Aws << QStringList{u"subscriptionId"_qs};
    QTest::newRow("azure") << SettlementMethod::Azure << QStringList{u"subscriptionId"_qs};
}

void TestContractJson::settlementChangeWritesOnlyItsBinding()
{
    QFETCH(SettlementMethod, method);
    QFETCH(QStringList, written);
    // Stray IDs of a form that showed another method before are never sent with this one.
    const QString huaweiId = u"0a1b2c3d4e5f60718293a4b5c6d7e8f9"_qs;
    const QString subscription = method == SettlementMethod::Azure
                                     ? u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_qs
                                     : u"aws-0123456789abcdef0123"_qs;
    const SettlementChange change{
        u"ws_0123456789abcdef"_qs, method, kUid, huaweiId, kInstance, subscription, 7};
    const QJsonObject item = change.toJson(true);
    for (const QString &key :
         {u"aliyunAccountId"_qs, u"huaweiAccountId"_qs, u"instanceId"_qs, u"subscriptionId"_qs})
        QVERIFY2(item.contains(key) == written.contains(key), qPrintable(key));
    QCOMPARE(item.value(u"workspaceId").toString(), change.workspaceId);
    QCOMPARE(item.value(u"expectedVersion").toInteger(), 7);
    QVERIFY(!change.toJson(false).contains(u"workspaceId"));

    const auto read = SettlementChange::fromJson(item);
    QVERIFY(read);
    QCOMPARE(read->method, method);
    QCOMPARE(read->workspaceId, change.workspaceId);
    QCOMPARE(read->expectedVersion, change.expectedVersion);
    QCOMPARE(read->aliyunAccountId, written.contains(u"aliyunAccountId") ? kUid : QString());
    QCOMPARE(read->huaweiAccountId, written.contains(u"huaweiAccountId") ? huaweiId : QString());
    QCOMPARE(read->instanceId, written.contains(u"instanceId") ? kInstance : QString());
    QCOMPARE(read->subscriptionId, written.contains(u"subscriptionId") ? subscription : QString());
}

void TestContractJson::sessionReplyRoundTrip()
{
    Account account;
    account.id = u"acc_0123456789abcdef"_qs;
    account.username = u"alice.w"_qs;
    const SessionReply reply{u"token-1"_qs, QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC),
                             account};
    const auto read = SessionReply::fromJson(reply.toJson());
    QVERIFY(read);
    QCOMPARE(read->token, reply.token);
    QCOMPARE(read->expiresAt, reply.expiresAt);
    QVERIFY(read->account);
    QCOMPARE(read->account->username, account.username);

    const SessionReply withoutAccount{reply.token, reply.expiresAt, std::nullopt};
    QVERIFY(!withoutAccount.toJson().contains(u"account"));
    QVERIFY(!SessionReply::fromJson(with(reply.toJson(), u"token"_qs, u""_qs)));
}

QTEST_GUILESS_MAIN(TestContractJson)
#include "tst_contractjson.moc"
