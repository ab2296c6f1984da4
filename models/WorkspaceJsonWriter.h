#pragma once

#include "SettlementChange.h"
#include "Workspace.h"

#include <QByteArray>
#include <QList>

namespace billing::WorkspaceJson {

// Contract JSON written straight into a byte array, for the large documents: the server's list
// pages and batch replies, the client's export and cache of 100 000 workspaces. Building them
// as QJsonObjects costs ten times the time and, for a moment, hundreds of megabytes (issue 8).

// The same JSON as billing::toJson(Workspace) + QJsonDocument (keys sorted, compact).
void append(QByteArray &out, const Workspace &workspace);
QByteArray array(const QList<Workspace> &workspaces);

// The members of SettlementChange::toJson(true): one item of a batch request (and of the
// change journal), in a fixed order.
void appendChange(QByteArray &out, const SettlementChange &change);

// `<separator>"key"<colon>"value"` for each binding field the settlement's method has
// (SettlementBinding::fieldsOf), in that order.
void appendBinding(QByteArray &out, const Settlement &settlement, const char *separator = ",",
                   const char *colon = ":");

// A JSON string (RFC 8259 escapes), UTF-8.
void appendString(QByteArray &out, QStringView text);
void appendTime(QByteArray &out, const QDateTime &time); // RFC 3339 string, or null

} // namespace billing::WorkspaceJson
