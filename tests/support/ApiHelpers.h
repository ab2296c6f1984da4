#pragma once

#include "HttpClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace billing::test {

// Helpers that report failure through an error string (empty on success), so that a test
// can QVERIFY2 it with the server's reply in the message.

inline const QString kDefaultPassword = QStringLiteral("correct-horse-42");

struct Session {
    QString username;
    QString password;
    QString email;
    QString token;
    QString accountId;
    QJsonObject account;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// A fresh name "<prefix><n>" (n counts per process), valid as a username.
QString uniqueName(const QString &prefix);
// A fresh 16-digit Alibaba Cloud Account ID.
QString uniqueUid();
// A fresh orderBizId / orderId for the SPI.
QString uniqueOrderId();

QString emailFor(const QString &username);

// POST /verification-codes, then the newest code mailed to `email` from the sandbox mailbox.
QString requestVerificationCode(HttpClient &client, const QString &email, QString *error);
QString latestMailedCode(HttpClient &client, const QString &email, QString *error);

QJsonObject registrationBody(const QString &username, const QString &email, const QString &code,
                             const QString &site = QStringLiteral("cn1"),
                             const QString &password = kDefaultPassword);

// Requests a code, reads it from the mailbox, registers. Costs one password hash.
Session registerAccount(HttpClient &client, const QString &username,
                        const QString &site = QStringLiteral("cn1"),
                        const QString &password = kDefaultPassword);
Session login(HttpClient &client, const QString &username, const QString &password);

// Sandbox: moves the server's one clock; returns the reply of POST /sandbox/clock.
// With asOf, the clock reads `now` from the system second asOf on: processes sent one pair
// agree on every second.
HttpReply setClock(HttpClient &client, const QDateTime &now, const QDateTime &asOf = {});
// Several processes on one database: each clock set to `now` from one asOf, so all agree on
// every second; an error naming the process that refused, or empty.
QString setClockOfEach(const QList<QUrl> &processes, const QDateTime &now);
QDateTime serverNow(HttpClient &client, QString *error);

// Sandbox: a new opened instance for aliUid (201 expected), or {} with *error set.
QJsonObject createSandboxInstance(HttpClient &client, const QString &aliUid, QString *error,
                                  bool trial = false);
// Sandbox: POST …/instances/{id}/<action> with action expire|renew|release (200 expected).
QJsonObject sandboxInstanceAction(HttpClient &client, const QString &instanceId,
                                  const QString &action, QString *error);

QJsonObject settlementBody(const QString &method, const QString &aliyunAccountId = {},
                           const QString &instanceId = {});
QJsonObject
workspaceBody(const QString &name, const QString &site,
              const QJsonObject &settlement = settlementBody(QStringLiteral("billing_center")));
// POST /workspaces (201 expected): the workspace, or {} with *error set.
QJsonObject createWorkspace(HttpClient &client, const QJsonObject &body, QString *error);
QJsonObject getWorkspace(HttpClient &client, const QString &id, QString *error);
// Every item of a paged list, following nextCursor.
QJsonArray listAll(HttpClient &client, const QString &path, QueryItems query, QString *error);
// "total" of the list at path with these filters, or -1 with *error set.
qint64 listTotal(HttpClient &client, const QString &path, const QueryItems &query, QString *error);

// Sets a value at a dotted path ("settlement.method"); an undefined value removes it.
void setPath(QJsonObject &object, const QString &dottedPath, const QJsonValue &value);

// The SPI: the lowercase hex MD5 token over every parameter, and the parameters plus it.
QByteArray spiToken(const QueryItems &params, const QByteArray &key);
QueryItems signedSpi(const QueryItems &params, const QByteArray &key);
// createInstance parameters (without token) as the marketplace sends them.
QueryItems createInstanceParams(const QString &aliUid, const QString &orderBizId);
// GET /spi/aliyun with the parameters signed by key; no bearer token.
HttpReply callSpi(HttpClient &client, const QueryItems &params, const QByteArray &key);
// GET /marketplace/aliyun/instances/{id}?aliUid= (200 expected): the instance, or {} with
// *error set.
QJsonObject getAliyunInstance(HttpClient &client, const QString &instanceId, const QString &aliUid,
                              QString *error);
// "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8), as the marketplace writes times.
QString beijingTime(const QDateTime &time);

// Empty when `text` is an RFC 5322 message as docs/api.md describes the .eml files: CRLF
// lines, From/To/Date/Subject, MIME-Version and text/plain; charset=utf-8, ASCII headers.
QString emlMismatch(const QByteArray &text);

QDateTime utc(const char *rfc3339);
QDateTime firstOfNextMonthUtc(const QDateTime &time);
QStringList files(const QString &dir, const QString &pattern = QStringLiteral("*.eml"));

} // namespace billing::test
