#include "StagingCommands.h"

#include <QCoreApplication>

namespace billing {
namespace {
// The context lupdate files these messages under, whatever function they are in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::StagingCommands)
};
} // namespace

StagingCommand::StagingCommand(StagedChanges &staged, const QList<StagedChange> &put,
                               const QStringList &remove, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_staged(staged)
    , m_put(put)
    , m_remove(remove)
{
    QStringList touched = remove;
    for (const StagedChange &entry : put)
        touched.append(entry.workspaceId());
    for (const QString &id : std::as_const(touched)) {
        if (const StagedChange *entry = staged.find(id))
            m_before.append(*entry);
        else
            m_absentBefore.append(id);
    }
    if (size() == 0)
        setObsolete(true);
}

void StagingCommand::redo()
{
    m_staged.remove(m_remove);
    m_staged.put(m_put);
}

void StagingCommand::undo()
{
    m_staged.remove(m_absentBefore);
    m_staged.put(m_before);
}

StageChangesCommand::Split StageChangesCommand::split(const StagedChanges &staged,
                                                      const QList<Workspace> &selection,
                                                      const SettlementChange &target)
{
    Split result;
    for (const Workspace &workspace : selection) {
        const StagedChange *existing = staged.find(workspace.id);
        if (existing && existing->state == StagedState::Applying)
            continue;
        StagedChange change = stagedChangeFor(workspace, target);
        if (change.isNoOp()) {
            if (existing)
                result.remove.append(workspace.id); // staging back to the current binding
            continue;
        }
        if (existing && *existing == change)
            continue;
        result.put.append(change);
    }
    return result;
}

StageChangesCommand::StageChangesCommand(StagedChanges &staged, const Split &split,
                                         QUndoCommand *parent)
    : StagingCommand(
        staged, split.put, split.remove,
        Text::tr("Stage %n change(s)", nullptr, int(split.put.size() + split.remove.size())),
        parent)
{}

StageChangesCommand::StageChangesCommand(StagedChanges &staged, const QList<Workspace> &selection,
                                         const SettlementChange &target, QUndoCommand *parent)
    : StageChangesCommand(staged, split(staged, selection, target), parent)
{}

QStringList UnstageChangesCommand::removable(const StagedChanges &staged, const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids) {
        const StagedChange *entry = staged.find(id);
        if (entry && entry->state != StagedState::Applying)
            result.append(id);
    }
    return result;
}

UnstageChangesCommand::UnstageChangesCommand(StagedChanges &staged, const QStringList &workspaceIds,
                                             QUndoCommand *parent)
    : StagingCommand(
        staged, {}, removable(staged, workspaceIds),
        Text::tr("Unstage %n change(s)", nullptr, int(removable(staged, workspaceIds).size())),
        parent)
{}

RestageCommand::Split RestageCommand::split(const StagedChanges &staged, const QStringList &ids)
{
    Split result;
    for (const QString &id : ids) {
        const StagedChange *entry = staged.find(id);
        if (!entry || entry->state != StagedState::Rejected)
            continue;
        StagedChange change = *entry;
        if (entry->error.code == ErrorCode::VersionConflict && entry->error.current)
            change = stagedChangeFor(*entry->error.current, entry->target);
        change.state = StagedState::Staged;
        change.error = {};
        change.reason.clear();
        if (change.isNoOp())
            result.remove.append(id);
        else
            result.put.append(change);
    }
    return result;
}

RestageCommand::RestageCommand(StagedChanges &staged, const Split &split, QUndoCommand *parent)
    : StagingCommand(
        staged, split.put, split.remove,
        Text::tr("Re-stage %n change(s)", nullptr, int(split.put.size() + split.remove.size())),
        parent)
{}

RestageCommand::RestageCommand(StagedChanges &staged, const QStringList &workspaceIds,
                               QUndoCommand *parent)
    : RestageCommand(staged, split(staged, workspaceIds), parent)
{}

} // namespace billing
