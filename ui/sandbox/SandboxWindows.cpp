#include "SandboxWindows.h"

#include "SandboxMailboxWindow.h"
#include "SandboxMarketsWindow.h"

#include <QAction>

namespace billing {
namespace {
void bringUp(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

SandboxWindows::SandboxWindows(BillingClient &client, QWidget *window, QAction *openMarkets,
                               QAction *openMailbox)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{
    connect(openMarkets, &QAction::triggered, this, &SandboxWindows::openMarkets);
    connect(openMailbox, &QAction::triggered, this, &SandboxWindows::openMailbox);
}

SandboxMarketsWindow *SandboxWindows::markets() const
{
    return m_markets;
}

SandboxMailboxWindow *SandboxWindows::mailbox() const
{
    return m_mailbox;
}

void SandboxWindows::openMarkets()
{
    if (!m_markets) {
        m_markets = new SandboxMarketsWindow(m_client, m_window);
        connect(m_markets, &SandboxMarketsWindow::bindRequested, this,
                &SandboxWindows::bindRequested);
    }
    bringUp(m_markets);
}

void SandboxWindows::openMailbox()
{
    if (!m_mailbox)
        m_mailbox = new SandboxMailboxWindow(m_client, m_window);
    bringUp(m_mailbox);
    m_mailbox->refresh();
}

} // namespace billing
