// Workspace → Bind marketplace subscription… as a user drives it: QTest types and clicks,
// the look-up and the claim go to the real sandbox billing-center.
#include "ApiHelpers.h"
#include "ClaimController.h"
#include "ClaimDialog.h"
#include "RegistrationFixture.h"
#include "WidgetLookup.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000;

struct SandboxSubscription {
    QString subscriptionId;
    QString claimCode;
    QString error;
};

// Subscribes in the sandbox AWS Marketplace: landing, token resolution and the signed
// subscribe-success notification, as AWS would; the landing page's claim code comes back.
SandboxSubscription subscribeOnAws(HttpClient &http)
{
    const HttpReply reply = http.post(QStringLiteral("/api/v1/sandbox/aws/subscriptions"), {});
    if (reply.status != 201)
        return {{}, {}, reply.describe()};
    return {reply.object().value(u"subscription").toObject().value(u"subscriptionId").toString(),
            reply.object().value(u"claimCode").toString(),
            {}};
}
} // namespace

class TestClaimDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void typedCodeIsNormalised();
    void impossibleCharacterIsNamedAtOnce();
    void enterOnAShortCodeSaysWhy();
    void unreachableServerOffersRetry();
    void pastedCodeShowsAndClaimsTheSubscription();
    void wrongCodeKeepsTheTextAndSaysWhy();
    void usedCodeIsRefused();
    void tenWrongCodesSayHowLongToWait();

private:
    ClaimDialog *open(BillingClient &client);
    QLineEdit *codeEdit() { return child<QLineEdit>(m_dialog.get(), "claimCodeLineEdit"); }
    QString codeError();
    QString error();
    bool settled(); // waits until no request runs

    RegistrationFixture m_fixture;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<BillingClient> m_unreachable;
    std::unique_ptr<ClaimDialog> m_dialog;
    QString m_token;
    QString m_claimedCode; // claimed by pastedCodeShowsAndClaimsTheSubscription()
};

void TestClaimDialog::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    const Session session = registerAccount(m_fixture.http(), uniqueName(QStringLiteral("claim")));
    QVERIFY2(session.ok(), qPrintable(session.error));
    m_token = session.token;
    m_client = m_fixture.newClient();
    m_client->setSession(SessionInfo{session.token, {}, {}});
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    m_unreachable = m_fixture.newClient(QUrl(QStringLiteral("http://127.0.0.1:1")));
    m_unreachable->setSession(SessionInfo{session.token, {}, {}});
}

void TestClaimDialog::cleanup()
{
    m_dialog.reset();
}

ClaimDialog *TestClaimDialog::open(BillingClient &client)
{
    m_dialog = std::make_unique<ClaimDialog>(client);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    codeEdit()->setFocus();
    return m_dialog.get();
}

QString TestClaimDialog::codeError()
{
    auto *label = child<QLabel>(m_dialog.get(), "claimCodeErrorLabel");
    return label && label->isVisible() ? label->text() : QString();
}

QString TestClaimDialog::error()
{
    auto *label = child<QLabel>(m_dialog.get(), "claimErrorLabel");
    return label && label->isVisible() ? label->text() : QString();
}

bool TestClaimDialog::settled()
{
    return QTest::qWaitFor([this] { return !m_dialog->controller().isBusy(); }, kSlow);
}

void TestClaimDialog::typedCodeIsNormalised()
{
    open(*m_client);
    QVERIFY(!codeEdit()->accessibleName().isEmpty());
    QTest::keyClicks(codeEdit(), QStringLiteral("k7m9 wx"));
    QCOMPARE(codeEdit()->text(), QStringLiteral("K7M9-WX"));
    QCOMPARE(codeEdit()->cursorPosition(), 7);
    // Not complete yet: nothing to complain about, nothing to look up.
    QVERIFY(codeError().isEmpty());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "lookUpButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "claimButton")->isEnabled());
    QVERIFY(!child<QWidget>(m_dialog.get(), "subscriptionGroup")->isVisible());
}

void TestClaimDialog::impossibleCharacterIsNamedAtOnce()
{
    open(*m_client);
    QTest::keyClicks(codeEdit(), QStringLiteral("ab0"));
    QCOMPARE(codeEdit()->text(), QStringLiteral("AB0")); // kept, so that it can be corrected
    QVERIFY2(codeError().contains(u'0'), qPrintable(codeError()));
    QCOMPARE(codeEdit()->accessibleDescription(), codeError());
    QTest::keyClick(codeEdit(), Qt::Key_Backspace);
    QVERIFY(codeError().isEmpty());
}

void TestClaimDialog::enterOnAShortCodeSaysWhy()
{
    open(*m_client);
    QTest::keyClicks(codeEdit(), QStringLiteral("ABCD-EF"));
    QVERIFY(codeError().isEmpty());
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY2(codeError().contains(u'8'), qPrintable(codeError()));
    QCOMPARE(m_dialog->controller().state(), ClaimController::State::Editing);
    QVERIFY(m_dialog->isVisible()); // Enter did not close the dialog
}

void TestClaimDialog::unreachableServerOffersRetry()
{
    open(*m_unreachable);
    m_dialog->openCode(QStringLiteral(" abcd efgh "));
    QCOMPARE(codeEdit()->text(), QStringLiteral("ABCD-EFGH"));
    QVERIFY(settled());
    QVERIFY2(!error().isEmpty(), "no error shown");
    QVERIFY(codeError().isEmpty()); // the code is not what is wrong
    QCOMPARE(codeEdit()->text(), QStringLiteral("ABCD-EFGH"));
    auto *lookUp = child<QPushButton>(m_dialog.get(), "lookUpButton");
    QVERIFY(lookUp->isEnabled());
    QCOMPARE(lookUp->text(), ClaimDialog::tr("&Try again"));
    QVERIFY(!child<QPushButton>(m_dialog.get(), "claimButton")->isEnabled());

    QTest::mouseClick(lookUp, Qt::LeftButton);
    QVERIFY(m_dialog->controller().isBusy());
    QVERIFY(settled());
    QVERIFY(!error().isEmpty());
    QCOMPARE(codeEdit()->text(), QStringLiteral("ABCD-EFGH"));
}

void TestClaimDialog::pastedCodeShowsAndClaimsTheSubscription()
{
    const SandboxSubscription aws = subscribeOnAws(m_fixture.http());
    if (aws.error.startsWith(u"HTTP 404"))
        QSKIP("this billing-center has no sandbox AWS Marketplace yet");
    QVERIFY2(aws.error.isEmpty(), qPrintable(aws.error));
    open(*m_client);
    // Pasted in lower case without the dash: normalised, then looked up at once.
    QTest::keyClicks(codeEdit(), aws.claimCode.toLower().remove(u'-'));
    QCOMPARE(codeEdit()->text(), aws.claimCode);
    QVERIFY(settled());
    QVERIFY2(error().isEmpty() && codeError().isEmpty(), qPrintable(error() + codeError()));
    QVERIFY(child<QWidget>(m_dialog.get(), "subscriptionGroup")->isVisible());
    QCOMPARE(child<QLabel>(m_dialog.get(), "subscriptionIdLabel")->text(), aws.subscriptionId);
    QCOMPARE(child<QLabel>(m_dialog.get(), "marketplaceLabel")->text(),
             QStringLiteral("AWS Marketplace"));
    QVERIFY(child<QLabel>(m_dialog.get(), "customerLabel")->text().startsWith(u"AWS account "));

    // The look-up consumed nothing: the subscription is not the account's yet.
    HttpClient http(m_fixture.server().baseUrl(), m_token);
    const auto listed = [&http] {
        QStringList ids;
        const HttpReply reply = http.get(QStringLiteral("/api/v1/marketplace/subscriptions"),
                                         {{QStringLiteral("marketplace"), QStringLiteral("aws")}});
        for (const QJsonValue &item : reply.object().value(u"subscriptions").toArray())
            ids << item.toObject().value(u"subscriptionId").toString();
        return ids;
    };
    QVERIFY(!listed().contains(aws.subscriptionId));

    QSignalSpy claimed(m_dialog.get(), &ClaimDialog::claimed);
    auto *claim = child<QPushButton>(m_dialog.get(), "claimButton");
    QVERIFY(claim->isEnabled());
    QTest::mouseClick(claim, Qt::LeftButton);
    QVERIFY(settled());
    QCOMPARE(m_dialog->controller().state(), ClaimController::State::Claimed);
    QCOMPARE(claimed.size(), 1);
    auto *success = child<QLabel>(m_dialog.get(), "successLabel");
    QVERIFY(success->isVisible());
    QVERIFY2(success->text().contains(aws.subscriptionId), qPrintable(success->text()));
    QVERIFY(!claim->isVisible());
    QVERIFY(listed().contains(aws.subscriptionId)); // now the account's
    m_claimedCode = aws.claimCode;
}

void TestClaimDialog::wrongCodeKeepsTheTextAndSaysWhy()
{
    open(*m_client);
    QTest::keyClicks(codeEdit(), QStringLiteral("ZZZZ-ZZZZ"));
    QVERIFY(settled());
    QVERIFY2(codeError().contains(u"wrong"), qPrintable(codeError()));
    QVERIFY(error().isEmpty());
    QCOMPARE(codeEdit()->text(), QStringLiteral("ZZZZ-ZZZZ")); // kept for correcting
    QVERIFY(!codeEdit()->isReadOnly());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "claimButton")->isEnabled());
    QVERIFY(!child<QWidget>(m_dialog.get(), "subscriptionGroup")->isVisible());
    // Correcting the code clears the complaint.
    QTest::keyClick(codeEdit(), Qt::Key_Backspace);
    QVERIFY(codeError().isEmpty());
}

void TestClaimDialog::usedCodeIsRefused()
{
    if (m_claimedCode.isEmpty())
        QSKIP("needs pastedCodeShowsAndClaimsTheSubscription");
    open(*m_client);
    m_dialog->openCode(m_claimedCode);
    QVERIFY(settled());
    QVERIFY2(!codeError().isEmpty(), "a used code was accepted");
    QCOMPARE(m_dialog->controller().state(), ClaimController::State::Editing);
}

void TestClaimDialog::tenWrongCodesSayHowLongToWait()
{
    // A fresh account: the limit counts per account.
    const Session session = registerAccount(m_fixture.http(), uniqueName(QStringLiteral("guess")));
    QVERIFY2(session.ok(), qPrintable(session.error));
    auto client = m_fixture.newClient();
    client->setSession(SessionInfo{session.token, {}, {}});
    open(*client);
    QString last;
    for (int i = 0; i < 11 && m_dialog->controller().error().isEmpty(); ++i) {
        const QString code = QStringLiteral("ZZZZ-ZZZ%1").arg(QStringLiteral("ABCDEFGHJKLM").at(i));
        m_dialog->openCode(code);
        QVERIFY(settled());
        last = code;
    }
    QVERIFY2(error().contains(u"minute"), qPrintable(error()));
    QCOMPARE(codeEdit()->text(), last);
}

QTEST_MAIN(TestClaimDialog)
#include "tst_claim_dialog.moc"
