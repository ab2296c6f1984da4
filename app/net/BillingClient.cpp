#include "BillingClient.h"

#include "BodyCoding.h"
#include "LoginJob.h"
#include "UrlPolicy.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace billing {

BillingClient::BillingClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash))
{
    // A loopback sandbox must never be sent through a system proxy.
    if (isLoopbackHost(m_baseUrl.host()))
        m_network->setProxy(QNetworkProxy::NoProxy);
}

QUrl BillingClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    return url;
}

void BillingClient::setSession(const SessionInfo &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
}

void BillingClient::clearSession()
{
    m_session = SessionInfo();
    Q_EMIT sessionChanged();
}

void BillingClient::setReauthentication(const QString &username, PasswordProvider provider)
{
    m_username = username;
    m_passwordProvider = std::move(provider);
}

void BillingClient::reauthenticate(QObject *context, std::function<void(bool)> done)
{
    m_reauthWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_reauthenticating)
        return;
    if (!m_passwordProvider) {
        finishReauthentication(false);
        return;
    }
    m_reauthenticating = true;
    qCInfo(lcNet) << "session rejected; logging in again as" << m_username;
    m_passwordProvider(
        [this, guard = QPointer<BillingClient>(this)](std::optional<QString> password) {
            if (!guard)
                return;
            if (!password) {
                finishReauthentication(false);
                return;
            }
            auto *login = new LoginJob(*this, m_username, *password, this);
            connect(login, &ApiJob::finished, this, [this, login] {
                login->deleteLater();
                if (login->ok())
                    setSession(login->session());
                finishReauthentication(login->ok());
            });
            login->start();
        });
}

void BillingClient::finishReauthentication(bool ok)
{
    m_reauthenticating = false;
    const auto waiters = std::exchange(m_reauthWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(ok);
    }
    if (!ok)
        Q_EMIT sessionExpired();
}

bool BillingClient::compresses() const
{
    switch (m_compression) {
    case Compression::Always:
        return true;
    case Compression::Never:
        return false;
    case Compression::Auto:
        break;
    }
    return !isLoopbackHost(m_baseUrl.host());
}

void BillingClient::noteAcceptedCodings(const QByteArray &acceptEncoding)
{
    if (m_serverTakesGzip || !BodyCoding::admitsGzip(acceptEncoding))
        return;
    m_serverTakesGzip = true;
    qCInfo(lcNet) << "the server takes gzipped request bodies";
}

QByteArray BillingClient::newIdempotencyKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex().prepend("bd-");
}

} // namespace billing
