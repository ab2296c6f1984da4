#pragma once

#include "ApiError.h"

#include <QString>
#include <QStringList>

namespace billing {

// Why a request to the Billing Center did not give a result: the server's contract error,
// or what went wrong before one could arrive.
struct ClientError {
    enum class Kind {
        None,
        Api,            // the server answered with a contract error (see api)
        Network,        // no HTTP answer: refused, reset, host not found
        Timeout,        // no progress within the transfer timeout
        Tls,            // certificate or handshake error (never ignored)
        InsecureUrl,    // http:// to a host outside loopback, or a downgrade
        BadReply,       // an answer that is not the contract's JSON
        SessionExpired, // 401 after re-authenticating once: log in again
        Cancelled,
        RefusedRedirect, // a redirect to another origin: not followed (it would carry the token)
        ReplyTooLarge,   // an answer over BillingClient::maxReplyBytes: aborted while arriving
        TooManyPages,    // a list that did not end within BillingClient::maxPages pages
    };

    Kind kind = Kind::None;
    ApiError api;       // for Kind::Api (and the last reply's error for others, if any)
    int httpStatus = 0; // 0 when no HTTP answer arrived
    int retryAfterSeconds = -1;
    QString detail;         // technical detail for logs (never a secret)
    QStringList tlsErrors;  // certificate problems, as Qt describes them
    QString redirectTarget; // RefusedRedirect: the other origin (scheme://host:port)
    qint64 limit = 0;       // ReplyTooLarge (bytes) and TooManyPages (pages)

    bool isError() const { return kind != Kind::None; }
    bool isApi(ErrorCode code) const { return kind == Kind::Api && api.code == code; }
    // No answer at all (refused, host not found, network down, timeout): where an offline
    // copy may stand in. A server that answered, a TLS problem or a rejected login is not.
    bool isUnreachable() const { return kind == Kind::Network || kind == Kind::Timeout; }
    // A translated sentence for the user, naming what to do where there is something to do.
    QString userMessage() const;

    static ClientError fromApi(const ApiError &error, int httpStatus);
    static ClientError make(Kind kind, const QString &detail);
};

// A translated sentence for a contract error code (the server's message is English).
QString translatedApiMessage(const ApiError &error);

} // namespace billing
