#pragma once

#include <QWidget>

class QLabel;

namespace billing {

class CostsController;

// The details pane's "this month" of the selected workspace: its cost in the Costs tab's
// month, in all and per item. Loads the month the first time a workspace is shown.
class WorkspaceCostView : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceCostView(CostsController &costs, QWidget *parent = nullptr);

    void select(const QString &workspaceId);
    QLabel *textLabel() const { return m_text; }

private:
    void showCost();

    CostsController &m_costs;
    QString m_workspaceId;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace billing
