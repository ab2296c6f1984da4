#include "ActivityQuery.h"

#include "ActivityPeriod.h"

#include "EventDescriptions.h"
#include "PlanValidator.h"

#include <QCoreApplication>

namespace billing {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ActivityQuery)
};

const QList<EventKind> kEventKinds = {EventKind::Created, EventKind::SettlementChanged,
                                      EventKind::LockPending, EventKind::Locked,
                                      EventKind::Unlocked};
} // namespace

ActivityQuery ActivityQuery::lastDays(int days, const QDate &today)
{
    ActivityQuery query;
    query.from = today.addDays(1 - std::max(days, 1)); // `today` is one of the days
    query.to = today;
    return query;
}

QString ActivityQuery::problem() const
{
    if (const QString days = activityDaysProblem(from, to); !days.isEmpty())
        return days;
    AuditFilter filter;
    if (!actor.isEmpty() && !filter.setActorFromWire(actor))
        return Text::tr("Choose who made the changes from the list.");
    return {};
}

AuditFilter ActivityQuery::toFilter(const QTimeZone &zone) const
{
    AuditFilter filter = activityDays(from, to, zone);
    const QString trimmed = workspace.trimmed();
    if (PlanValidator::isWorkspaceId(trimmed))
        filter.workspaceId = trimmed;
    if (!actor.isEmpty())
        filter.setActorFromWire(actor);
    filter.event = event;
    return filter;
}

bool ActivityQuery::filtersLocally() const
{
    const QString trimmed = workspace.trimmed();
    return !trimmed.isEmpty() && !PlanValidator::isWorkspaceId(trimmed);
}

bool ActivityQuery::matches(const SettlementEvent &event) const
{
    if (!filtersLocally())
        return true;
    const QString trimmed = workspace.trimmed();
    return event.workspaceName.contains(trimmed, Qt::CaseInsensitive)
           || event.workspaceId.contains(trimmed, Qt::CaseInsensitive);
}

QList<ActivityQuery::Choice> ActivityQuery::actorChoices(const QStringList &userNames)
{
    QList<Choice> choices{{Text::tr("Everyone"), {}},
                          {Text::tr("Any user"), toWire(ActorKind::User)}};
    for (const QString &name : userNames)
        choices.append({name, toWire(ActorKind::User) + u':' + name});
    const QString marketplace = toWire(ActorKind::Marketplace);
    choices.append({Text::tr("Any marketplace"), marketplace});
    for (SettlementMethod method : allSettlementMethods()) {
        if (!isCloudMethod(method))
            continue;
        const QString code = toWire(method);
        choices.append({EventDescriptions::marketplace(code), marketplace + u':' + code});
    }
    choices.append({EventDescriptions::actor(EventActor::system()), toWire(ActorKind::System)});
    return choices;
}

QList<ActivityQuery::Choice> ActivityQuery::eventChoices()
{
    QList<Choice> choices{{Text::tr("Every event"), {}}};
    for (EventKind kind : kEventKinds)
        choices.append({EventDescriptions::kind(kind), toWire(kind)});
    return choices;
}

QStringList ActivityQuery::userNames(const QList<SettlementEvent> &events, const QString &signedIn)
{
    QStringList names;
    if (!signedIn.isEmpty())
        names.append(signedIn);
    for (const SettlementEvent &event : events) {
        if (event.actor.kind == ActorKind::User && !event.actor.username.isEmpty())
            names.append(event.actor.username);
    }
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

} // namespace billing
