#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace billing {

class DayLines;

// The bill lines of the day clicked in the chart: workspace, item, quantity, amount, payer
// and status (with the marketplace's refusal as tooltip), and their sum.
class DayLinesView : public QWidget
{
    Q_OBJECT

public:
    DayLinesView(DayLines &lines, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *titleLabel() const { return m_title; }

private:
    void showLines();

    DayLines &m_lines;
    QLabel *m_title;
    QTreeWidget *m_tree;
};

} // namespace billing
