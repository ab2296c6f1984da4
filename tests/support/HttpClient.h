#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QNetworkReply;
class QSignalSpy;

namespace billing::test {

using QueryItems = QList<QPair<QString, QString>>;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP exchange as the test saw it. status 0: no HTTP reply at all (see networkError).
struct HttpReply {
    int status = 0;
    QString networkError;
    QByteArray body;
    HeaderList headers;
    QJsonDocument json; // null unless the body parsed as JSON
    QJsonParseError parseError{};

    bool isJson() const { return !json.isNull(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool hasHeader(const QByteArray &name) const;
    QJsonObject object() const { return json.object(); }
    QJsonObject error() const { return object().value(QLatin1String("error")).toObject(); }
    QString errorCode() const { return error().value(QLatin1String("code")).toString(); }
    QJsonObject fields() const { return error().value(QLatin1String("fields")).toObject(); }
    QJsonArray items() const { return object().value(QLatin1String("items")).toArray(); }
    // "HTTP 422 {…}" or "no reply: …", for failure messages.
    QString describe() const;
};

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // "/api/v1/…", relative to the base URL
    QueryItems query;
    QByteArray body; // sent as is; a null array sends no body
    HeaderList headers;
    std::optional<QString> token; // overrides the client's token; an empty one sends none
};

// A synchronous HTTP helper for tests: each call waits for its reply (or a timeout).
class HttpClient
{
public:
    explicit HttpClient(const QUrl &baseUrl = {}, const QString &token = {});

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    HttpReply send(const HttpRequest &request);
    // Sends every request at once (up to QNetworkAccessManager's 6 connections per host in
    // parallel), then waits for all; replies in request order.
    QList<HttpReply> sendAll(const QList<HttpRequest> &requests);
    // sendAll over several clients (e.g. one per server process): every request on the wire
    // before the first reply is awaited; replies in request order.
    static QList<HttpReply> sendAcross(const QList<std::pair<HttpClient *, HttpRequest>> &requests);

    HttpReply get(const QString &path, const QueryItems &query = {});
    HttpReply post(const QString &path, const QJsonObject &body, const HeaderList &headers = {});
    HttpReply put(const QString &path, const QJsonObject &body, const HeaderList &headers = {});
    HttpReply postRaw(const QString &path, const QByteArray &body, const HeaderList &headers = {});
    HttpReply del(const QString &path);

    QUrl urlFor(const QString &path, const QueryItems &query = {}) const;
    static QByteArray encodeQuery(const QueryItems &query);

private:
    QNetworkReply *start(const HttpRequest &request);
    HttpReply collect(QNetworkReply *reply, QSignalSpy &finished);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 60000;
};

QByteArray compactJson(const QJsonObject &object);

} // namespace billing::test
