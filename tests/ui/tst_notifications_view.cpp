// The notifications view against the real sandbox billing-center: a new account binds a
// workspace to a sandbox Alibaba Cloud instance, the instance is released, the workspace goes
// back to Billing Center settlement and the mail saying so appears, newest first, with its
// text. A failed refresh shows the error and keeps what was listed.
#include "MailboxModel.h"
#include "NotificationsView.h"
#include "RegistrationFixture.h"

#include "WorkspaceListJob.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kSlow = 60000; // password hashing on a loaded machine
} // namespace

class TestNotificationsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releasedInstanceMailShows();
    void failedRefreshKeepsTheList();

private:
    bool refreshAndWait(NotificationsView &view);

    RegistrationFixture m_fixture;
    Session m_session;
    std::unique_ptr<BillingClient> m_client;
};

void TestNotificationsView::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
    m_session = registerAccount(m_fixture.http(), uniqueName(QStringLiteral("mails")));
    QVERIFY2(m_session.ok(), qPrintable(m_session.error));
    m_client = m_fixture.newClient();
    m_client->setSession({m_session.token, {}, {}});
}

bool TestNotificationsView::refreshAndWait(NotificationsView &view)
{
    QSignalSpy refreshed(&view, &NotificationsView::refreshed);
    view.refresh();
    if (!view.isLoading())
        return false;
    auto *button = view.findChild<QPushButton *>(QStringLiteral("refreshNotificationsButton"));
    if (!button || button->isEnabled())
        return false; // busy: no second refresh while one runs
    return refreshed.wait(kSlow) && !view.isLoading() && button->isEnabled();
}

void TestNotificationsView::releasedInstanceMailShows()
{
    NotificationsView view(*m_client, true);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy counts(&view, &NotificationsView::countChanged);
    QVERIFY(refreshAndWait(view));
    QCOMPARE(counts.count(), 1);
    const int before = counts.at(0).at(0).toInt();
    QCOMPARE(view.model()->rowCount(), before);

    HttpClient &http = m_fixture.http();
    http.setToken(m_session.token);
    QString error;
    const QString uid = uniqueUid();
    const QString instance =
        createSandboxInstance(http, uid, &error).value(QLatin1String("instanceId")).toString();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject created =
        createWorkspace(http,
                        workspaceBody(QStringLiteral("Checkout tracing"), QStringLiteral("cn1"),
                                      settlementBody(QStringLiteral("aliyun"), uid, instance)),
                        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString workspaceId = created.value(QLatin1String("id")).toString();
    sandboxInstanceAction(http, instance, QStringLiteral("release"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The workspace went back to Billing Center settlement (read through the client's list).
    WorkspaceListJob list(*m_client);
    QList<Workspace> workspaces;
    connect(&list, &WorkspaceListJob::workspacesReceived, this,
            [&workspaces](const QList<Workspace> &page) { workspaces.append(page); });
    QSignalSpy listed(&list, &PagedListJob::finished);
    list.start();
    QVERIFY(listed.wait(kSlow));
    QVERIFY2(list.ok(), qPrintable(list.error().detail));
    QCOMPARE(workspaces.size(), 1);
    QCOMPARE(workspaces.at(0).id, workspaceId);
    QCOMPARE(workspaces.at(0).settlement.method, SettlementMethod::BillingCenter);

    QVERIFY(refreshAndWait(view));
    QCOMPARE(counts.count(), 2);
    QCOMPARE(counts.at(1).at(0).toInt(), before + 1);
    QCOMPARE(view.model()->rowCount(), before + 1);
    const Notification &newest = view.model()->mails().at(0);
    QVERIFY2(newest.subject.contains(QStringLiteral("subscription ended")),
             qPrintable(newest.subject));
    QCOMPARE(newest.to, m_session.email);

    // The newest mail is selected and its text shown.
    auto *table = view.findChild<QTableView *>(QStringLiteral("notificationsTableView"));
    QCOMPARE(table->currentIndex().row(), 0);
    auto *body = view.findChild<QPlainTextEdit *>(QStringLiteral("notificationBodyTextEdit"));
    QVERIFY2(body->toPlainText().contains(workspaceId), qPrintable(body->toPlainText()));
    QVERIFY(body->toPlainText().contains(instance));
    auto *errorLabel = view.findChild<QLabel *>(QStringLiteral("notificationsErrorLabel"));
    QVERIFY(!errorLabel->isVisible());
}

void TestNotificationsView::failedRefreshKeepsTheList()
{
    NotificationsView view(*m_client, false);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(refreshAndWait(view));
    const int listed = view.model()->rowCount();
    QVERIFY(listed > 0);

    QVERIFY2(m_fixture.server().stop(), qPrintable(m_fixture.server().errorString()));
    QSignalSpy counts(&view, &NotificationsView::countChanged);
    QVERIFY(refreshAndWait(view));
    auto *errorLabel = view.findChild<QLabel *>(QStringLiteral("notificationsErrorLabel"));
    QVERIFY(errorLabel->isVisible());
    QVERIFY(!errorLabel->text().isEmpty());
    QCOMPARE(view.model()->rowCount(), listed);
    QCOMPARE(counts.count(), 0);
}

QTEST_MAIN(TestNotificationsView)
#include "tst_notifications_view.moc"
