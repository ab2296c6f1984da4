#pragma once

#include "EventLoader.h"

#include <QObject>
#include <QString>

namespace billing {

class BillingClient;

// The settlement history the details pane shows: that of the one selected workspace,
// loaded when the selection settles on it, and loaded again (keeping what is shown until
// the answer) when something may have added events to it.
class WorkspaceHistory : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceHistory(BillingClient &client, QObject *parent = nullptr);

    // The selection is this one workspace: its history replaces the one shown, unless it is
    // already the one shown.
    void select(const QString &workspaceId);
    // No single workspace is selected.
    void clear();
    // Loads the shown workspace's history again, at once; nothing when none is shown.
    void refresh();

    QString workspaceId() const { return m_workspaceId; }
    EventLoader &loader() { return m_loader; }
    const EventLoader &loader() const { return m_loader; }

private:
    EventLoader m_loader;
    QString m_workspaceId;
};

} // namespace billing
