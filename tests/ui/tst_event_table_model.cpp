// The table of events under QAbstractItemModelTester: one row per event in the order given,
// the six columns in words, the workspace's ID and a multi-line summary as roles.
#include "EventDescriptions.h"
#include "EventFixtures.h"
#include "EventTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using namespace billing::test::events;

class TestEventTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void headers();
    void setEventsIsOneReset();
    void columnsInWords();
    void roles();

private:
    QString cell(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEventTableModel::init()
{
    m_model = std::make_unique<EventTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestEventTableModel::headers()
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("When"), QStringLiteral("Workspace"),
                                   QStringLiteral("Who"), QStringLiteral("Event"),
                                   QStringLiteral("From → To"), QStringLiteral("Reason")}));
}

void TestEventTableModel::setEventsIsOneReset()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QList<SettlementEvent> events;
    for (int i = 0; i < 1000; ++i)
        events.append(userChange(QStringLiteral("demo"), QStringLiteral("evt_%1").arg(i)));
    m_model->setEvents(events);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(m_model->rowCount(), 1000);
    QCOMPARE(m_model->event(999).id, QStringLiteral("evt_999"));
    m_model->clear();
    QCOMPARE(resets.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestEventTableModel::columnsInWords()
{
    SettlementEvent older = userChange(QStringLiteral("li.wei"));
    older.at = kAt.addDays(-1);
    older.workspaceName.clear();
    m_model->setEvents({released(), older});

    QCOMPARE(cell(0, EventTableModel::WhenColumn), EventDescriptions::when(kAt));
    QCOMPARE(cell(0, EventTableModel::WorkspaceColumn), QStringLiteral("Checkout tracing"));
    QCOMPARE(cell(0, EventTableModel::WhoColumn), QStringLiteral("Alibaba Cloud Marketplace"));
    QCOMPARE(cell(0, EventTableModel::EventColumn), QStringLiteral("settlement changed"));
    QCOMPARE(cell(0, EventTableModel::ChangeColumn), EventDescriptions::change(released()));
    QCOMPARE(cell(0, EventTableModel::ReasonColumn), QStringLiteral("subscription released"));

    // Kept in the order given (the server's, newest first); a workspace without a name by ID.
    QCOMPARE(cell(1, EventTableModel::WhenColumn), EventDescriptions::when(kAt.addDays(-1)));
    QCOMPARE(cell(1, EventTableModel::WorkspaceColumn), QStringLiteral("ws_00000000000000a1"));
    QCOMPARE(cell(1, EventTableModel::WhoColumn), QStringLiteral("li.wei"));
    QCOMPARE(cell(1, EventTableModel::ReasonColumn), QStringLiteral("user change"));
}

void TestEventTableModel::roles()
{
    m_model->setEvents({userChange(QStringLiteral("li.wei"))});
    const QModelIndex who = m_model->index(0, EventTableModel::WhoColumn);
    QCOMPARE(who.data(EventTableModel::WorkspaceIdRole).toString(),
             QStringLiteral("ws_00000000000000a1"));
    QCOMPARE(who.data(EventTableModel::EventIdRole).toString(), QStringLiteral("evt_2"));
    QCOMPARE(who.data(EventTableModel::RawRole).toString(), QStringLiteral("user:li.wei"));
    QCOMPARE(
        m_model->index(0, EventTableModel::WhenColumn).data(EventTableModel::RawRole).toDateTime(),
        kAt);
    QCOMPARE(
        m_model->index(0, EventTableModel::ReasonColumn).data(EventTableModel::RawRole).toString(),
        QStringLiteral("user_change"));
    QCOMPARE(who.data(EventTableModel::SummaryRole).toString(),
             EventDescriptions::summary(userChange(QStringLiteral("li.wei"))));
    const QString tip = who.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"li.wei\n"_qs) && tip.contains(QStringLiteral("ws_00000000000000a1"))
                 && tip.contains(u"req_0f3a"),
             qPrintable(tip));
    const QString change =
        m_model->index(0, EventTableModel::ChangeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(change.startsWith(EventDescriptions::change(userChange(QStringLiteral("li.wei")))),
             qPrintable(change));
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_event_table_model.moc"
