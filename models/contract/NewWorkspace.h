#pragma once

#include "SettlementChange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace billing {

// The body of POST /api/v1/workspaces: what registration step 3 submits.
struct NewWorkspace {
    QString name;
    QString site;
    QString language;
    SettlementChange settlement; // workspaceId and expectedVersion unused
    bool createBillingCenterAccount = false;

    static QList<const char *> jsonKeys();
    static QList<const char *> settlementKeys(); // of the "settlement" object
    QJsonObject toJson() const;
    // Nullopt when a field is missing, null or of another JSON type, or the settlement does
    // not read (SettlementChange::fromJson); createBillingCenterAccount may be left out
    // (false). The name comes back trimmed, as the server keeps it.
    static std::optional<NewWorkspace> fromJson(const QJsonObject &object);

    friend bool operator==(const NewWorkspace &, const NewWorkspace &) = default;
};

} // namespace billing
