#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace billing {

class BillingClient;
class SandboxMailboxWindow;
class SandboxMarketsWindow;

// The main window's sandbox tools (Sandbox → Sandbox markets…, Sandbox mailbox…): each
// window is created on first use and raised after. Only made for a sandbox server.
class SandboxWindows : public QObject
{
    Q_OBJECT

public:
    // The actions open the windows.
    SandboxWindows(BillingClient &client, QWidget *window, QAction *openMarkets,
                   QAction *openMailbox);

    SandboxMarketsWindow *markets() const; // nullptr until first opened
    SandboxMailboxWindow *mailbox() const;

public Q_SLOTS:
    void openMarkets();
    void openMailbox();

Q_SIGNALS:
    // "Bind in Billing Desk…" in the markets window.
    void bindRequested(const QString &claimCode);

private:
    BillingClient &m_client;
    QWidget *m_window;
    QPointer<SandboxMarketsWindow> m_markets;
    QPointer<SandboxMailboxWindow> m_mailbox;
};

} // namespace billing
