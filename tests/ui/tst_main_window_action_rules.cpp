// Which workspace commands the main window enables, without the window: rows of selection,
// staged rows, apply, sync; and the state read from real staged changes and a bulk engine.
#include "BillingClient.h"
#include "BulkApplyEngine.h"
#include "ChangeJournal.h"
#include "MainWindowActionRules.h"
#include "StagedChanges.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace billing;
using State = MainWindowActionRules::State;

namespace {
// The names of the enabled commands, in a fixed order (readable when a row fails).
QStringList enabledNames(const MainWindowActionRules::Enabled &enabled)
{
    QStringList names;
    const std::pair<bool, const char *> all[] = {
        {enabled.changeSettlement, "changeSettlement"},
        {enabled.unstage, "unstage"},
        {enabled.apply, "apply"},
        {enabled.cancelApply, "cancelApply"},
        {enabled.retryFailed, "retryFailed"},
        {enabled.restageConflicts, "restageConflicts"},
        {enabled.importPlan, "importPlan"},
        {enabled.refresh, "refresh"},
    };
    for (const auto &[on, name] : all) {
        if (on)
            names << QString::fromLatin1(name);
    }
    return names;
}

StagedChange change(const QString &id, StagedState state, ErrorCode code = ErrorCode::Internal)
{
    StagedChange entry;
    entry.target.workspaceId = id;
    entry.target.method = SettlementMethod::BillingCenter;
    entry.workspaceName = id;
    entry.state = state;
    if (state == StagedState::Rejected)
        entry.error.code = code;
    return entry;
}
} // namespace

class TestMainWindowActionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enabled_data();
    void enabled();
    void stateOfStagedChangesAndEngine();
};

void TestMainWindowActionRules::enabled_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing selected or staged") << State{} << QStringList{"importPlan", "refresh"};
    QTest::newRow("rows selected")
        << State{.hasSelection = true} << QStringList{"changeSettlement", "importPlan", "refresh"};
    QTest::newRow("a staged row selected")
        << State{.hasSelection = true, .selectionStaged = true, .waiting = 1}
        << QStringList{"changeSettlement", "unstage", "apply", "importPlan", "refresh"};
    QTest::newRow("staged rows, none selected")
        << State{.waiting = 3} << QStringList{"apply", "importPlan", "refresh"};
    QTest::newRow("only chunks whose answer is unknown")
        << State{.unconfirmedChunks = true} << QStringList{"apply", "importPlan", "refresh"};
    QTest::newRow("rejected rows")
        << State{.retryable = 2} << QStringList{"retryFailed", "importPlan", "refresh"};
    QTest::newRow("version conflicts")
        << State{.conflicts = 1} << QStringList{"restageConflicts", "importPlan", "refresh"};
    QTest::newRow("applying") << State{.hasSelection = true,
                                       .selectionStaged = true,
                                       .applying = true,
                                       .waiting = 4,
                                       .unconfirmedChunks = true,
                                       .retryable = 1,
                                       .conflicts = 1}
                              << QStringList{"cancelApply", "refresh"};
    QTest::newRow("syncing") << State{.hasSelection = true, .syncing = true, .waiting = 1}
                             << QStringList{"changeSettlement", "apply", "importPlan"};
    QTest::newRow("applying while syncing")
        << State{.applying = true, .syncing = true} << QStringList{"cancelApply"};
}

void TestMainWindowActionRules::enabled()
{
    QFETCH(State, state);
    QFETCH(QStringList, expected);
    QCOMPARE(enabledNames(MainWindowActionRules::enabled(state)), expected);
}

void TestMainWindowActionRules::stateOfStagedChangesAndEngine()
{
    QNetworkAccessManager network;
    // Nothing is sent: the engine is only asked what it holds.
    BillingClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:1")));
    StagedChanges staged;
    BulkApplyEngine engine(client, staged);
    const QList<StagedChange> entries{
        change(QStringLiteral("ws_1"), StagedState::Staged),
        change(QStringLiteral("ws_2"), StagedState::Staged),
        change(QStringLiteral("ws_3"), StagedState::Applied),
        change(QStringLiteral("ws_4"), StagedState::Rejected, ErrorCode::VersionConflict),
        change(QStringLiteral("ws_5"), StagedState::Rejected, ErrorCode::ChangeTooSoon),
        change(QStringLiteral("ws_6"), StagedState::Rejected, ErrorCode::InstanceNotActive),
    };
    staged.put(entries);

    State state = MainWindowActionRules::stateOf(staged, engine);
    QCOMPARE(state.waiting, 2);
    QCOMPARE(state.conflicts, 1);
    QCOMPARE(state.retryable, 2);
    QVERIFY(!state.applying);
    QVERIFY(!state.unconfirmedChunks);
    QVERIFY(!state.hasSelection && !state.selectionStaged && !state.syncing);

    JournalContents journal;
    journal.entries = entries;
    journal.unconfirmed.append(JournalChunk{"key-1", {entries.first().target}, {}});
    engine.restore(journal);
    state = MainWindowActionRules::stateOf(staged, engine);
    QVERIFY(state.unconfirmedChunks);
    QCOMPARE(state.waiting, 2);
}

QTEST_GUILESS_MAIN(TestMainWindowActionRules)
#include "tst_main_window_action_rules.moc"
