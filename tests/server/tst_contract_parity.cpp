// The client's checks and the server's agree: the same registration and settlement inputs go
// through the client as the wizard uses it (RegistrationController, its form and Alibaba
// Cloud binding; SettlementEligibility) and through the server's readers and rules
// (RegistrationInput, NewWorkspaceInput, SettlementInput, SettlementRules), and both give the
// same verdict, naming the same field. The server gets what the client would send.
#include "BillingClient.h"
#include "NewWorkspaceInput.h"
#include "RegistrationController.h"
#include "RegistrationInput.h"
#include "RequestBody.h"
#include "SettlementEligibility.h"
#include "SettlementInput.h"
#include "SettlementRules.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace billing;
using Field = RegistrationField;
using Step = RegistrationStep;

namespace {
const QString kUid = QStringLiteral("1234567890123456");
const QString kInstance = QStringLiteral("6227091");

// The wire path the server names a field of the wizard by.
QString wirePath(Field field)
{
    switch (field) {
    case Field::Site:
        return u"site"_qs;
    case Field::Username:
        return u"username"_qs;
    case Field::Password:
        return u"password"_qs;
    case Field::Email:
        return u"email"_qs;
    case Field::VerificationCode:
        return u"verificationCode"_qs;
    case Field::Phone:
        return u"phone"_qs;
    case Field::Company:
        return u"company"_qs;
    case Field::AcceptTerms:
        return u"acceptTerms"_qs;
    case Field::WorkspaceName:
        return u"name"_qs;
    case Field::Language:
        return u"language"_qs;
    case Field::Method:
        return u"settlement.method"_qs;
    case Field::AliyunAccountId:
        return u"settlement.aliyunAccountId"_qs;
    case Field::InstanceId:
        return u"settlement.instanceId"_qs;
    case Field::HuaweiAccountId:
        return u"settlement.huaweiAccountId"_qs;
    case Field::PasswordConfirmation:
    case Field::AgreeActivation:
        break; // the client's own: never sent
    case Field::ClaimCode:
        break; // sent alone to POST /marketplace/claims, in neither body compared here
    }
    return {};
}

// Empty when accepted, else the fields at fault, sorted.
using Verdict = std::optional<QStringList>;

QString describe(const Verdict &verdict)
{
    return verdict ? u"rejected: "_qs + verdict->join(u", ") : u"accepted"_qs;
}

Verdict serverVerdict(bool read, const server::RequestBody &body)
{
    if (read)
        return std::nullopt;
    return body.error().fields.keys();
}

Verdict clientVerdict(const RegistrationController &controller, Step step)
{
    if (controller.isStepValid(step))
        return std::nullopt;
    // The wizard shows (and counts) a marketplace's IDs only for that method.
    const SettlementMethod method = controller.form().method();
    const auto shown = [method](Field field) {
        switch (field) {
        case Field::AliyunAccountId:
            return method == SettlementMethod::Aliyun;
        case Field::HuaweiAccountId:
            return method == SettlementMethod::Huawei;
        case Field::InstanceId:
            return method == SettlementMethod::Aliyun || method == SettlementMethod::Huawei;
        default:
            return true;
        }
    };
    QStringList fields;
    for (Field field : RegistrationTypes::fieldsOf(step)) {
        const bool sent = !wirePath(field).isEmpty();
        if (sent && shown(field) && !controller.fieldState(field).valid)
            fields.append(wirePath(field));
    }
    fields.sort();
    return fields;
}

Verdict serverRegistration(const RegistrationForm &form)
{
    server::RequestBody body(form.registration().toJson(), Registration::jsonKeys());
    const bool read = server::RegistrationInput::read(body.fields(), form.sites()).has_value();
    return serverVerdict(read, body);
}

Verdict serverNewWorkspace(const RegistrationForm &form, const QString &accountId,
                           const QString &instanceId)
{
    server::RequestBody body(form.newWorkspace(accountId, instanceId).toJson(),
                             NewWorkspace::jsonKeys());
    const bool read = server::NewWorkspaceInput::read(body.fields(), form.sites()).has_value();
    return serverVerdict(read, body);
}

Verdict serverSettlementChange(const SettlementChange &change)
{
    server::RequestBody body(change.toJson(false), SettlementChange::jsonKeys());
    const bool read = server::SettlementInput::read(body.fields(), true).has_value();
    return serverVerdict(read, body);
}

// Every field of the three steps filled in acceptably, settled through the Billing Center.
void fillValid(RegistrationController &controller)
{
    RegistrationForm &form = controller.form();
    form.setText(Field::Site, u"cn1"_qs);
    form.setText(Field::Username, u"alice.w"_qs);
    form.setText(Field::Password, u"Harbour-Lights-2026"_qs);
    form.setText(Field::PasswordConfirmation, u"Harbour-Lights-2026"_qs);
    form.setText(Field::Email, u"alice@example.com"_qs);
    form.setText(Field::VerificationCode, u"123456"_qs);
    form.setText(Field::Phone, u"+86 138-0000-0000"_qs);
    form.setText(Field::Company, u"Example Ltd"_qs);
    form.setChecked(Field::AcceptTerms, true);
    form.setText(Field::WorkspaceName, u"prod-observability"_qs);
    form.setText(Field::Language, u"en"_qs);
    form.setMethod(SettlementMethod::BillingCenter);
    form.setChecked(Field::AgreeActivation, true);
}

Workspace workspaceOn(const Settlement &settlement)
{
    Workspace workspace;
    workspace.id = u"ws_0123456789abcdef"_qs;
    workspace.site = u"cn1"_qs;
    workspace.settlement = settlement;
    workspace.version = 3;
    return workspace;
}
} // namespace

class TestContractParity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void registrationFields_data();
    void registrationFields();
    void settlementInputs_data();
    void settlementInputs();
    void sameBinding_data();
    void sameBinding();

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<RegistrationController> m_controller;
};

void TestContractParity::init()
{
    // Nothing is sent: port 1 on loopback would refuse it anyway.
    m_client = std::make_unique<BillingClient>(&m_network, QUrl(u"http://127.0.0.1:1"_qs));
    m_controller = std::make_unique<RegistrationController>(*m_client);
    fillValid(*m_controller);
}

void TestContractParity::cleanup()
{
    m_controller.reset();
    m_client.reset();
}

void TestContractParity::registrationFields_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    const auto good = [](const char *row, Field field, const QString &input) {
        QTest::newRow(row) << field << input << true;
    };
    const auto bad = [](const char *row, Field field, const QString &input) {
        QTest::newRow(row) << field << input << false;
    };

    good("site cn1", Field::Site, u"cn1"_qs);
    good("site id1", Field::Site, u"id1"_qs);
    bad("site unknown", Field::Site, u"xx9"_qs);
    bad("site empty", Field::Site, QString());

    good("username 3", Field::Username, u"abc"_qs);
    good("username 32", Field::Username, QString(32, u'u'));
    good("username all classes", Field::Username, u"a.B_c-9"_qs);
    bad("username empty", Field::Username, QString());
    bad("username 2", Field::Username, u"ab"_qs);
    bad("username 33", Field::Username, QString(33, u'u'));
    bad("username space", Field::Username, u"john doe"_qs);
    bad("username umlaut", Field::Username, u"jürgen"_qs);
    bad("username at sign", Field::Username, u"john@corp"_qs);
    bad("username 2 and a line break", Field::Username, u"ab\n"_qs);
    bad("username 32 and a line break", Field::Username, QString(32, u'u') + u'\n');

    good("password 8", Field::Password, u"12345678"_qs);
    good("password 128", Field::Password, QString(128, u'p'));
    good("password 8 CJK", Field::Password, QString(8, QChar(0x5BC6)));
    good("password 8 emoji", Field::Password, QString::fromUcs4(U"🔑").repeated(8));
    bad("password empty", Field::Password, QString());
    bad("password 7", Field::Password, u"1234567"_qs);
    bad("password 7 CJK", Field::Password, QString(7, QChar(0x5BC6)));
    bad("password 4 emoji", Field::Password, QString::fromUcs4(U"🔑").repeated(4));
    bad("password 129", Field::Password, QString(129, u'p'));

    good("email tagged", Field::Email, u"First.Last+tag@sub.example.co"_qs);
    good("email padded", Field::Email, u" alice@example.com\n"_qs);
    good("email 254", Field::Email,
         QString(64, u'l') + u'@' + QString(63, u'a') + u'.' + QString(63, u'b') + u'.'
             + QString(57, u'c') + u".com");
    bad("email empty", Field::Email, QString());
    bad("email blank", Field::Email, u"   "_qs);
    bad("email no tld", Field::Email, u"user@example"_qs);
    bad("email no local part", Field::Email, u"@example.com"_qs);
    bad("email two ats", Field::Email, u"a@@example.com"_qs);
    bad("email inner space", Field::Email, u"a b@example.com"_qs);
    bad("email 255", Field::Email, QString(243, u'a') + u"@example.com");

    good("phone 6 digits", Field::Phone, u"123456"_qs);
    good("phone + and 20 digits", Field::Phone, u"+"_qs + QString(20, u'1'));
    good("phone spaces and dashes", Field::Phone, u"+86 10-8888 6666"_qs);
    good("phone padded", Field::Phone, u" 123456 "_qs);
    bad("phone empty", Field::Phone, QString());
    bad("phone 5 digits", Field::Phone, u"12345"_qs);
    bad("phone 21 digits", Field::Phone, QString(21, u'1'));
    bad("phone letters", Field::Phone, u"+86 CALL-ME"_qs);
    bad("phone double dash", Field::Phone, u"138--0000"_qs);
    bad("phone parentheses", Field::Phone, u"+1 (555) 0100 200"_qs);

    good("company 128", Field::Company, QString(128, u'c'));
    good("company 128 CJK", Field::Company, QString(128, QChar(0x516C)));
    good("company padded", Field::Company, u"  示例科技有限公司 "_qs);
    bad("company blank", Field::Company, u"   "_qs);
    bad("company 129", Field::Company, QString(129, u'c'));
    bad("company 129 CJK", Field::Company, QString(129, QChar(0x516C)));

    bad("terms not accepted", Field::AcceptTerms, QString());

    good("workspace name 64", Field::WorkspaceName, QString(64, u'w'));
    good("workspace name 64 emoji", Field::WorkspaceName, QString::fromUcs4(U"🚀").repeated(64));
    good("workspace name padded", Field::WorkspaceName, u"  prod "_qs);
    bad("workspace name blank", Field::WorkspaceName, u"\t"_qs);
    bad("workspace name 65", Field::WorkspaceName, QString(65, u'w'));
    bad("workspace name 65 emoji", Field::WorkspaceName, QString::fromUcs4(U"🚀").repeated(65));

    good("language zh", Field::Language, u"zh"_qs);
    good("language en", Field::Language, u"en"_qs);
    bad("language fr", Field::Language, u"fr"_qs);
    bad("language empty", Field::Language, QString());
}

void TestContractParity::registrationFields()
{
    QFETCH(Field, field);
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    RegistrationForm &form = m_controller->form();
    if (field == Field::AcceptTerms) {
        form.setChecked(field, false);
    } else {
        form.setText(field, input);
        if (field == Field::Password)
            form.setText(Field::PasswordConfirmation, input);
    }

    const Step step = RegistrationTypes::stepOf(field);
    const Verdict client = clientVerdict(*m_controller, step);
    const Verdict server = step == Step::Activation ? serverNewWorkspace(form, QString(), QString())
                                                    : serverRegistration(form);
    QVERIFY2(client == server,
             qPrintable(u"client "_qs + describe(client) + u", server "_qs + describe(server)));
    QCOMPARE(!client.has_value(), accepted);
    if (!accepted)
        QCOMPARE(*client, QStringList{wirePath(field)});
}

void TestContractParity::settlementInputs_data()
{
    QTest::addColumn<SettlementMethod>("method");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QStringList>("badFields"); // without the "settlement." prefix

    const auto row = [](const char *name, SettlementMethod method, const QString &accountId,
                        const QString &instanceId, const QStringList &bad) {
        QTest::newRow(name) << method << accountId << instanceId << bad;
    };
    const QString account = u"aliyunAccountId"_qs;
    const QString instance = u"instanceId"_qs;
    using M = SettlementMethod;

    row("billing center", M::BillingCenter, QString(), QString(), {});
    row("billing center, IDs left in the form", M::BillingCenter, kUid, kInstance, {});
    row("billing center, bad IDs left in the form", M::BillingCenter, u"12"_qs, u"0"_qs, {});
    row("aliyun", M::Aliyun, kUid, kInstance, {});
    row("aliyun, RAM user form", M::Aliyun, u"ops@corp.onaliyun.com@"_qs + kUid, kInstance, {});
    row("aliyun, padded IDs", M::Aliyun, u"  "_qs + kUid + u"\n", u"\t"_qs + kInstance, {});
    row("aliyun, largest instance ID", M::Aliyun, kUid, u"9223372036854775807"_qs, {});
    row("aliyun, no account ID", M::Aliyun, QString(), kInstance, {account});
    row("aliyun, 15-digit account ID", M::Aliyun, kUid.left(15), kInstance, {account});
    row("aliyun, 17-digit account ID", M::Aliyun, kUid + u'7', kInstance, {account});
    row("aliyun, letters in account ID", M::Aliyun, u"12345678901234ab"_qs, kInstance, {account});
    row("aliyun, RAM user without UID", M::Aliyun, u"ops@"_qs, kInstance, {account});
    row("aliyun, no instance ID", M::Aliyun, kUid, QString(), {instance});
    row("aliyun, instance ID 0", M::Aliyun, kUid, u"0"_qs, {instance});
    row("aliyun, instance ID with leading zero", M::Aliyun, kUid, u"06227091"_qs, {instance});
    row("aliyun, 20-digit instance ID", M::Aliyun, kUid, QString(20, u'1'), {instance});
    row("aliyun, instance ID above 64 bits", M::Aliyun, kUid, u"9223372036854775808"_qs,
        {instance});
    row("aliyun, negative instance ID", M::Aliyun, kUid, u"-6227091"_qs, {instance});
    row("aliyun, both wrong", M::Aliyun, u"x"_qs, u"y"_qs, {account, instance});
}

void TestContractParity::settlementInputs()
{
    QFETCH(SettlementMethod, method);
    QFETCH(QString, accountId);
    QFETCH(QString, instanceId);
    QFETCH(QStringList, badFields);
    m_controller->form().setMethod(method);
    MarketplaceBindingController &binding = m_controller->binding();
    binding.setText(MarketplaceBindingController::Field::AccountId, accountId);
    binding.setText(MarketplaceBindingController::Field::InstanceId, instanceId);

    QStringList expected;
    for (const QString &field : badFields)
        expected.append(u"settlement."_qs + field);
    const Verdict client = clientVerdict(*m_controller, Step::Activation);
    const Verdict wizard = serverNewWorkspace(m_controller->form(), accountId, instanceId);
    QVERIFY2(client == wizard,
             qPrintable(u"client "_qs + describe(client) + u", server "_qs + describe(wizard)));
    QCOMPARE(client.value_or(QStringList()), expected);

    // The same IDs in a change of an existing workspace (PUT .../settlement).
    const Verdict change =
        serverSettlementChange(SettlementChange{{}, method, accountId, {}, instanceId, {}, {}});
    QCOMPARE(change.value_or(QStringList()), badFields);
}

void TestContractParity::sameBinding_data()
{
    QTest::addColumn<Settlement>("current");
    QTest::addColumn<SettlementChange>("target");
    QTest::addColumn<bool>("same");

    using M = SettlementMethod;
    const QString otherUid = u"6543210987654321"_qs;
    const Settlement center{M::BillingCenter, {}, {}, {}, {}, {}};
    const Settlement aliyun{M::Aliyun, kUid, {}, kInstance, {}, {}};
    const Settlement aws{M::Aws, {}, {}, {}, {}, {}};
    const auto target = [](M method, const QString &uid = {}, const QString &instance = {}) {
        return SettlementChange{u"ws_0123456789abcdef"_qs, method, uid, {}, instance, {}, {}};
    };
    QTest::newRow("billing center again") << center << target(M::BillingCenter) << true;
    QTest::newRow("billing center to aliyun")
        << center << target(M::Aliyun, kUid, kInstance) << false;
    QTest::newRow("same aliyun binding") << aliyun << target(M::Aliyun, kUid, kInstance) << true;
    QTest::newRow("aliyun, other instance")
        << aliyun << target(M::Aliyun, kUid, u"6227092"_qs) << false;
    QTest::newRow("aliyun, other account")
        << aliyun << target(M::Aliyun, otherUid, kInstance) << false;
    QTest::newRow("aliyun back to billing center") << aliyun << target(M::BillingCenter) << false;
    QTest::newRow("aws again") << aws << target(M::Aws) << true;
    QTest::newRow("aws, stray IDs ignored") << aws << target(M::Aws, kUid, kInstance) << true;
    QTest::newRow("aws to azure") << aws << target(M::Azure) << false;
}

void TestContractParity::sameBinding()
{
    QFETCH(Settlement, current);
    QFETCH(SettlementChange, target);
    QFETCH(bool, same);
    const Workspace workspace = workspaceOn(current);
    const QDateTime now(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);

    const SettlementEligibility eligibility;
    const bool client =
        eligibility.check(workspace, target, now).rule == SettlementEligibility::Rule::SameBinding;

    server::ChangeContext context;
    context.current = workspace;
    context.siteMethods = SiteTable::builtIn().find(workspace.site)->methods;
    context.now = now;
    const bool server =
        server::SettlementRules().decideChange(context, target).kind == server::Verdict::Kind::NoOp;
    QCOMPARE(client, same);
    QCOMPARE(server, same);
}

QTEST_GUILESS_MAIN(TestContractParity)
#include "tst_contract_parity.moc"
