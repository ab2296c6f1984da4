#include "ClaimLinkInbox.h"

#include "DesktopFlow.h"

namespace billing {

ClaimLinkInbox::ClaimLinkInbox(DesktopFlow &flow, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
{
    connect(&flow, &DesktopFlow::signedIn, this, &ClaimLinkInbox::deliverWaiting);
}

void ClaimLinkInbox::receive(const ClaimLink &link)
{
    m_waiting = link;
    if (m_flow.stage() == DesktopFlow::Stage::SignedIn && m_flow.session())
        deliverWaiting();
}

void ClaimLinkInbox::deliverWaiting()
{
    if (!m_waiting)
        return;
    const ClaimLink link = *m_waiting;
    m_waiting.reset();
    Q_EMIT delivered(link);
}

} // namespace billing
