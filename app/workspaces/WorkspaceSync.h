#pragma once

#include "ClientError.h"
#include "Workspace.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace billing {

class BillingClient;
class WorkspaceListJob;

// One download of every workspace of the account, page after page. The pages are collected
// and handed over together, so that the table is replaced once and never shows half a list.
class WorkspaceSync : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSync(BillingClient &client, QObject *parent = nullptr);
    ~WorkspaceSync() override;

    void start();
    void abort();
    bool isRunning() const;

Q_SIGNALS:
    void progress(int receivedRows);
    // `workspaces` is complete only when `error` is not an error.
    void finished(const QList<billing::Workspace> &workspaces, const billing::ClientError &error);

private:
    BillingClient &m_client;
    QPointer<WorkspaceListJob> m_job;
    QList<Workspace> m_received;
};

} // namespace billing
