#pragma once

#include "Notification.h"
#include "PageJob.h"
#include "SiteTable.h"
#include "Workspace.h"

#include <memory>

namespace billing {

class WorkspaceJsonReader;

// Filters of GET /api/v1/workspaces; empty members are not sent.
struct WorkspaceListQuery {
    QString site;
    QString method;
    QString status;
    QString nameContains;
    QUrlQuery toQuery() const;
};

// Every workspace of the account, page by page (GET /api/v1/workspaces). Pages are read
// with WorkspaceJsonReader (simdjson) rather than QJsonDocument: 100 000 rows load several
// times faster.
class WorkspaceListJob : public PagedListJob
{
    Q_OBJECT
public:
    static constexpr int kDefaultPageSize = 5000;
    WorkspaceListJob(BillingClient &client, const WorkspaceListQuery &filter = {},
                     int pageSize = kDefaultPageSize, QObject *parent = nullptr);
    ~WorkspaceListJob() override;
    // Items that did not parse (a newer server); counted, not fatal.
    int skippedItems() const { return m_skipped; }

Q_SIGNALS:
    void workspacesReceived(const QList<billing::Workspace> &workspaces);

private:
    std::unique_ptr<WorkspaceJsonReader> m_reader;
    QList<Workspace> m_page; // read by the page job, handed out on pageReceived()
    int m_skipped = 0;
};

// Every mail sent to the account (GET /api/v1/notifications), or, in the sandbox, every
// mail the server sent (GET /api/v1/sandbox/mailbox?to=).
class NotificationListJob : public PagedListJob
{
    Q_OBJECT
public:
    enum class Source { Account, SandboxMailbox };
    NotificationListJob(BillingClient &client, Source source, const QString &to = {},
                        QObject *parent = nullptr);
    const QList<Notification> &notifications() const { return m_notifications; }

private:
    QList<Notification> m_notifications;
};

// GET /api/v1/sites
class SitesJob : public ApiJob
{
    Q_OBJECT
public:
    explicit SitesJob(BillingClient &client, QObject *parent = nullptr);
    const QList<Site> &sites() const { return m_sites; }

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;

private:
    QList<Site> m_sites;
};

// GET /healthz
class HealthJob : public ApiJob
{
    Q_OBJECT
public:
    explicit HealthJob(BillingClient &client, QObject *parent = nullptr);

protected:
    bool parseSuccess(int status, const QJsonDocument &body) override;
};

} // namespace billing
