// Staging on a QUndoStack: stage a selection across sites, unstage, re-stage after a
// version conflict; undo and redo restore the staged set exactly.
#include "StagingCommands.h"
#include "WorkspaceFixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace billing;
using namespace billing::test;

namespace {
SettlementChange toMethod(SettlementMethod method, const QString &uid = {},
                          const QString &instance = {})
{
    SettlementChange change;
    change.method = method;
    change.aliyunAccountId = uid;
    change.instanceId = instance;
    return change;
}

QList<Workspace> selectionAcrossSites()
{
    QList<Workspace> selection;
    const QStringList sites{u"cn1"_qs, u"us1"_qs, u"cn4"_qs, u"id1"_qs, u"cn6"_qs};
    for (int i = 0; i < 10; ++i)
        selection << makeWorkspace(i, u"ws %1"_qs.arg(i), sites.at(i % sites.size()));
    return selection;
}
} // namespace

class TestStaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageSelectionAcrossSites();
    void undoRedoRestoreExactly();
    void noOpsAreLeftOut();
    void unstage();
    void restageVersionConflict();
    void rowsBeingAppliedAreNotTouched();
};

void TestStaging::stageSelectionAcrossSites()
{
    StagedChanges staged;
    QUndoStack stack;
    QSignalSpy changed(&staged, &StagedChanges::changed);
    const QList<Workspace> selection = selectionAcrossSites();
    stack.push(new StageChangesCommand(
        staged, selection,
        toMethod(SettlementMethod::Aliyun, u"1234567890123456"_qs, u"6227091"_qs)));
    QCOMPARE(staged.size(), selection.size());
    QCOMPARE(changed.size(), 1);
    for (const Workspace &ws : selection) {
        const StagedChange *entry = staged.find(ws.id);
        QVERIFY(entry);
        QCOMPARE(entry->state, StagedState::Staged);
        QCOMPARE(entry->site, ws.site);
        QCOMPARE(entry->original.method, SettlementMethod::BillingCenter);
        QCOMPARE(entry->target.method, SettlementMethod::Aliyun);
        QCOMPARE(entry->target.instanceId, u"6227091"_qs);
        QCOMPARE(entry->target.expectedVersion, std::optional<qint64>(ws.version));
    }
    QCOMPARE(stack.undoText(), u"Stage 10 change(s)"_qs);
}

void TestStaging::undoRedoRestoreExactly()
{
    StagedChanges staged;
    QUndoStack stack;
    const QList<Workspace> selection = selectionAcrossSites();
    stack.push(
        new StageChangesCommand(staged, selection.mid(0, 6), toMethod(SettlementMethod::Azure)));
    // A rejected row, as an apply would leave it.
    StagedChange rejected = *staged.find(selection.at(2).id);
    rejected.state = StagedState::Rejected;
    rejected.error = ApiError::make(ErrorCode::MethodNotAllowedForSite, u"no"_qs);
    rejected.reason = u"not on this site"_qs;
    staged.put({rejected});
    const QList<StagedChange> afterFirst = staged.all();

    stack.push(
        new StageChangesCommand(staged, selection.mid(2, 8), toMethod(SettlementMethod::Aws)));
    const QList<StagedChange> afterSecond = staged.all();
    QCOMPARE(staged.size(), 10);
    QCOMPARE(staged.find(selection.at(2).id)->target.method, SettlementMethod::Aws);
    QCOMPARE(staged.find(selection.at(2).id)->state, StagedState::Staged);

    stack.push(new UnstageChangesCommand(staged, {selection.at(0).id, selection.at(9).id}));
    const QList<StagedChange> afterThird = staged.all();
    QCOMPARE(staged.size(), 8);

    stack.undo();
    QCOMPARE(staged.all(), afterSecond);
    stack.undo();
    QCOMPARE(staged.all(), afterFirst); // the rejection and its reason are back
    QCOMPARE(staged.find(selection.at(2).id)->reason, u"not on this site"_qs);
    stack.undo();
    QVERIFY(staged.isEmpty());
    stack.redo();
    stack.redo();
    QCOMPARE(staged.all(), afterSecond);
    stack.redo();
    QCOMPARE(staged.all(), afterThird);
    QVERIFY(!stack.canRedo());
}

void TestStaging::noOpsAreLeftOut()
{
    StagedChanges staged;
    QUndoStack stack;
    QList<Workspace> selection = selectionAcrossSites();
    selection[1].settlement.method = SettlementMethod::Azure;
    stack.push(new StageChangesCommand(staged, selection, toMethod(SettlementMethod::Azure)));
    QCOMPARE(staged.size(), selection.size() - 1);
    QVERIFY(!staged.contains(selection.at(1).id));
    // Staging the same thing twice adds no command.
    stack.push(new StageChangesCommand(staged, selection, toMethod(SettlementMethod::Azure)));
    QCOMPARE(stack.count(), 1);
    // Staging the current binding again unstages the row.
    stack.push(new StageChangesCommand(staged, selection.mid(0, 1),
                                       toMethod(SettlementMethod::BillingCenter)));
    QVERIFY(!staged.contains(selection.at(0).id));
    stack.undo();
    QVERIFY(staged.contains(selection.at(0).id));
}

void TestStaging::unstage()
{
    StagedChanges staged;
    QUndoStack stack;
    const QList<Workspace> selection = selectionAcrossSites();
    stack.push(new StageChangesCommand(staged, selection, toMethod(SettlementMethod::Azure)));
    stack.push(new UnstageChangesCommand(staged, {selection.at(3).id, u"ws_unknown"_qs}));
    QCOMPARE(staged.size(), 9);
    QCOMPARE(stack.undoText(), u"Unstage 1 change(s)"_qs);
    stack.undo();
    QCOMPARE(staged.size(), 10);
}

void TestStaging::restageVersionConflict()
{
    StagedChanges staged;
    QUndoStack stack;
    const QList<Workspace> selection = selectionAcrossSites();
    stack.push(
        new StageChangesCommand(staged, selection.mid(0, 3), toMethod(SettlementMethod::Azure)));
    Workspace current = selection.at(0);
    current.version += 5;
    current.settlement.method = SettlementMethod::Huawei;
    StagedChange conflict = *staged.find(current.id);
    conflict.state = StagedState::Rejected;
    conflict.error = ApiError::make(ErrorCode::VersionConflict, u"changed"_qs);
    conflict.error.current = current;
    StagedChange alreadyThere = *staged.find(selection.at(1).id);
    alreadyThere.state = StagedState::Rejected;
    alreadyThere.error = ApiError::make(ErrorCode::VersionConflict, u"changed"_qs);
    Workspace same = selection.at(1);
    same.settlement.method = SettlementMethod::Azure; // someone else did it already
    same.version += 1;
    alreadyThere.error.current = same;
    staged.put({conflict, alreadyThere});
    const QList<StagedChange> before = staged.all();

    stack.push(new RestageCommand(staged, {current.id, same.id, selection.at(2).id}));
    const StagedChange *restaged = staged.find(current.id);
    QCOMPARE(restaged->state, StagedState::Staged);
    QCOMPARE(restaged->original.method, SettlementMethod::Huawei);
    QCOMPARE(restaged->originalVersion, current.version);
    QCOMPARE(restaged->target.expectedVersion, std::optional<qint64>(current.version));
    QCOMPARE(restaged->target.method, SettlementMethod::Azure);
    QVERIFY(!staged.contains(same.id));                                    // now a no-op
    QCOMPARE(staged.find(selection.at(2).id)->state, StagedState::Staged); // untouched
    stack.undo();
    QCOMPARE(staged.all(), before);
}

void TestStaging::rowsBeingAppliedAreNotTouched()
{
    StagedChanges staged;
    QUndoStack stack;
    const QList<Workspace> selection = selectionAcrossSites();
    stack.push(new StageChangesCommand(staged, selection, toMethod(SettlementMethod::Azure)));
    StagedChange applying = *staged.find(selection.at(4).id);
    applying.state = StagedState::Applying;
    staged.put({applying});
    stack.push(new StageChangesCommand(staged, selection, toMethod(SettlementMethod::Aws)));
    QCOMPARE(staged.find(applying.workspaceId())->target.method, SettlementMethod::Azure);
    stack.push(new UnstageChangesCommand(staged, {applying.workspaceId()}));
    QVERIFY(staged.contains(applying.workspaceId()));
}

QTEST_GUILESS_MAIN(TestStaging)
#include "tst_staging.moc"
