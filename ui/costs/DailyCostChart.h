#pragma once

#include <QChartView>
#include <QDate>

class QCategoryAxis;
class QValueAxis;

namespace billing {

struct MonthStatement;

// The month's cost per day, stacked by item; clicking a day's bar asks for that day's lines.
// Bar heights are display only; every figure shown as text comes from integer cents.
class DailyCostChart : public QChartView
{
    Q_OBJECT

public:
    explicit DailyCostChart(QWidget *parent = nullptr);

    void showStatement(const MonthStatement &statement);
    // The days on the category axis, in order (for tests and the keyboard).
    const QList<QDate> &days() const { return m_days; }

Q_SIGNALS:
    void dayClicked(const QDate &day);

private:
    QCategoryAxis *m_dayAxis;
    QValueAxis *m_amountAxis;
    QList<QDate> m_days;
};

} // namespace billing
