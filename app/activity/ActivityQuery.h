#pragma once

#include "AuditFilter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace billing {

// What the Activity tab asks of the audit log: a period of whole local days, a workspace
// (its ID, or a part of its name or ID), an actor and an event kind. Turns them into the
// server's AuditFilter, and filters by the part of a name the server cannot.
struct ActivityQuery {
    QDate from; // first day, inclusive
    QDate to;   // last day, inclusive
    QString workspace;
    QString actor; // AuditFilter's wire form: "", "user", "user:NAME", "marketplace:aliyun"…
    std::optional<EventKind> event;

    // One entry of the actor or event choice: the words shown and what it selects.
    struct Choice {
        QString text;
        QString value; // the actor's wire form; for events toWire(EventKind); "" for "all"
        friend bool operator==(const Choice &, const Choice &) = default;
    };

    // The last `days` days up to and including `today`, every workspace, actor and event.
    static ActivityQuery lastDays(int days, const QDate &today);

    // A translated sentence saying why the query cannot be sent; empty when it can.
    QString problem() const;
    // The server's filter: the period from the start of `from` to the start of the day after
    // `to` in `zone`; the workspace only when it is an ID.
    AuditFilter toFilter(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    // The local part of the filter: a workspace text that is not an ID matches a part of the
    // workspace's name or ID, ignoring case.
    bool matches(const SettlementEvent &event) const;
    bool filtersLocally() const;

    // All actors, all users, each of `userNames`, all marketplaces, each marketplace, the
    // system.
    static QList<Choice> actorChoices(const QStringList &userNames);
    // All events, then each kind.
    static QList<Choice> eventChoices();
    // The user names of these events and `signedIn`, each once, sorted.
    static QStringList userNames(const QList<SettlementEvent> &events, const QString &signedIn);

    friend bool operator==(const ActivityQuery &, const ActivityQuery &) = default;
};

} // namespace billing
