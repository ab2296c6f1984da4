#pragma once

#include "ClientError.h"
#include "MonthStatement.h"
#include "WorkspaceCostFilterProxy.h"
#include "WorkspaceCostTableModel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace billing {

class BillingCatalogue;
class BillingClient;
class MonthStatementJob;
class WorkspaceCostListJob;

// One workspace's month, for the details pane.
struct WorkspaceMonthCost {
    QString month;
    QString currency;
    qint64 totalCents = 0;
    QList<ItemCents> byItem; // items with a cost, in catalogue order
};

// What the Costs tab shows: the offered months, the chosen one (remembered across reloads),
// its statement and its cost per workspace, loaded together. What was shown stays while a
// reload runs and when it fails; a month changed mid-load drops the older answers.
class CostsController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Loaded, Failed };
    using Clock = std::function<QDateTime()>;

    CostsController(BillingClient &client, const BillingCatalogue &catalogue,
                    QObject *parent = nullptr);
    ~CostsController() override;

    // "Now", for the current month; the system clock by default.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The months offered, newest (the current one) first.
    QStringList months() const;
    QString month() const;

    // Shows `month` ("YYYY-MM"), loading it.
    void setMonth(const QString &month);
    // Loads the shown month again.
    void reload();
    // Loads the shown month unless it is loaded or loading.
    void ensureLoaded();

    State state() const { return m_state; }
    const ClientError &error() const { return m_error; }
    bool hasStatement() const { return m_hasStatement; }
    const MonthStatement &statement() const { return m_statement; }
    WorkspaceCostTableModel &model() { return m_model; }
    WorkspaceCostFilterProxy &proxy() { return m_proxy; }
    const BillingCatalogue &catalogue() const { return m_catalogue; }
    BillingClient &client() const { return m_client; }
    // The shown month of one workspace; nullopt before a load or when it has no costs.
    std::optional<WorkspaceMonthCost> workspaceMonth(const QString &workspaceId) const;

Q_SIGNALS:
    void stateChanged();
    // A new statement and table are shown.
    void loaded();

private:
    void finishIfDone();
    void dropJobs();

    BillingClient &m_client;
    const BillingCatalogue &m_catalogue;
    Clock m_clock;
    QString m_month;
    State m_state = State::Idle;
    ClientError m_error;
    MonthStatement m_statement;
    bool m_hasStatement = false;
    WorkspaceCostTableModel m_model;
    WorkspaceCostFilterProxy m_proxy;
    QPointer<MonthStatementJob> m_statementJob;
    QPointer<WorkspaceCostListJob> m_costsJob;
    int m_pending = 0;
};

} // namespace billing
