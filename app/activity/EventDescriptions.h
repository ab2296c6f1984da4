#pragma once

#include "SettlementEvent.h"

#include <QCoreApplication>
#include <QString>

namespace billing {

// The translated words for one event of the settlement history: who did it, what happened,
// why, and the settlement or status before and after. Shared by the details pane's history,
// the Activity tab and anything else that shows an event to a person.
class EventDescriptions
{
    Q_DECLARE_TR_FUNCTIONS(billing::EventDescriptions)

public:
    // Local time, to the second: events of one bulk apply share a minute.
    static QString when(const QDateTime &at);
    // The user's name, the marketplace's name ("Alibaba Cloud Marketplace") or "system".
    static QString actor(const EventActor &actor);
    // A marketplace by its settlement method's wire name ("aliyun"); unknown codes as given.
    static QString marketplace(const QString &code);
    static QString kind(EventKind kind);
    static QString reason(EventReason reason);
    // The method's name, or the marketplace binding when there is one ("AWS subscription
    // aws-…", "Huawei Cloud account …, instance …").
    static QString settlement(const Settlement &settlement);
    static QString status(WorkspaceStatus status);
    // "from → to": settlements for a settlement change, statuses for a lock or unlock (with
    // the lock date of a pending lock); the first settlement of a `created` event.
    static QString change(const SettlementEvent &event);
    // Every part on its own line: when and who, what changed, why.
    static QString summary(const SettlementEvent &event);

private:
    static QString statusChange(const SettlementEvent &event);
};

} // namespace billing
