#include "HttpClient.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <memory>
#include <vector>

namespace billing::test {
namespace {
constexpr qsizetype kDescribeLimit = 1500;

bool hasHeaderIn(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool HttpReply::hasHeader(const QByteArray &name) const
{
    return hasHeaderIn(headers, name);
}

QString HttpReply::describe() const
{
    if (status == 0)
        return QStringLiteral("no reply: %1").arg(networkError);
    QString text = QString::fromUtf8(body);
    if (text.size() > kDescribeLimit)
        text = text.left(kDescribeLimit) + QStringLiteral("…");
    return QStringLiteral("HTTP %1 %2").arg(status).arg(text);
}

HttpClient::HttpClient(const QUrl &baseUrl, const QString &token)
    : m_baseUrl(baseUrl)
    , m_token(token)
{
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

QByteArray HttpClient::encodeQuery(const QueryItems &query)
{
    QByteArray encoded;
    for (const auto &[name, value] : query) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QUrl HttpClient::urlFor(const QString &path, const QueryItems &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encodeQuery(query)), QUrl::StrictMode);
    return url;
}

QNetworkReply *HttpClient::start(const HttpRequest &request)
{
    QNetworkRequest req(urlFor(request.path, request.query));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!request.body.isNull() && !hasHeaderIn(request.headers, "Content-Type"))
        req.setRawHeader("Content-Type", "application/json");
    const QString token = request.token.value_or(m_token);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);

    const QByteArray &method = request.method;
    if (method == "GET" && request.body.isNull())
        return m_nam.get(req);
    if (method == "POST")
        return m_nam.post(req, request.body);
    if (method == "PUT")
        return m_nam.put(req, request.body);
    if (method == "DELETE" && request.body.isNull())
        return m_nam.deleteResource(req);
    return m_nam.sendCustomRequest(req, method, request.body);
}

HttpReply HttpClient::collect(QNetworkReply *reply, QSignalSpy &finished)
{
    HttpReply result;
    if (!reply->isFinished() && finished.isEmpty() && !finished.wait(m_timeoutMs)) {
        reply->abort();
        result.networkError = QStringLiteral("timed out after %1 ms: %2")
                                  .arg(m_timeoutMs)
                                  .arg(reply->url().toString());
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0)
        result.networkError = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (!result.body.isEmpty())
        result.json = QJsonDocument::fromJson(result.body, &result.parseError);
    reply->deleteLater();
    return result;
}

HttpReply HttpClient::send(const HttpRequest &request)
{
    QNetworkReply *reply = start(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return collect(reply, finished);
}

QList<HttpReply> HttpClient::sendAll(const QList<HttpRequest> &requests)
{
    QList<std::pair<HttpClient *, HttpRequest>> pairs;
    for (const HttpRequest &request : requests)
        pairs.append({this, request});
    return sendAcross(pairs);
}

QList<HttpReply> HttpClient::sendAcross(const QList<std::pair<HttpClient *, HttpRequest>> &requests)
{
    // All requests are on the wire before the first reply is awaited.
    QList<QNetworkReply *> replies;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const auto &[client, request] : requests) {
        replies.append(client->start(request));
        spies.push_back(std::make_unique<QSignalSpy>(replies.last(), &QNetworkReply::finished));
    }
    QList<HttpReply> results;
    for (qsizetype i = 0; i < replies.size(); ++i)
        results.append(requests[i].first->collect(replies[i], *spies[static_cast<size_t>(i)]));
    return results;
}

HttpReply HttpClient::get(const QString &path, const QueryItems &query)
{
    return send({QByteArrayLiteral("GET"), path, query, {}, {}, std::nullopt});
}

HttpReply HttpClient::post(const QString &path, const QJsonObject &body, const HeaderList &headers)
{
    return send({QByteArrayLiteral("POST"), path, {}, compactJson(body), headers, std::nullopt});
}

HttpReply HttpClient::put(const QString &path, const QJsonObject &body, const HeaderList &headers)
{
    return send({QByteArrayLiteral("PUT"), path, {}, compactJson(body), headers, std::nullopt});
}

HttpReply HttpClient::postRaw(const QString &path, const QByteArray &body,
                              const HeaderList &headers)
{
    // A null array would send no body; the caller asked for these bytes, even none.
    const QByteArray bytes = body.isNull() ? QByteArray("") : body;
    return send({QByteArrayLiteral("POST"), path, {}, bytes, headers, std::nullopt});
}

HttpReply HttpClient::del(const QString &path)
{
    return send({QByteArrayLiteral("DELETE"), path, {}, {}, {}, std::nullopt});
}

} // namespace billing::test
