#pragma once

#include "ClaimCode.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace billing {

// The link a marketplace landing page offers after a subscription was created:
//   billingdesk://claim?server=<percent-encoded Billing Center base URL>&code=XXXX-XXXX
struct ClaimLink {
    enum class Error {
        None,
        NotALink,      // another scheme, or no URL at all
        UnknownAction, // billingdesk://<something other than claim>
        BadServer,     // server missing, or not an http(s) URL with a host
        BadCode,       // see code.message()
    };

    static constexpr QLatin1StringView kScheme{"billingdesk"};

    QUrl server;    // the Billing Center that issued the code
    ClaimCode code; // parsed; ok() when error is None
    Error error = Error::None;

    bool ok() const { return error == Error::None; }
    QString message() const; // translated; empty when ok()

    static bool looksLikeLink(const QString &text); // starts with "billingdesk:"
    static ClaimLink parse(const QString &text);
    // Whether the link's server is this one: same scheme, host (any case), port (the
    // scheme's default when none) and path (a trailing slash ignored).
    bool isFor(const QUrl &signedInServer) const;
    static bool sameServer(const QUrl &a, const QUrl &b);
};

} // namespace billing
