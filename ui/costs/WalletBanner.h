#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace billing {

class WalletMonitor;

// The main window's banner while the wallet needs attention: the arrears lock countdown
// with its lock date, arrears, or a low balance (WalletAlert decides). Hidden otherwise.
class WalletBanner : public QFrame
{
    Q_OBJECT

public:
    explicit WalletBanner(WalletMonitor &monitor, QWidget *parent = nullptr);

    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    void showCostsRequested();

private:
    void showAlert();

    WalletMonitor &m_monitor;
    QLabel *m_text;
    QPushButton *m_showCosts;
};

} // namespace billing
