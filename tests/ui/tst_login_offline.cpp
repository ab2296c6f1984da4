// The log-in dialog's way to the list saved on disk: offered only when the Billing Center
// gives no answer at all and a copy exists for that server and user; never after a refused
// password. The real server, stopped for the unreachable case; no keychain involved.
#include "BillingClient.h"
#include "LoginDialogFixture.h"
#include "StartupFixtures.h"
#include "UnavailableCredentialStore.h"
#include "WidgetLookup.h"
#include "WorkspaceCache.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000;
} // namespace

class TestLoginOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedPasswordOffersNoCopy();
    void unreachableServerOffersTheCopy();
    void editingTheUsernameWithdrawsTheOffer();
    void noCopyNoOffer();

private:
    void logIn(const QString &username, const QString &password);
    QPushButton *offlineButton() const
    {
        return child<QPushButton>(m_login.dialog(), "offlineCopyButton");
    }

    LoginDialogFixture m_login;
    UnavailableCredentialStore m_keychain;
    QUrl m_url;
};

void TestLoginOffline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_login.start(QStringLiteral("offline")), qPrintable(m_login.error()));
    m_url = m_login.server().server().baseUrl();
    const QDateTime syncedAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    WorkspaceCache cache(WorkspaceCache::defaultDirectory(), m_url, m_login.username());
    QString error;
    QVERIFY2(cache.save({cachedWorkspace(QStringLiteral("ws_00000000000000a1"), u"Payments"_qs),
                         cachedWorkspace(QStringLiteral("ws_00000000000000a2"), u"账单"_qs)},
                        syncedAt, &error),
             qPrintable(error));
}

void TestLoginOffline::init()
{
    QVERIFY(m_login.open(m_keychain));
}

void TestLoginOffline::cleanup()
{
    m_login.close();
}

void TestLoginOffline::logIn(const QString &username, const QString &password)
{
    auto *usernameEdit = child<QLineEdit>(m_login.dialog(), "usernameLineEdit");
    usernameEdit->clear();
    QTest::keyClicks(usernameEdit, username);
    QTest::keyClicks(child<QLineEdit>(m_login.dialog(), "passwordLineEdit"), password);
    QTest::mouseClick(child<QPushButton>(m_login.dialog(), "logInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_login.dialog()->isBusy(), kSlow);
}

void TestLoginOffline::refusedPasswordOffersNoCopy()
{
    logIn(m_login.username(), QStringLiteral("not-the-password"));
    QVERIFY(!m_login.dialog()->errorText().isEmpty());
    QVERIFY(!offlineButton()->isVisible());
    QVERIFY(!m_login.controller().isOffline());
}

void TestLoginOffline::unreachableServerOffersTheCopy()
{
    QVERIFY(m_login.server().server().stop());
    logIn(m_login.username(), kDefaultPassword);
    QVERIFY2(offlineButton()->isVisible(), qPrintable(m_login.dialog()->errorText()));
    QVERIFY2(offlineButton()->text().contains(u"2 workspace"), qPrintable(offlineButton()->text()));
    QVERIFY2(offlineButton()->text().contains(u"2 hour"), qPrintable(offlineButton()->text()));

    QSignalSpy accepted(m_login.dialog(), &QDialog::accepted);
    QTest::mouseClick(offlineButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_login.controller().isOffline());
    const std::unique_ptr<BillingClient> client = m_login.controller().takeClient();
    QVERIFY(client);
    QVERIFY(!client->hasSession());
    QCOMPARE(client->baseUrl(), m_url);
    const auto copy = m_login.controller().takeOfflineCopy();
    QVERIFY(copy);
    QCOMPARE(copy->workspaces.size(), 2);
    QCOMPARE(copy->workspaces.at(1).name, u"账单"_qs);
}

void TestLoginOffline::editingTheUsernameWithdrawsTheOffer()
{
    logIn(m_login.username(), kDefaultPassword); // the server is still stopped
    QVERIFY(offlineButton()->isVisible());
    QTest::keyClick(child<QLineEdit>(m_login.dialog(), "usernameLineEdit"), Qt::Key_Backspace);
    QVERIFY(!offlineButton()->isVisible());
}

void TestLoginOffline::noCopyNoOffer()
{
    logIn(QStringLiteral("somebody-else"), kDefaultPassword);
    QVERIFY(!m_login.dialog()->errorText().isEmpty());
    QVERIFY(!offlineButton()->isVisible());
}

QTEST_MAIN(TestLoginOffline)
#include "tst_login_offline.moc"
