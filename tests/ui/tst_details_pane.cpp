// The details pane: every field of a workspace, selectable; a staged change as old → new with
// its state; a rejection with the server's reason; a version conflict with the server's
// current value; the summary of a multiple selection.
#include "StagedChanges.h"
#include "WorkspaceDetailsPane.h"

#include <QGroupBox>
#include <QLabel>
#include <QTest>

using namespace billing;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);

Workspace aliyunWorkspace()
{
    Workspace ws;
    ws.id = QStringLiteral("ws_0123456789");
    ws.name = QStringLiteral("Checkout tracing");
    ws.site = QStringLiteral("cn1");
    ws.language = QStringLiteral("zh");
    ws.settlement = Settlement();
    ws.settlement.method = SettlementMethod::Aliyun;
    ws.settlement.aliyunAccountId = QStringLiteral("1234567890123456");
    ws.settlement.instanceId = QStringLiteral("6227091");
    ws.settlement.since = kNow.addDays(-20);
    ws.status = WorkspaceStatus::LockPending;
    ws.lockAt = kNow.addDays(3);
    ws.nextChangeAllowedAt = kNow.addDays(5);
    ws.version = 7;
    return ws;
}

StagedChange stagedToBillingCenter(const Workspace &ws)
{
    SettlementChange target;
    target.method = SettlementMethod::BillingCenter;
    return stagedChangeFor(ws, target);
}
} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryField();
    void showsStagedChange();
    void showsRejectionReason();
    void showsServerValueOnConflict();
    void summarisesSelection();

private:
    QString text(const char *objectName) const;
    bool shown(const char *objectName) const;

    std::unique_ptr<WorkspaceDetailsPane> m_pane;
};

void TestDetailsPane::init()
{
    m_pane = std::make_unique<WorkspaceDetailsPane>();
    m_pane->resize(420, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestDetailsPane::cleanup()
{
    m_pane.reset();
}

QString TestDetailsPane::text(const char *objectName) const
{
    auto *label = m_pane->findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

bool TestDetailsPane::shown(const char *objectName) const
{
    auto *widget = m_pane->findChild<QWidget *>(QLatin1String(objectName));
    return widget && widget->isVisible();
}

void TestDetailsPane::showsEveryField()
{
    const Workspace ws = aliyunWorkspace();
    m_pane->showWorkspace(ws, nullptr, kNow);
    QCOMPARE(text("nameValueLabel"), ws.name);
    QCOMPARE(text("idValueLabel"), ws.id);
    QVERIFY2(text("siteValueLabel").startsWith(QStringLiteral("cn1 · ")),
             qPrintable(text("siteValueLabel")));
    QCOMPARE(text("languageValueLabel"), QStringLiteral("Chinese"));
    QCOMPARE(text("methodValueLabel"), displayName(SettlementMethod::Aliyun));
    QCOMPARE(text("accountIdValueLabel"), QStringLiteral("1234567890123456"));
    QCOMPARE(text("instanceIdValueLabel"), QStringLiteral("6227091"));
    QVERIFY2(text("statusValueLabel").contains(QStringLiteral("3 day(s) left")),
             qPrintable(text("statusValueLabel")));
    QVERIFY(!text("sinceValueLabel").isEmpty());
    QVERIFY(text("nextChangeValueLabel") != QStringLiteral("now"));
    QCOMPARE(text("versionValueLabel"), QStringLiteral("7"));
    QVERIFY(!shown("stagedGroupBox"));
    auto *id = m_pane->findChild<QLabel *>(QStringLiteral("idValueLabel"));
    QVERIFY(id->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    Workspace plain = ws;
    plain.settlement = Settlement();
    plain.settlement.method = SettlementMethod::BillingCenter;
    plain.settlement.since = kNow;
    plain.status = WorkspaceStatus::Active;
    plain.nextChangeAllowedAt = {};
    m_pane->showWorkspace(plain, nullptr, kNow);
    QCOMPARE(text("statusValueLabel"), QStringLiteral("active"));
    QCOMPARE(text("nextChangeValueLabel"), QStringLiteral("now"));
    QCOMPARE(text("accountIdValueLabel"), QStringLiteral("(none)"));
}

void TestDetailsPane::showsStagedChange()
{
    const Workspace ws = aliyunWorkspace();
    const StagedChange change = stagedToBillingCenter(ws);
    m_pane->showWorkspace(ws, &change, kNow);
    QVERIFY(shown("stagedGroupBox"));
    const QString transition = text("stagedChangeValueLabel");
    QVERIFY2(transition.contains(QStringLiteral("6227091")) && transition.contains(u'→')
                 && transition.endsWith(displayName(SettlementMethod::BillingCenter)),
             qPrintable(transition));
    QCOMPARE(text("stagedStateValueLabel"), QStringLiteral("Staged, not sent yet"));
    QVERIFY(!shown("stagedReasonValueLabel"));
    QVERIFY(!shown("serverValueValueLabel"));
}

void TestDetailsPane::showsRejectionReason()
{
    const Workspace ws = aliyunWorkspace();
    StagedChange change = stagedToBillingCenter(ws);
    change.state = StagedState::Rejected;
    change.error = ApiError::make(ErrorCode::ChangeTooSoon,
                                  QStringLiteral("Settlement was already changed this month."));
    change.error.nextChangeAllowedAt = kNow.addDays(5);
    change.reason = QStringLiteral("The settlement method can change once a month.");
    m_pane->showWorkspace(ws, &change, kNow);
    QCOMPARE(text("stagedStateValueLabel"), QStringLiteral("Rejected by the server"));
    QVERIFY(shown("stagedReasonValueLabel"));
    const QString reason = text("stagedReasonValueLabel");
    QVERIFY2(reason.contains(change.reason), qPrintable(reason));
    QVERIFY2(reason.contains(change.error.message), qPrintable(reason));
    QVERIFY(!shown("serverValueValueLabel"));

    // Back to a staged row: the reason goes away.
    const StagedChange staged = stagedToBillingCenter(ws);
    m_pane->showWorkspace(ws, &staged, kNow);
    QVERIFY(!shown("stagedReasonValueLabel"));
}

void TestDetailsPane::showsServerValueOnConflict()
{
    const Workspace ws = aliyunWorkspace();
    StagedChange change = stagedToBillingCenter(ws);
    change.state = StagedState::Rejected;
    change.error = ApiError::make(ErrorCode::VersionConflict,
                                  QStringLiteral("The workspace changed since version 7."));
    Workspace current = ws;
    current.settlement = Settlement();
    current.settlement.method = SettlementMethod::Aws;
    current.settlement.subscriptionId = QStringLiteral("aws-0123456789abcdef0123");
    current.settlement.since = kNow;
    current.version = 9;
    change.error.current = current;
    m_pane->showWorkspace(ws, &change, kNow);
    QVERIFY(shown("serverValueValueLabel"));
    const QString value = text("serverValueValueLabel");
    QVERIFY2(value.contains(displayName(SettlementMethod::Aws)) && value.contains(u'9'),
             qPrintable(value));
    QVERIFY2(text("stagedReasonValueLabel").contains(change.error.message),
             qPrintable(text("stagedReasonValueLabel")));
}

void TestDetailsPane::summarisesSelection()
{
    m_pane->showSelectionSummary(12, 3);
    QVERIFY(shown("detailsMessageLabel"));
    QVERIFY(!shown("nameValueLabel"));
    const QString summary = text("detailsMessageLabel");
    QVERIFY2(summary.contains(QStringLiteral("12")) && summary.contains(QStringLiteral("3")),
             qPrintable(summary));
    m_pane->clear();
    QVERIFY(text("detailsMessageLabel") != summary);
    QVERIFY(shown("detailsMessageLabel"));
}

QTEST_MAIN(TestDetailsPane)
#include "tst_details_pane.moc"
