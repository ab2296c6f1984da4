#pragma once

#include <Workspace.h>

#include <QByteArray>
#include <QList>

namespace billing::server::WorkspaceJson {

// The same JSON as billing::toJson(Workspace) + QJsonDocument (keys sorted, compact), written
// straight into a byte array: pages of 5000 workspaces are otherwise dominated by QJsonObject
// allocations.
void append(QByteArray &out, const Workspace &workspace);
QByteArray array(const QList<Workspace> &workspaces);

void appendString(QByteArray &out, QStringView text);
void appendTime(QByteArray &out, const QDateTime &time); // RFC 3339 string, or null

} // namespace billing::server::WorkspaceJson
