#pragma once

#include "StagedChanges.h"

#include <QUndoCommand>

namespace billing {

// Replaces the staged entries of some workspaces; undo puts back exactly what was there
// before (entries, states and rejection reasons), redo exactly what the command set.
class StagingCommand : public QUndoCommand
{
public:
    StagingCommand(StagedChanges &staged, const QList<StagedChange> &put, const QStringList &remove,
                   const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    // How many workspaces the command stages or unstages (0: pushing it changes nothing).
    qsizetype size() const { return m_put.size() + m_remove.size(); }

private:
    StagedChanges &m_staged;
    QList<StagedChange> m_put;
    QStringList m_remove;
    QList<StagedChange> m_before; // entries of the touched ids before the command
    QStringList m_absentBefore;   // touched ids that had no entry
};

// Stages `target` for every workspace of a selection (any sites). Workspaces already bound
// to the target and not staged, and rows whose change is being applied, are left out.
class StageChangesCommand : public StagingCommand
{
public:
    StageChangesCommand(StagedChanges &staged, const QList<Workspace> &selection,
                        const SettlementChange &target, QUndoCommand *parent = nullptr);

private:
    struct Split {
        QList<StagedChange> put;
        QStringList remove;
    };
    static Split split(const StagedChanges &staged, const QList<Workspace> &selection,
                       const SettlementChange &target);
    StageChangesCommand(StagedChanges &staged, const Split &split, QUndoCommand *parent);
};

// Removes the staged changes of some workspaces (not those being applied).
class UnstageChangesCommand : public StagingCommand
{
public:
    UnstageChangesCommand(StagedChanges &staged, const QStringList &workspaceIds,
                          QUndoCommand *parent = nullptr);

private:
    static QStringList removable(const StagedChanges &staged, const QStringList &ids);
};

// Stages rejected rows again. A version_conflict row is re-based on the server's current
// workspace (its settlement and version, from the rejection); others keep their target.
// Rows whose re-based change would be a no-op are unstaged.
class RestageCommand : public StagingCommand
{
public:
    RestageCommand(StagedChanges &staged, const QStringList &workspaceIds,
                   QUndoCommand *parent = nullptr);

private:
    struct Split {
        QList<StagedChange> put;
        QStringList remove;
    };
    static Split split(const StagedChanges &staged, const QStringList &ids);
    RestageCommand(StagedChanges &staged, const Split &split, QUndoCommand *parent);
};

} // namespace billing
