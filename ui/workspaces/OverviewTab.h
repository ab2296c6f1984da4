#pragma once

#include "SettlementMethod.h"
#include "WorkspaceOverview.h"

#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace billing {

class WorkspaceTableModel;
class OverviewChart;

// The "Overview" tab: a stacked bar chart of workspaces per site and settlement method
// (clicking a segment asks the table to filter to it) and the coming lock dates.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    OverviewTab(const WorkspaceTableModel &model, QWidget *parent = nullptr);
    ~OverviewTab() override;

    const WorkspaceOverview &overview() const { return m_overview; }
    // Recomputes now instead of waiting for the coalescing timer (tests, screenshots).
    void refreshNow();

Q_SIGNALS:
    void filterRequested(const QString &siteCode, billing::SettlementMethod method);
    // A coming lock was double-clicked: the main window may select that workspace.
    void workspaceActivated(const QString &workspaceId);
    // The chart and the lock list show the model as it is now.
    void refreshed();

public Q_SLOTS:
    // What a click on a bar does: `siteIndex` indexes overview().sites.
    void requestFilter(int siteIndex, billing::SettlementMethod method);

protected:
    // Days left change with time, not only with the model.
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void showComingLocks(qint64 nowMs);

    const WorkspaceTableModel &m_model;
    WorkspaceOverview m_overview;
    QTimer m_refreshTimer;
    QStackedWidget *m_chartStack;
    OverviewChart *m_chart;
    QLabel *m_emptyLabel;
    QLabel *m_summaryLabel;
    QLabel *m_locksLabel;
    QTreeWidget *m_locks;
};

} // namespace billing
