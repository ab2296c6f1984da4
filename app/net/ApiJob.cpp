#include "ApiJob.h"

#include "BillingClient.h"
#include "BodyCoding.h"
#include "TcpNoDelay.h"
#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

Q_LOGGING_CATEGORY(lcNet, "billing.net", QtInfoMsg)

namespace billing {
namespace {
bool isServerError(int status)
{
    return status >= 500 && status <= 599;
}

int parseRetryAfterSeconds(const QByteArray &header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return std::max(seconds, 0);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    return when.isValid() ? int(std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0))
                          : -1;
}

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

// Scheme, host and port: where a bearer token may go.
bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString();
}

ClientError errorFromBody(int status, const QJsonDocument &document)
{
    const QJsonObject inner = document.object().value(u"error").toObject();
    if (inner.value(u"code").isString())
        return ClientError::fromApi(ApiError::fromJson(inner), status);
    ClientError error =
        ClientError::make(ClientError::Kind::BadReply,
                          QStringLiteral("HTTP %1 without a contract error body").arg(status));
    error.httpStatus = status;
    return error;
}
} // namespace

ApiJob::ApiJob(BillingClient &client, QByteArray verb, QString path, Auth auth, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_verb(std::move(verb))
    , m_path(std::move(path))
    , m_auth(auth)
{
    m_transferTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a lower bound
    connect(&m_transferTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::setJsonBody(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void ApiJob::setIdempotencyKey(const QByteArray &key)
{
    m_idempotencyKey = key.isEmpty() ? BillingClient::newIdempotencyKey() : key;
}

QString ApiJob::withoutPathSecret(QString text) const
{
    if (!m_pathSecret.isEmpty())
        text.replace(m_pathSecret, QStringLiteral("<redacted>"), Qt::CaseInsensitive);
    return text;
}

void ApiJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Qt 6.4's HTTP stack silently resends any request, POST included, when the connection
    // closes before the answer; only the server's idempotency record makes that harmless.
    if (m_idempotencyKey.isEmpty() && !m_retrySafe && m_verb != "GET" && m_verb != "HEAD"
        && m_verb != "DELETE")
        m_idempotencyKey = BillingClient::newIdempotencyKey();
    const QString problem = serverUrlProblem(m_client.baseUrl());
    if (!problem.isEmpty()) {
        finish(ClientError::make(ClientError::Kind::InsecureUrl, problem));
        return;
    }
    sendAttempt();
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_transferTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(ClientError::make(ClientError::Kind::Cancelled, QStringLiteral("aborted")));
}

void ApiJob::sendAttempt()
{
    ++m_attempts;
    m_timedOut = false;
    m_tlsErrors.clear();
    m_refusedRedirect.clear();
    m_tooLargeBytes = 0;
    QUrl url = m_client.endpoint(m_path);
    if (!m_query.isEmpty())
        url.setQuery(m_query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("billing-desk/%1").arg(QCoreApplication::applicationVersion()));
    // Each redirect is checked (onRedirected): Qt 6.4 would send Authorization to any host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    // gzip answers, inflated in onReplyFinished (see BodyCoding.h for why not by Qt). Said
    // either way: left unsaid, Qt would ask for gzip on its own.
    const bool compress = m_client.compresses();
    request.setRawHeader("Accept-Encoding", compress ? "gzip" : "identity");
    // A resend compresses the same JSON again; the server's idempotency compares it inflated.
    const BodyCoding::WireBody body =
        BodyCoding::encode(m_body, compress && m_client.serverTakesGzip());
    if (body.gzipped)
        request.setRawHeader("Content-Encoding", "gzip");
    if (m_auth == Auth::Bearer && m_client.hasSession())
        request.setRawHeader("Authorization", "Bearer " + m_client.session().token.toLatin1());
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey);

    qCDebug(lcNet) << m_verb << withoutPathSecret(m_path) << "attempt" << m_attempts
                   << (body.gzipped ? "gzipped body" : "");
    QNetworkReply *reply = m_verb == "GET"
                               ? m_client.network()->get(request)
                               : m_client.network()->sendCustomRequest(request, m_verb, body.bytes);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsErrors << error.errorString();
    });
    auto progress = [this] {
        m_transferTimer.start();
    };
    connect(reply, &QNetworkReply::uploadProgress, this, progress);
    if (!m_body.isEmpty()) {
        // QNAM leaves Nagle on and writes bodies over 16 KB in several write()s; without this
        // the rest of the body waits for the server's delayed ACK (~40 ms). See TcpNoDelay.h.
        connect(reply, &QNetworkReply::uploadProgress, this, [url, pushed = false]() mutable {
            if (!std::exchange(pushed, true))
                setTcpNoDelayTowards(url);
        });
    }
    connect(reply, &QNetworkReply::downloadProgress, this, progress);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::onDownloadProgress);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { headReceived(*reply); });
    connect(reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
    m_transferTimer.start(m_client.transferTimeoutMs);
}

void ApiJob::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    if (isSameOrigin(target, m_client.baseUrl())) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_refusedRedirect = originOf(target);
    qCWarning(lcNet) << m_verb << withoutPathSecret(m_path) << "refused a redirect to"
                     << m_refusedRedirect;
    m_reply->abort();
}

void ApiJob::onDownloadProgress(qint64 received, qint64 total)
{
    // QNetworkReply keeps what arrives in memory until finished: stop before it is too much.
    const qint64 limit = m_client.maxReplyBytes;
    if (!m_reply || (received <= limit && total <= limit))
        return;
    m_tooLargeBytes = limit;
    m_reply->abort();
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_transferTimer.stop();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus != 0)
        m_client.noteAcceptedCodings(reply->rawHeader("Accept-Encoding"));
    if (!m_refusedRedirect.isEmpty()) {
        ClientError error = ClientError::make(ClientError::Kind::RefusedRedirect,
                                              u"redirect to " + m_refusedRedirect + u" refused");
        error.redirectTarget = m_refusedRedirect;
        finish(error);
        return;
    }
    if (m_tooLargeBytes > 0) {
        ClientError error =
            ClientError::make(ClientError::Kind::ReplyTooLarge,
                              QStringLiteral("answer over %1 bytes, aborted").arg(m_tooLargeBytes));
        error.limit = m_tooLargeBytes;
        error.httpStatus = m_httpStatus;
        finish(error);
        return;
    }
    if (m_client.baseUrl().scheme() == u"https" && reply->url().scheme() != u"https") {
        finish(ClientError::make(ClientError::Kind::InsecureUrl,
                                 QStringLiteral("redirected away from https")));
        return;
    }
    if (m_httpStatus == 0) {
        if (!m_tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
            ClientError error = ClientError::make(ClientError::Kind::Tls, reply->errorString());
            error.tlsErrors = m_tlsErrors;
            finish(error);
            return;
        }
        const auto kind = m_timedOut ? ClientError::Kind::Timeout : ClientError::Kind::Network;
        retryOrFinish(ClientError::make(kind, reply->errorString()));
        return;
    }

    QByteArray bytes = reply->readAll();
    if (m_httpStatus >= 200 && m_httpStatus < 300 && reply->error() != QNetworkReply::NoError) {
        // The head arrived, the body was cut off (connection reset, timeout): a network
        // failure, not a reply to parse.
        const auto kind = m_timedOut ? ClientError::Kind::Timeout : ClientError::Kind::Network;
        retryOrFinish(ClientError::make(kind, reply->errorString()));
        return;
    }
    switch (BodyCoding::decodeAnswer(reply->rawHeader("Content-Encoding"), m_client.maxReplyBytes,
                                     &bytes)) {
    case BodyCoding::Decoded::Ok:
        break;
    case BodyCoding::Decoded::TooLarge: {
        ClientError error = ClientError::make(
            ClientError::Kind::ReplyTooLarge,
            QStringLiteral("answer over %1 bytes once inflated").arg(m_client.maxReplyBytes));
        error.limit = m_client.maxReplyBytes;
        error.httpStatus = m_httpStatus;
        finish(error);
        return;
    }
    case BodyCoding::Decoded::Corrupt: {
        ClientError error = ClientError::make(
            ClientError::Kind::BadReply,
            QStringLiteral("HTTP %1, a body in a coding it cannot be read in").arg(m_httpStatus));
        error.httpStatus = m_httpStatus;
        retryOrFinish(error);
        return;
    }
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        if (parseSuccessBody(m_httpStatus, bytes)) {
            finish(ClientError());
            return;
        }
        ClientError error =
            ClientError::make(ClientError::Kind::BadReply,
                              QStringLiteral("unexpected body for HTTP %1").arg(m_httpStatus));
        error.httpStatus = m_httpStatus;
        retryOrFinish(error);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document =
        bytes.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(bytes, &parseError);
    const bool jsonOk = bytes.isEmpty() || parseError.error == QJsonParseError::NoError;

    ClientError error =
        jsonOk ? errorFromBody(m_httpStatus, document)
               : ClientError::make(ClientError::Kind::BadReply,
                                   QStringLiteral("HTTP %1, not JSON").arg(m_httpStatus));
    error.httpStatus = m_httpStatus;
    if (m_httpStatus == 401 && m_auth == Auth::Bearer) {
        handleUnauthenticated(error);
        return;
    }
    if (m_httpStatus == 429) {
        error.retryAfterSeconds = parseRetryAfterSeconds(reply->rawHeader("Retry-After"));
        // A 429 did no work and is never stored, so waiting and sending again is always safe.
        if (error.retryAfterSeconds >= 0
            && error.retryAfterSeconds <= m_client.retryPolicy.maxRetryAfterSeconds
            && m_attempts < m_client.retryPolicy.maxAttempts) {
            m_retryTimer.start(error.retryAfterSeconds * 1000);
            return;
        }
        finish(error);
        return;
    }
    if (isServerError(m_httpStatus)) {
        retryOrFinish(error);
        return;
    }
    finish(error);
}

bool ApiJob::parseSuccessBody(int status, const QByteArray &body)
{
    if (body.isEmpty())
        return parseSuccess(status, QJsonDocument());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && parseSuccess(status, document);
}

bool ApiJob::isSafeToRetry() const
{
    return m_retrySafe || m_verb == "GET" || m_verb == "HEAD" || m_verb == "DELETE"
           || !m_idempotencyKey.isEmpty();
}

void ApiJob::retryOrFinish(const ClientError &error, int retryAfterMs)
{
    if (!isSafeToRetry() || m_attempts >= m_client.retryPolicy.maxAttempts) {
        finish(error);
        return;
    }
    const int delay =
        retryAfterMs >= 0 ? retryAfterMs : m_client.retryPolicy.delayBeforeRetryMs(m_attempts);
    qCInfo(lcNet) << m_verb << withoutPathSecret(m_path)
                  << "failed:" << withoutPathSecret(error.detail) << "- retrying in" << delay
                  << "ms";
    m_retryTimer.start(delay);
}

void ApiJob::handleUnauthenticated(const ClientError &error)
{
    if (m_reauthenticated || !m_allowReauth || !m_client.canReauthenticate()) {
        ClientError expired = error;
        expired.kind = ClientError::Kind::SessionExpired;
        finish(expired);
        if (m_reauthenticated)
            Q_EMIT m_client.sessionExpired();
        return;
    }
    m_reauthenticated = true;
    m_client.reauthenticate(this, [this, error](bool renewed) {
        if (renewed) {
            sendAttempt();
            return;
        }
        ClientError expired = error;
        expired.kind = ClientError::Kind::SessionExpired;
        finish(expired);
    });
}

void ApiJob::finish(const ClientError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_error.detail = withoutPathSecret(error.detail); // Qt's error strings name the URL
    if (error.isError())
        qCInfo(lcNet) << m_verb << withoutPathSecret(m_path) << "ended after" << m_attempts
                      << "attempt(s):" << m_error.detail;
    Q_EMIT finished();
}

} // namespace billing
