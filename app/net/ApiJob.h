#pragma once

#include "ClientError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

class QNetworkReply;

namespace billing {

class BillingClient;

// One request to the Billing Center: owns its reply, transfer timeout, retries and the
// mapping of the answer to a result or a ClientError. Subclasses only describe the
// request and parse a successful body.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ~ApiJob() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ClientError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray idempotencyKey() const { return m_idempotencyKey; }

Q_SIGNALS:
    void finished();

protected:
    enum class Auth { None, Bearer };

    ApiJob(BillingClient &client, QByteArray verb, QString path, Auth auth, QObject *parent);

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QJsonObject &body);
    void setRawJsonBody(QByteArray json) { m_body = std::move(json); } // already serialized
    // Mutations carry a key so that retries never apply twice; an empty key makes a new one.
    void setIdempotencyKey(const QByteArray &key);
    // For requests whose repetition changes nothing that matters (a second session).
    void setRetrySafe(bool safe) { m_retrySafe = safe; }
    void setReauthenticateOn401(bool allowed) { m_allowReauth = allowed; }
    // A secret the path holds (a claim code): left out of the logs and error details.
    void setPathSecret(const QString &secret) { m_pathSecret = secret; }
    // Called for a 2xx answer; false means the body is not what the contract promises.
    virtual bool parseSuccess(int status, const QJsonDocument &body) = 0;
    // Called for a 2xx answer with the raw body. The default parses it as JSON for
    // parseSuccess(); a job with large bodies may read them with a faster parser instead.
    virtual bool parseSuccessBody(int status, const QByteArray &body);
    // Called when an answer's head (status and headers) has arrived, before its body.
    virtual void headReceived(const QNetworkReply &reply) { Q_UNUSED(reply) }
    BillingClient &client() const { return m_client; }

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void onRedirected(const QUrl &target);
    void onDownloadProgress(qint64 received, qint64 total);
    bool isSafeToRetry() const;
    void retryOrFinish(const ClientError &error, int retryAfterMs = -1);
    void handleUnauthenticated(const ClientError &error);
    void finish(const ClientError &error);
    QString withoutPathSecret(QString text) const;

    BillingClient &m_client;
    QByteArray m_verb;
    QString m_path;
    QString m_pathSecret;
    Auth m_auth;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_idempotencyKey;
    QPointer<QNetworkReply> m_reply;
    QTimer m_transferTimer;
    QTimer m_retryTimer;
    QStringList m_tlsErrors;
    ClientError m_error;
    QString m_refusedRedirect; // the other origin a redirect pointed to
    qint64 m_tooLargeBytes = 0;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_timedOut = false;
    bool m_reauthenticated = false;
    bool m_finished = false;
    bool m_started = false;
    bool m_retrySafe = false;
    bool m_allowReauth = true;
};

} // namespace billing
