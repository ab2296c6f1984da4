#pragma once

#include "ClientError.h"
#include "Workspace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace billing {

class BillingClient;
class WorkspaceListJob;

// One sync of the account's workspaces with the server, page after page, each page handed
// on as it arrives (the table fills while the rest is on the way):
//  - with a sync token, a delta: only the workspaces changed since (docs/api.md, Delta
//    sync). A token the server can no longer continue from (410 sync_token_expired) turns
//    the sync into a full load by itself;
//  - without one, a full load of every workspace; receivedIds() then tells which
//    workspaces exist.
// On success syncToken() is what the next sync starts from.
class WorkspaceSync : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Full, Delta };

    explicit WorkspaceSync(BillingClient &client, QObject *parent = nullptr);
    ~WorkspaceSync() override;

    void start(const QString &syncToken = {});
    void abort();
    bool isRunning() const;
    Mode mode() const { return m_mode; }
    // The token of the finished sync (empty from a server without delta sync).
    QString syncToken() const { return m_syncToken; }
    // The ids a full load received (every workspace of the account once it succeeded).
    const QSet<QString> &receivedIds() const { return m_receivedIds; }
    int receivedRows() const { return m_receivedRows; }

Q_SIGNALS:
    // A delta's token was refused: the sync goes on as a full load.
    void restartedInFull();
    void pageReceived(const QList<billing::Workspace> &workspaces);
    void progress(int receivedRows);
    void finished(const billing::ClientError &error);

private:
    void startJob(Mode mode, const QString &syncToken);

    BillingClient &m_client;
    QPointer<WorkspaceListJob> m_job;
    Mode m_mode = Mode::Full;
    QString m_syncToken;
    QSet<QString> m_receivedIds;
    int m_receivedRows = 0;
};

} // namespace billing
