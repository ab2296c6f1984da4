// A billingdesk://claim link in the running desktop: given before signing in it waits for
// the sign-in and then opens the claim dialog with its code; one from another Billing Center
// asks first; a broken one says why. The real billing-center and the real keychain.
#include "ApiHelpers.h"
#include "ClaimController.h"
#include "ClaimDialog.h"
#include "DesktopApplication.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "RegistrationFixture.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000;

QString claimLink(const QUrl &server, const QString &code)
{
    return u"billingdesk://claim?server="
           + QString::fromLatin1(QUrl::toPercentEncoding(server.toString())) + u"&code=" + code;
}

template <typename T> T *topLevel(const char *name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget);
            found && found->objectName() == QLatin1String(name) && found->isVisible())
            return found;
    }
    return nullptr;
}
} // namespace

class TestClaimLinkFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linkBeforeSignInWaitsForIt();
    void linkFromAnotherServerAsksFirst();
    void brokenLinkSaysWhy();

private:
    // The desktop on the test server, started with `link` and signed in.
    std::unique_ptr<DesktopApplication> signedIn(const QString &link = {});
    ClaimDialog *claimDialog(DesktopApplication &desktop) const;

    RegistrationFixture m_fixture;
    QString m_username;
};

void TestClaimLinkFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("billing-desk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_claim_link_flow"));
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_username = uniqueName(QStringLiteral("linker"));
    const Session session = registerAccount(m_fixture.http(), m_username);
    QVERIFY2(session.ok(), qPrintable(session.error));
}

std::unique_ptr<DesktopApplication> TestClaimLinkFlow::signedIn(const QString &link)
{
    DesktopOptions options;
    options.language = QStringLiteral("en");
    options.server = m_fixture.server().baseUrl();
    options.username = m_username;
    options.link = link;
    auto desktop = std::make_unique<DesktopApplication>(options);
    desktop->start();
    if (!QTest::qWaitFor(
            [&] { return desktop->loginDialog() && desktop->loginDialog()->isVisible(); }, kSlow))
        qWarning("no log-in dialog");
    else {
        auto *password = desktop->loginDialog()->findChild<QLineEdit *>("passwordLineEdit");
        password->setFocus();
        QTest::keyClicks(password, kDefaultPassword);
        QTest::mouseClick(desktop->loginDialog()->findChild<QPushButton *>("logInButton"),
                          Qt::LeftButton);
    }
    if (!QTest::qWaitFor(
            [&] { return desktop->mainWindow() && desktop->mainWindow()->isVisible(); }, kSlow))
        qWarning("no main window");
    return desktop;
}

ClaimDialog *TestClaimLinkFlow::claimDialog(DesktopApplication &desktop) const
{
    if (!desktop.mainWindow())
        return nullptr;
    auto *dialog = desktop.mainWindow()->findChild<ClaimDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestClaimLinkFlow::linkBeforeSignInWaitsForIt()
{
    const auto started =
        signedIn(claimLink(m_fixture.server().baseUrl(), QStringLiteral("k7m9wxyz")));
    DesktopApplication &desktop = *started;
    QVERIFY(desktop.mainWindow());

    QTRY_VERIFY_WITH_TIMEOUT(claimDialog(desktop), kSlow);
    ClaimDialog *dialog = claimDialog(desktop);
    QCOMPARE(dialog->findChild<QLineEdit *>("claimCodeLineEdit")->text(),
             QStringLiteral("K7M9-WXYZ"));
    // Looked up at once with the signed-in account: no such code on this server.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->controller().isBusy(), kSlow);
    QVERIFY(!dialog->controller().codeError().isEmpty());

    // Opened again while the dialog is open: the same dialog takes the new code.
    desktop.receiveCommandLine(
        {QStringLiteral("billing-desk"),
         claimLink(m_fixture.server().baseUrl(), QStringLiteral("ABCD-EFGH"))});
    QCOMPARE(desktop.mainWindow()->findChildren<ClaimDialog *>().size(), 1);
    QCOMPARE(dialog->findChild<QLineEdit *>("claimCodeLineEdit")->text(),
             QStringLiteral("ABCD-EFGH"));
}

void TestClaimLinkFlow::linkFromAnotherServerAsksFirst()
{
    const auto started = signedIn();
    DesktopApplication &desktop = *started;
    QVERIFY(desktop.mainWindow());

    const QUrl other(QStringLiteral("https://billing.elsewhere.example"));
    const QStringList arguments{QStringLiteral("billing-desk"),
                                claimLink(other, QStringLiteral("K7M9-WXYZ"))};
    desktop.receiveCommandLine(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>("claimServerMismatchBox"), kSlow);
    auto *box = topLevel<QMessageBox>("claimServerMismatchBox");
    QVERIFY2(box->text().contains(u"billing.elsewhere.example"), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(!claimDialog(desktop)); // nothing sent yet
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!topLevel<QMessageBox>("claimServerMismatchBox"));
    QTest::qWait(100);
    QVERIFY(!claimDialog(desktop));

    // Asked again, the user chooses to send the code to the signed-in server.
    desktop.receiveCommandLine(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>("claimServerMismatchBox"), kSlow);
    box = topLevel<QMessageBox>("claimServerMismatchBox");
    box->findChild<QPushButton *>("sendAnywayButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(claimDialog(desktop), kSlow);
    QCOMPARE(claimDialog(desktop)->findChild<QLineEdit *>("claimCodeLineEdit")->text(),
             QStringLiteral("K7M9-WXYZ"));
}

void TestClaimLinkFlow::brokenLinkSaysWhy()
{
    const auto started = signedIn();
    DesktopApplication &desktop = *started;
    QVERIFY(desktop.mainWindow());

    desktop.receiveCommandLine(
        {QStringLiteral("billing-desk"),
         claimLink(m_fixture.server().baseUrl(), QStringLiteral("ABCD-EFG0"))});
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>("invalidClaimLinkBox"), kSlow);
    auto *box = topLevel<QMessageBox>("invalidClaimLinkBox");
    QVERIFY2(box->text().contains(u'0'), qPrintable(box->text()));
    QVERIFY(!claimDialog(desktop));
    box->close();
}

QTEST_MAIN(TestClaimLinkFlow)
#include "tst_claim_link_flow.moc"
