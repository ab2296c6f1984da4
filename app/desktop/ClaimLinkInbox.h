#pragma once

#include "ClaimLink.h"

#include <QObject>

#include <optional>

namespace billing {

class DesktopFlow;

// Claim links wait here until someone is signed in: a link opened before signing in (or
// while logged out) is delivered right after the sign-in; one opened while signed in is
// delivered at once. Only the last link waits. Create it after the window that shows the
// main window connected to DesktopFlow::signedIn, so that the window exists on delivery.
class ClaimLinkInbox : public QObject
{
    Q_OBJECT

public:
    explicit ClaimLinkInbox(DesktopFlow &flow, QObject *parent = nullptr);

    void receive(const ClaimLink &link);
    bool hasWaiting() const { return m_waiting.has_value(); }

Q_SIGNALS:
    void delivered(const billing::ClaimLink &link);

private:
    void deliverWaiting();

    DesktopFlow &m_flow;
    std::optional<ClaimLink> m_waiting;
};

} // namespace billing
