#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace billing {

class SandboxMarketConsole;

// "Metering": the usage records the sandbox market accepted for the selected subscription,
// as its metering API received them from Billing Center, with Refresh.
class SandboxMeteringPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxMeteringPanel(SandboxMarketConsole &console, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString statusText() const;
    void setSubscription(const QString &subscriptionId);

public Q_SLOTS:
    void refresh();

private:
    void showResult(qint64 total, const QString &error);

    SandboxMarketConsole &m_console;
    QString m_subscriptionId;
    QTableView *m_table;
    QPushButton *m_refresh;
    QLabel *m_status;
};

} // namespace billing
