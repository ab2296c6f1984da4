#pragma once

#include <QUrl>

#include <functional>

class QWidget;

namespace billing {

struct ClaimLink;

// The questions a billingdesk://claim link may raise before the claim dialog opens. Both
// open window-modal over `parent` and return at once.
namespace ClaimLinkPrompts {
// Why the link cannot be used (ClaimLink::message()), with the way around it.
void showInvalid(QWidget *parent, const ClaimLink &link);
// The link names another Billing Center than the one signed in to: the code is sent only
// when the user says so (`proceed` is then called); Cancel is the default.
void confirmOtherServer(QWidget *parent, const ClaimLink &link, const QUrl &signedInServer,
                        std::function<void()> proceed);
} // namespace ClaimLinkPrompts

} // namespace billing
