#pragma once

#include "StagedChanges.h"
#include "Workspace.h"
#include "WorkspaceRowIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace billing {

// Every workspace of the account, one row each. Rows are kept in arrival order; sorting
// and filtering happen in WorkspaceFilterProxy, which reads the precomputed columnar keys
// (rowIndex()) instead of asking data() for QVariants.
class WorkspaceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SiteColumn,
        LanguageColumn,
        MethodColumn,
        MarketplaceAccountColumn,
        SubscriptionColumn,
        StatusColumn,
        SettledSinceColumn,
        NextChangeColumn,
        StagedColumn, // "old → new" while staged, then the last apply result
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // the key the proxy sorts by (qint64 or, for names, text)
        RawRole,                     // the wire value: codes, QDateTime, version…
        WorkspaceIdRole,
        StagedStateRole,   // int(StagedState), or -1 when the row is not staged
        StagedTargetRole,  // the staged method's wire name
        ApplyErrorCodeRole // the contract code of the last rejection
    };

    using Clock = std::function<QDateTime()>;

    explicit WorkspaceTableModel(QObject *parent = nullptr);

    // "Now" for lock countdowns and the effective status; the system clock by default.
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }
    // The staged changes shown in StagedColumn (not owned; may be null).
    void setStagedChanges(const StagedChanges *staged);
    const StagedChanges *stagedChanges() const { return m_staged; }

    // Replaces every row with one model reset.
    void setWorkspaces(QList<Workspace> workspaces);
    // Adds rows at the end (a streamed page); ids already present are updated instead (one
    // dataChanged for them all).
    void appendWorkspaces(QList<Workspace> workspaces);
    // Replaces a known workspace (matched by id); false when the id is unknown.
    bool updateWorkspace(const Workspace &workspace);
    int updateWorkspaces(const QList<Workspace> &workspaces);
    void clear() { setWorkspaces({}); }

    const QList<Workspace> &workspaces() const { return m_workspaces; }
    const Workspace &workspace(int row) const { return m_workspaces.at(row); }
    int rowOf(const QString &workspaceId) const { return m_rowById.value(workspaceId, -1); }
    const WorkspaceRowIndex &rowIndex() const { return m_index; }
    // int(StagedState) of a row, or -1.
    int stagedState(int row) const { return m_stagedState[size_t(row)]; }

    // The integer sort key of a cell (NameColumn: 0, names compare via rowIndex()).
    qint64 columnKey(int row, int column, qint64 nowMs) const;
    // The header and texts as wide as the column's usual values: a view sizes the column to
    // the widest of them instead of measuring every row.
    static QStringList widthSamples(int column);

    // Texts shared with the proxy and the details pane.
    static QString statusText(WorkspaceStatus status, const QDateTime &lockAt,
                              const QDateTime &now);
    QString stagedText(const StagedChange &change) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant sortKey(int row, int column) const;
    void onStagedChanged(const QStringList &ids);
    void refreshStagedStates();
    void emitRowsChanged(int first, int last);

    QList<Workspace> m_workspaces;
    WorkspaceRowIndex m_index;
    QHash<QString, int> m_rowById;
    std::vector<qint8> m_stagedState;
    const StagedChanges *m_staged = nullptr;
    QMetaObject::Connection m_stagedChanged, m_stagedReset;
    Clock m_clock;
};

} // namespace billing
