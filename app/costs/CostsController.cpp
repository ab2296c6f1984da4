#include "CostsController.h"

#include "CostMonths.h"
#include "MonthStatementJob.h"
#include "WorkspaceCostListJob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCosts, "billing.costs")

namespace billing {

CostsController::CostsController(BillingClient &client, const BillingCatalogue &catalogue,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_catalogue(catalogue)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(catalogue)
    , m_proxy(m_model)
{}

CostsController::~CostsController() = default;

QStringList CostsController::months() const
{
    QStringList months = CostMonths::through(CostMonths::monthOf(m_clock()));
    // A month shown that is no longer offered (the clock moved) stays choosable.
    if (!m_month.isEmpty() && !months.contains(m_month))
        months.prepend(m_month);
    return months;
}

QString CostsController::month() const
{
    return m_month.isEmpty() ? CostMonths::monthOf(m_clock()) : m_month;
}

void CostsController::setMonth(const QString &month)
{
    if (!CostMonths::firstDay(month).isValid())
        return;
    m_month = month;
    reload();
}

void CostsController::ensureLoaded()
{
    if (m_state == State::Idle)
        reload();
}

void CostsController::reload()
{
    dropJobs();
    const QString shown = month();
    m_month = shown;
    m_state = State::Loading;
    m_error = {};
    m_pending = 2;
    auto *statementJob = new MonthStatementJob(m_client, shown, this);
    m_statementJob = statementJob;
    connect(statementJob, &ApiJob::finished, this, &CostsController::finishIfDone);
    auto *costsJob = new WorkspaceCostListJob(m_client, m_catalogue, shown,
                                              WorkspaceCostListJob::kPageSize, this);
    m_costsJob = costsJob;
    connect(costsJob, &PagedListJob::finished, this, &CostsController::finishIfDone);
    statementJob->start();
    costsJob->start();
    Q_EMIT stateChanged();
}

void CostsController::finishIfDone()
{
    if (--m_pending > 0)
        return;
    const ClientError &failure =
        m_statementJob->ok() ? m_costsJob->error() : m_statementJob->error();
    if (failure.isError()) {
        qCWarning(lcCosts) << "costs of" << m_month << "not loaded:" << failure.httpStatus
                           << failure.detail;
        m_error = failure;
        m_state = State::Failed;
    } else {
        m_statement = m_statementJob->statement();
        m_hasStatement = true;
        m_model.setCosts(m_costsJob->takeCosts(), m_statement.currency);
        m_state = State::Loaded;
    }
    dropJobs();
    Q_EMIT stateChanged();
    if (m_state == State::Loaded)
        Q_EMIT loaded();
}

void CostsController::dropJobs()
{
    if (m_statementJob) {
        m_statementJob->disconnect(this);
        m_statementJob->abort();
        m_statementJob->deleteLater();
    }
    if (m_costsJob) {
        m_costsJob->disconnect(this);
        m_costsJob->abort();
        m_costsJob->deleteLater();
    }
    m_pending = 0;
}

std::optional<WorkspaceMonthCost> CostsController::workspaceMonth(const QString &workspaceId) const
{
    if (!m_hasStatement)
        return std::nullopt;
    const WorkspaceCosts &costs = m_model.costs();
    const qsizetype row = costs.rowOf(workspaceId);
    if (row < 0)
        return std::nullopt;
    WorkspaceMonthCost month{m_statement.month, m_statement.currency, costs.totalCents(row), {}};
    for (int slot = 0; slot < costs.itemCount(); ++slot) {
        if (const qint64 cents = costs.itemCents(row, slot))
            month.byItem.append({costs.itemCodes().at(slot), cents});
    }
    return month;
}

} // namespace billing
