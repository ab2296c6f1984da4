#pragma once

#include <QString>

namespace billing {

// Reverse-DNS id: keychain service name, desktop file and AppStream id.
inline QString applicationId()
{
    return QStringLiteral("org.billingdesk.BillingDesk");
}

// Executable names, as installed side by side in the same bin directory.
inline QString desktopExecutableName()
{
    return QStringLiteral("billing-desk");
}
inline QString serverExecutableName()
{
    return QStringLiteral("billing-center");
}

} // namespace billing
