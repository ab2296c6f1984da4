#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace billing {

class CostsController;
class DailyCostChart;
class DayLines;
class DayLinesView;
class PushReasons;
class StatementSummaryView;
class WalletMonitor;
class WalletPanel;

// The "Costs" tab: a month's bill (month picker, total, totals by payer, item and site), its
// cost per day stacked by item (click a day for its lines), the wallet, and the month's cost
// per workspace in a sortable, filterable table. Loads the month the first time it is shown.
class CostsTab : public QWidget
{
    Q_OBJECT

public:
    CostsTab(CostsController &costs, DayLines &dayLines, WalletMonitor &wallet,
             QWidget *parent = nullptr);

    QComboBox *monthComboBox() const { return m_month; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterLineEdit() const { return m_filter; }
    StatementSummaryView *summaryView() const { return m_summary; }
    DailyCostChart *chart() const { return m_chart; }
    DayLinesView *dayLinesView() const { return m_dayLinesView; }
    WalletPanel *walletPanel() const { return m_walletPanel; }

public Q_SLOTS:
    // Loads the month shown and the wallet again.
    void refresh();

Q_SIGNALS:
    void workspaceActivated(const QString &workspaceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createTable();
    void fillMonths();
    void showState();
    void showLoaded();
    void sizeColumns();

    CostsController &m_costs;
    DayLines &m_dayLines;
    WalletMonitor &m_wallet;
    PushReasons *m_pushReasons;
    QComboBox *m_month;
    QPushButton *m_reload;
    QLabel *m_status;
    StatementSummaryView *m_summary;
    WalletPanel *m_walletPanel;
    DailyCostChart *m_chart;
    DayLinesView *m_dayLinesView;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace billing
