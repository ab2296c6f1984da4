#pragma once

#include "ApiError.h"
#include "SettlementChange.h"
#include "Workspace.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

namespace billing {

// Where a staged settlement change stands. Rejected rows stay staged until re-staged,
// retried or unstaged; applied rows are kept only to show the last result.
enum class StagedState { Staged, Applying, Applied, Rejected };

QString toWire(StagedState state);
std::optional<StagedState> stagedStateFromWire(const QString &wire);

// One workspace's pending change: what it was when staged and what it should become.
struct StagedChange {
    SettlementChange target; // workspaceId, binding and expectedVersion (= originalVersion)
    QString workspaceName;
    QString site;
    Settlement original;
    qint64 originalVersion = 0;
    StagedState state = StagedState::Staged;
    ApiError error; // for Rejected: the server's answer (current workspace on version_conflict)
    QString reason; // for Rejected: translated sentence shown to the user

    QString workspaceId() const { return target.workspaceId; }
    // Sending it would change nothing: the target is the binding the workspace already has.
    bool isNoOp() const;
    Settlement targetSettlement() const;
    bool operator==(const StagedChange &other) const;
};

// A change from `workspace`'s current settlement to `target` (method, ids; workspaceId and
// expectedVersion are taken from the workspace).
StagedChange stagedChangeFor(const Workspace &workspace, const SettlementChange &target);

// The set of staged changes by workspace id, in id order. Emits what changed so that the
// table, the journal and the engine can follow without polling.
class StagedChanges : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    bool contains(const QString &workspaceId) const { return m_entries.contains(workspaceId); }
    const StagedChange *find(const QString &workspaceId) const;
    std::optional<StagedChange> value(const QString &workspaceId) const;
    QList<StagedChange> all() const { return m_entries.values(); }
    QList<StagedChange> inState(StagedState state) const;
    qsizetype count(StagedState state) const;

    // Each replaces or removes entries and emits changed() once with the ids touched.
    void put(const QList<StagedChange> &entries);
    void remove(const QStringList &workspaceIds);
    void setAll(const QList<StagedChange> &entries); // replaces everything; emits reset()
    void clear() { setAll({}); }
    void removeApplied();

Q_SIGNALS:
    void changed(const QStringList &workspaceIds);
    void reset();

private:
    QMap<QString, StagedChange> m_entries;
};

} // namespace billing
