#pragma once

#include "RetryPolicy.h"
#include "SessionReply.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace billing {

// The session the client holds is the one the server issued.
using SessionInfo = SessionReply;

// The connection to one Billing Center: base URL, session token, transport settings and
// re-authentication. Requests are jobs (see ApiJob) created against a client.
class BillingClient : public QObject
{
    Q_OBJECT

public:
    // Hands the password for the session's username to `deliver`, or nullopt if there is none.
    using PasswordProvider =
        std::function<void(std::function<void(std::optional<QString> password)> deliver)>;

    BillingClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl endpoint(const QString &path) const;

    const SessionInfo &session() const { return m_session; }
    bool hasSession() const { return !m_session.token.isEmpty(); }
    void setSession(const SessionInfo &session);
    void clearSession();

    RetryPolicy retryPolicy;
    int transferTimeoutMs = 30000;
    // Limits against a broken or hostile server (README, "Limits"): the largest answer read
    // (a full 5000-item page is a few MB), aborted while it arrives; and the most pages one
    // list may take (1000 pages of 5000 items), so a list that never ends stops.
    static constexpr qint64 kDefaultMaxReplyBytes = 64LL * 1024 * 1024;
    static constexpr int kDefaultMaxPages = 1000;
    qint64 maxReplyBytes = kDefaultMaxReplyBytes;
    int maxPages = kDefaultMaxPages;

    // Lets a 401 re-authenticate once with the stored credential of `username`.
    void setReauthentication(const QString &username, PasswordProvider provider);
    bool canReauthenticate() const { return bool(m_passwordProvider); }
    // Logs in again; concurrent callers share one attempt. `done(true)` when a new token is set.
    void reauthenticate(QObject *context, std::function<void(bool)> done);

    // Whether bodies travel gzipped both ways (issue 20). Auto: unless the server is on this
    // machine (a loopback address), where compressing costs CPU on both ends and saves
    // nothing. Always: also on loopback, for a proxy there that stands for a real network.
    enum class Compression { Auto, Always, Never };
    void setCompression(Compression compression) { m_compression = compression; }
    bool compresses() const;

    // Whether this server has said it takes gzipped request bodies (an answer carried
    // "Accept-Encoding: gzip"); remembered for the client's lifetime.
    bool serverTakesGzip() const { return m_serverTakesGzip; }
    // Called with the Accept-Encoding header of each answer of this server.
    void noteAcceptedCodings(const QByteArray &acceptEncoding);

    // A fresh key for one user action; reuse it for every retry of that action.
    static QByteArray newIdempotencyKey();

Q_SIGNALS:
    void sessionChanged();
    // Re-authentication failed: the user has to log in again.
    void sessionExpired();

private:
    void finishReauthentication(bool ok);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    SessionInfo m_session;
    QString m_username;
    PasswordProvider m_passwordProvider;
    QList<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_reauthWaiters;
    bool m_reauthenticating = false;
    bool m_serverTakesGzip = false;
    Compression m_compression = Compression::Auto;
};

} // namespace billing
