#include "CredentialKey.h"

namespace billing {

CredentialKey::CredentialKey(const QUrl &serverUrl, const QString &username)
    : m_serverUrl(serverUrl)
    , m_username(username)
{}

bool CredentialKey::isValid() const
{
    const QString scheme = m_serverUrl.scheme().toLower();
    return !m_username.isEmpty() && m_serverUrl.isValid() && !m_serverUrl.host().isEmpty()
           && (scheme == u"https" || scheme == u"http");
}

QString CredentialKey::keychainKey() const
{
    return m_username + u'@' + normalisedUrl(m_serverUrl);
}

QString CredentialKey::normalisedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);

    QUrl normal;
    const QString scheme = url.scheme().toLower();
    normal.setScheme(scheme);
    normal.setHost(url.host().toLower());
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    if (url.port() != defaultPort)
        normal.setPort(url.port());
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    normal.setPath(path, QUrl::TolerantMode);
    return normal.toString(QUrl::FullyEncoded);
}

} // namespace billing
