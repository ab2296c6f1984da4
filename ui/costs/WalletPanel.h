#pragma once

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace billing {

class WalletMonitor;

// The Billing Center wallet: cash, arrears, vouchers with what is left and their expiry,
// the average daily charge and the days the balance covers.
class WalletPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit WalletPanel(WalletMonitor &monitor, QWidget *parent = nullptr);

    QLabel *cashLabel() const { return m_cash; }
    QLabel *arrearsLabel() const { return m_arrears; }
    QLabel *vouchersLabel() const { return m_vouchers; }
    QLabel *daysCoveredLabel() const { return m_days; }

private:
    void showWallet();
    QLabel *addRow(QFormLayout *form, const QString &objectName, const QString &caption);

    WalletMonitor &m_monitor;
    QLabel *m_cash, *m_arrears, *m_vouchers, *m_average, *m_days, *m_note;
};

} // namespace billing
