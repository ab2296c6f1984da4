#include "WorkspaceService.h"

#include "AccountStore.h"
#include "ChangeLookups.h"
#include "Clock.h"
#include "InstanceStore.h"
#include "Logging.h"
#include "SecureRandom.h"
#include "SyncToken.h"
#include "Transactional.h"

#include <SiteTable.h>

#include <QHash>

namespace billing::server {

WorkspaceService::WorkspaceService(WorkspaceStore &workspaces, InstanceStore &instances,
                                   AccountStore &accounts, EventRecorder &events,
                                   Transactional &transactions, const Clock &clock,
                                   const SiteTable &sites)
    : m_workspaces(workspaces)
    , m_instances(instances)
    , m_accounts(accounts)
    , m_events(events)
    , m_transactions(transactions)
    , m_clock(clock)
    , m_sites(sites)
{}

ApiError WorkspaceService::notFound()
{
    return ApiError::make(ErrorCode::NotFound, QStringLiteral("No such workspace."));
}

void WorkspaceService::sweepLocks()
{
    // Read first: the common case (nothing due) takes no write lock. Then again in this
    // writer's turn: another process may have changed those workspaces meanwhile.
    if (m_workspaces.dueLocks(m_clock.now()).isEmpty())
        return;
    TransactionGuard transaction(m_transactions);
    const QList<StoredWorkspace> due = m_workspaces.dueLocks(m_clock.now());
    for (const StoredWorkspace &before : due) {
        StoredWorkspace after = before;
        after.workspace.status = WorkspaceStatus::Locked;
        after.workspace.version += 1;
        after.workspace.updatedAt = before.workspace.lockAt;
        m_events.changed(before, after, EventOrigin::ofSystem(), EventReason::LockDue);
        m_workspaces.update(after, before);
    }
    transaction.commit();
    qCInfo(lcMarketplace) << due.size() << "workspaces reached the end of their lock countdown";
}

Workspace WorkspaceService::present(const StoredWorkspace &stored) const
{
    Workspace workspace = stored.workspace;
    workspace.nextChangeAllowedAt =
        SettlementRules::nextChangeAllowedAt(stored.lastUserChangeAt, m_clock.now());
    return workspace;
}

Outcome<Workspace> WorkspaceService::create(const Account &account, const NewWorkspace &request,
                                            const EventOrigin &origin)
{
    const auto site = m_sites.find(request.site);
    if (!site) {
        return ApiError::make(ErrorCode::ValidationFailed, QStringLiteral("Unknown site."),
                              {{QStringLiteral("site"), QStringLiteral("Unknown site.")}});
    }
    const SettlementChange &settlement = request.settlement;
    ChangeLookups lookups(m_instances, m_accounts);
    const auto requested = lookups.instance(settlement.settlement().subscription());
    const Verdict verdict =
        m_rules.decideCreation(site->methods, account.grantedMethods, settlement,
                               requested ? std::optional(requested->instance) : std::nullopt,
                               requested && requested->ownerAccountId == account.id);
    if (verdict.kind == Verdict::Kind::Reject)
        return verdict.error;

    const QDateTime now = m_clock.now();
    StoredWorkspace stored;
    stored.accountId = account.id;
    Workspace &ws = stored.workspace;
    ws.id = SecureRandom::prefixedId(QStringLiteral("ws_"));
    ws.name = request.name;
    ws.site = request.site;
    ws.language = request.language;
    ws.settlement = settlement.settlement(now);
    ws.status = WorkspaceStatus::Active;
    ws.version = 1;
    ws.createdAt = now;
    ws.updatedAt = now;

    TransactionGuard transaction(m_transactions);
    m_events.created(stored, origin);
    m_workspaces.insert(stored);
    if (request.createBillingCenterAccount && !account.hasBillingCenterAccount)
        m_accounts.setHasBillingCenterAccount(account.id);
    if (settlement.method == SettlementMethod::Aliyun)
        lookups.rememberAliUid(account.id, settlement.aliyunAccountId);
    transaction.commit();
    qCInfo(lcServer) << "workspace" << ws.id << "created for account" << account.id;
    return present(stored);
}

Outcome<Workspace> WorkspaceService::get(const Account &account, const QString &id)
{
    const auto stored = m_workspaces.findById(id);
    if (!stored || stored->accountId != account.id)
        return notFound();
    return present(*stored);
}

WorkspacePage WorkspaceService::list(const Account &account, const WorkspaceFilter &filter,
                                     qint64 afterSeq, int limit)
{
    WorkspacePage page;
    page.syncToken = syncToken();
    page.total = m_workspaces.count(account.id, filter);
    QList<StoredWorkspace> rows = m_workspaces.list(account.id, filter, afterSeq, limit + 1);
    if (rows.size() > limit) {
        rows.resize(limit);
        page.nextSeq = rows.constLast().seq;
    }
    present(std::move(rows), &page);
    return page;
}

Outcome<WorkspacePage> WorkspaceService::changedSince(const Account &account, const QString &token,
                                                      qint64 afterChangeSeq, int limit)
{
    const auto given = SyncToken::decode(token);
    if (!given) {
        return ApiError::make(ErrorCode::ValidationFailed, QStringLiteral("Invalid sync token."),
                              {{QStringLiteral("changedSince"),
                                QStringLiteral("Use the syncToken of a list reply.")}});
    }
    const auto [epoch, value] = m_workspaces.syncClock();
    const QString problem = SyncToken::problem(*given, SyncToken{epoch, value, m_clock.now()});
    if (!problem.isEmpty())
        return ApiError::make(ErrorCode::SyncTokenExpired, problem);
    const qint64 after = qMax(afterChangeSeq, given->value);
    WorkspacePage page;
    page.syncToken = syncToken();
    page.total = m_workspaces.countChangedSince(account.id, given->value);
    QList<StoredWorkspace> rows = m_workspaces.changedSince(account.id, after, limit + 1);
    if (rows.size() > limit) {
        rows.resize(limit);
        page.nextSeq = rows.constLast().changeSeq;
    }
    present(std::move(rows), &page);
    return page;
}

// The sync clock as a token, read before the rows: a change made meanwhile is after it.
QString WorkspaceService::syncToken()
{
    const auto [epoch, value] = m_workspaces.syncClock();
    return SyncToken{epoch, value, m_clock.now()}.encode();
}

// The rows as the contract shows them.
void WorkspaceService::present(QList<StoredWorkspace> rows, WorkspacePage *page)
{
    const QDateTime now = m_clock.now();
    page->items.reserve(rows.size());
    for (StoredWorkspace &row : rows) {
        page->items.append(std::move(row.workspace));
        page->items.last().nextChangeAllowedAt =
            SettlementRules::nextChangeAllowedAt(row.lastUserChangeAt, now);
    }
}

Outcome<Workspace> WorkspaceService::applyChange(const Account &account,
                                                 std::optional<StoredWorkspace> &stored,
                                                 const SettlementChange &request,
                                                 const EventOrigin &origin, ChangeLookups &lookups)
{
    if (!stored || stored->accountId != account.id)
        return notFound();
    const auto site = m_sites.find(stored->workspace.site);

    ChangeContext context;
    context.current = present(*stored);
    context.lastUserChangeAt = stored->lastUserChangeAt;
    context.siteMethods = site ? site->methods : QList<SettlementMethod>{};
    context.grantedMethods = account.grantedMethods;
    if (const auto current = lookups.instance(stored->workspace.settlement.subscription()))
        context.currentInstance = current->instance;
    const auto requested = lookups.instance(request.settlement().subscription());
    if (requested) {
        context.requestedInstance = requested->instance;
        context.requestedClaimedByRequester = requested->ownerAccountId == account.id;
    }
    context.now = m_clock.now();

    const Verdict verdict = m_rules.decideChange(context, request);
    if (verdict.kind == Verdict::Kind::Reject)
        return verdict.error;
    if (verdict.kind == Verdict::Kind::NoOp)
        return context.current;

    const StoredWorkspace before = *stored;
    Workspace &ws = stored->workspace;
    ws.settlement = request.settlement(context.now);
    // Any applied change ends a countdown: a live marketplace instance now pays (which also ends
    // an arrears countdown), or the workspace left the subscription that expired.
    ws.status = WorkspaceStatus::Active;
    ws.lockAt = {};
    ws.lockReason = LockReason::None;
    ws.version += 1;
    ws.updatedAt = context.now;
    stored->lastUserChangeAt = context.now;
    m_events.changed(before, *stored, origin, EventReason::UserChange);
    m_workspaces.update(*stored, before);
    if (request.method == SettlementMethod::Aliyun)
        lookups.rememberAliUid(account.id, request.aliyunAccountId);
    return present(*stored);
}

Outcome<Workspace> WorkspaceService::change(const Account &account, const QString &id,
                                            const SettlementChange &request,
                                            const EventOrigin &origin)
{
    sweepLocks();
    TransactionGuard transaction(m_transactions);
    std::optional<StoredWorkspace> stored = m_workspaces.findById(id);
    ChangeLookups lookups(m_instances, m_accounts);
    Outcome<Workspace> outcome = applyChange(account, stored, request, origin, lookups);
    transaction.commit();
    if (outcome.ok())
        qCInfo(lcServer) << "workspace" << id << "settlement now"
                         << billing::toWire(outcome.value().settlement.method);
    return outcome;
}

QList<Outcome<Workspace>> WorkspaceService::applyBatch(const Account &account,
                                                       const QList<BatchItem> &items,
                                                       const EventOrigin &origin)
{
    sweepLocks();
    QList<Outcome<Workspace>> results;
    results.reserve(items.size());
    TransactionGuard transaction(m_transactions);
    // Every row of the batch in one query; a workspace named twice sees its first change.
    QStringList ids;
    for (const BatchItem &item : items) {
        if (item.request)
            ids.append(item.workspaceId);
    }
    QHash<QString, StoredWorkspace> rows;
    for (StoredWorkspace &row : m_workspaces.findByIds(ids))
        rows.insert(row.workspace.id, std::move(row));
    ChangeLookups lookups(m_instances, m_accounts);
    for (const BatchItem &item : items) {
        if (!item.request) {
            results.append(item.invalid);
            continue;
        }
        const auto row = rows.find(item.workspaceId);
        std::optional<StoredWorkspace> stored;
        if (row != rows.end())
            stored = *row;
        results.append(applyChange(account, stored, *item.request, origin, lookups));
        if (stored && row != rows.end())
            *row = *stored;
    }
    transaction.commit();
    qCInfo(lcServer) << "batch of" << items.size() << "settlement changes for account"
                     << account.id;
    return results;
}

} // namespace billing::server
