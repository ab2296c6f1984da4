#include "ApiHelpers.h"

#include "Rfc3339.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace billing::test {
namespace {
QAtomicInteger<qint64> g_counter = 0;

qint64 next()
{
    return g_counter.fetchAndAddRelaxed(1) + 1;
}

HttpReply anonymous(HttpClient &client, const QByteArray &method, const QString &path,
                    const QJsonObject &body, const QueryItems &query = {})
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    if (method != "GET")
        request.body = compactJson(body);
    request.token = QString();
    return client.send(request);
}

QString unexpected(const char *what, const HttpReply &reply)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), reply.describe());
}
} // namespace

QString uniqueName(const QString &prefix)
{
    return prefix + QString::number(next());
}

QString uniqueUid()
{
    // Distinct per process and far from the ids a demo or a person would type.
    const qint64 pid = QCoreApplication::applicationPid() % 100000;
    return QStringLiteral("7%1%2")
        .arg(pid, 5, 10, QLatin1Char('0'))
        .arg(next(), 10, 10, QLatin1Char('0'));
}

QString uniqueOrderId()
{
    return QStringLiteral("2031%1%2")
        .arg(QCoreApplication::applicationPid() % 100000, 5, 10, QLatin1Char('0'))
        .arg(next(), 6, 10, QLatin1Char('0'));
}

QString emailFor(const QString &username)
{
    return username.toLower() + QStringLiteral("@example.com");
}

QString latestMailedCode(HttpClient &client, const QString &email, QString *error)
{
    const HttpReply mailbox = anonymous(client, "GET", QStringLiteral("/api/v1/sandbox/mailbox"),
                                        {}, {{QStringLiteral("to"), email}});
    if (mailbox.status != 200) {
        *error = unexpected("GET /sandbox/mailbox", mailbox);
        return {};
    }
    static const QRegularExpression sixDigits(QStringLiteral(R"((?<!\d)(\d{6})(?!\d))"));
    // Newest first: the first mail to this address that carries a code.
    for (const QJsonValue &item : mailbox.items()) {
        const QJsonObject mail = item.toObject();
        if (!mail.value(QLatin1String("to")).toString().contains(email, Qt::CaseInsensitive))
            continue;
        for (const char *part : {"body", "subject"}) {
            const auto match = sixDigits.match(mail.value(QLatin1String(part)).toString());
            if (match.hasMatch())
                return match.captured(1);
        }
    }
    *error = unexpected("no mail with a 6-digit code in the sandbox mailbox", mailbox);
    return {};
}

QString requestVerificationCode(HttpClient &client, const QString &email, QString *error)
{
    const HttpReply reply = anonymous(client, "POST", QStringLiteral("/api/v1/verification-codes"),
                                      {{QStringLiteral("email"), email}});
    if (reply.status != 202) {
        *error = unexpected("POST /verification-codes", reply);
        return {};
    }
    return latestMailedCode(client, email, error);
}

QJsonObject registrationBody(const QString &username, const QString &email, const QString &code,
                             const QString &site, const QString &password)
{
    return {{QStringLiteral("site"), site},
            {QStringLiteral("username"), username},
            {QStringLiteral("password"), password},
            {QStringLiteral("email"), email},
            {QStringLiteral("verificationCode"), code},
            {QStringLiteral("phone"), QStringLiteral("+86 138-0000-0000")},
            {QStringLiteral("company"), QStringLiteral("Example Observability Ltd")},
            {QStringLiteral("acceptTerms"), true}};
}

Session registerAccount(HttpClient &client, const QString &username, const QString &site,
                        const QString &password)
{
    Session session;
    session.username = username;
    session.password = password;
    session.email = emailFor(username);
    const QString code = requestVerificationCode(client, session.email, &session.error);
    if (!session.error.isEmpty())
        return session;
    const HttpReply reply =
        anonymous(client, "POST", QStringLiteral("/api/v1/accounts"),
                  registrationBody(username, session.email, code, site, password));
    if (reply.status != 201) {
        session.error = unexpected("POST /accounts", reply);
        return session;
    }
    session.account = reply.object().value(QLatin1String("account")).toObject();
    session.accountId = session.account.value(QLatin1String("id")).toString();
    session.token = reply.object()
                        .value(QLatin1String("session"))
                        .toObject()
                        .value(QLatin1String("token"))
                        .toString();
    if (session.token.isEmpty() || session.accountId.isEmpty())
        session.error = unexpected("POST /accounts: no session token or account id", reply);
    return session;
}

Session login(HttpClient &client, const QString &username, const QString &password)
{
    Session session;
    session.username = username;
    session.password = password;
    const HttpReply reply =
        anonymous(client, "POST", QStringLiteral("/api/v1/sessions"),
                  {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reply.status != 201) {
        session.error = unexpected("POST /sessions", reply);
        return session;
    }
    session.token = reply.object().value(QLatin1String("token")).toString();
    session.account = reply.object().value(QLatin1String("account")).toObject();
    session.accountId = session.account.value(QLatin1String("id")).toString();
    session.email = session.account.value(QLatin1String("email")).toString();
    if (session.token.isEmpty())
        session.error = unexpected("POST /sessions: no token", reply);
    return session;
}

HttpReply setClock(HttpClient &client, const QDateTime &now, const QDateTime &asOf)
{
    QJsonObject body{{QStringLiteral("now"), rfc3339::format(now)}};
    if (asOf.isValid())
        body.insert(QStringLiteral("asOf"), rfc3339::format(asOf));
    return anonymous(client, "POST", QStringLiteral("/api/v1/sandbox/clock"), body);
}

QString setClockOfEach(const QList<QUrl> &processes, const QDateTime &now)
{
    const QDateTime asOf = QDateTime::currentDateTimeUtc();
    for (const QUrl &process : processes) {
        HttpClient client(process);
        const HttpReply reply = setClock(client, now, asOf);
        if (reply.status != 200)
            return QStringLiteral("moving the clock of %1 failed: %2")
                .arg(process.toString(), reply.describe().left(200));
    }
    return {};
}

QDateTime serverNow(HttpClient &client, QString *error)
{
    const HttpReply reply = anonymous(client, "GET", QStringLiteral("/api/v1/sandbox/clock"), {});
    const QDateTime now = rfc3339::parse(reply.object().value(QLatin1String("now")).toString());
    if (reply.status != 200 || !now.isValid())
        *error = unexpected("GET /sandbox/clock", reply);
    return now;
}

QJsonObject createSandboxInstance(HttpClient &client, const QString &aliUid, QString *error,
                                  bool trial)
{
    const HttpReply reply =
        anonymous(client, "POST", QStringLiteral("/api/v1/sandbox/aliyun/instances"),
                  {{QStringLiteral("aliUid"), aliUid}, {QStringLiteral("trial"), trial}});
    if (reply.status != 201
        || reply.object().value(QLatin1String("instanceId")).toString().isEmpty()) {
        *error = unexpected("POST /sandbox/aliyun/instances", reply);
        return {};
    }
    return reply.object();
}

QJsonObject sandboxInstanceAction(HttpClient &client, const QString &instanceId,
                                  const QString &action, QString *error)
{
    const HttpReply reply = anonymous(
        client, "POST",
        QStringLiteral("/api/v1/sandbox/aliyun/instances/%1/%2").arg(instanceId, action), {});
    if (reply.status != 200) {
        *error = unexpected("POST /sandbox/aliyun/instances/{id}/action", reply);
        return {};
    }
    return reply.object();
}

QJsonObject settlementBody(const QString &method, const QString &aliyunAccountId,
                           const QString &instanceId)
{
    QJsonObject settlement{{QStringLiteral("method"), method}};
    if (!aliyunAccountId.isEmpty())
        settlement.insert(QStringLiteral("aliyunAccountId"), aliyunAccountId);
    if (!instanceId.isEmpty())
        settlement.insert(QStringLiteral("instanceId"), instanceId);
    return settlement;
}

QJsonObject workspaceBody(const QString &name, const QString &site, const QJsonObject &settlement)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("site"), site},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("settlement"), settlement}};
}

QJsonObject createWorkspace(HttpClient &client, const QJsonObject &body, QString *error)
{
    const HttpReply reply = client.post(QStringLiteral("/api/v1/workspaces"), body);
    if (reply.status != 201 || reply.object().value(QLatin1String("id")).toString().isEmpty()) {
        *error = unexpected("POST /workspaces", reply);
        return {};
    }
    return reply.object();
}

QJsonObject getWorkspace(HttpClient &client, const QString &id, QString *error)
{
    const HttpReply reply = client.get(QStringLiteral("/api/v1/workspaces/") + id);
    if (reply.status != 200) {
        *error = unexpected("GET /workspaces/{id}", reply);
        return {};
    }
    return reply.object();
}

QJsonArray listAll(HttpClient &client, const QString &path, QueryItems query, QString *error)
{
    QJsonArray all;
    QString cursor;
    for (int page = 0; page < 10000; ++page) {
        QueryItems pageQuery = query;
        if (!cursor.isEmpty())
            pageQuery.append({QStringLiteral("cursor"), cursor});
        const HttpReply reply = client.get(path, pageQuery);
        if (reply.status != 200) {
            *error = unexpected("GET list page", reply);
            return all;
        }
        for (const QJsonValue &item : reply.items())
            all.append(item);
        const QJsonValue next = reply.object().value(QLatin1String("nextCursor"));
        if (!next.isString())
            return all;
        cursor = next.toString();
    }
    *error = QStringLiteral("list %1 never ends").arg(path);
    return all;
}

qint64 listTotal(HttpClient &client, const QString &path, const QueryItems &query, QString *error)
{
    const HttpReply reply = client.get(path, query);
    const QJsonValue total = reply.object().value(QLatin1String("total"));
    if (reply.status != 200 || !total.isDouble()) {
        *error = unexpected("GET list total", reply);
        return -1;
    }
    return total.toInteger();
}

void setPath(QJsonObject &object, const QString &dottedPath, const QJsonValue &value)
{
    const qsizetype dot = dottedPath.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(dottedPath);
        else
            object.insert(dottedPath, value);
        return;
    }
    const QString head = dottedPath.left(dot);
    QJsonObject child = object.value(head).toObject();
    setPath(child, dottedPath.mid(dot + 1), value);
    object.insert(head, child);
}

QByteArray spiToken(const QueryItems &params, const QByteArray &key)
{
    QueryItems sorted = params;
    std::sort(sorted.begin(), sorted.end());
    QByteArray plain;
    for (const auto &[name, value] : sorted) {
        if (name == QLatin1String("token"))
            continue;
        if (!plain.isEmpty())
            plain += '&';
        plain += name.toUtf8() + '=' + value.toUtf8();
    }
    plain += "&key=" + key;
    return QCryptographicHash::hash(plain, QCryptographicHash::Md5).toHex();
}

QueryItems signedSpi(const QueryItems &params, const QByteArray &key)
{
    QueryItems result = params;
    result.append({QStringLiteral("token"), QString::fromLatin1(spiToken(params, key))});
    return result;
}

QueryItems createInstanceParams(const QString &aliUid, const QString &orderBizId)
{
    return {{QStringLiteral("action"), QStringLiteral("createInstance")},
            {QStringLiteral("aliUid"), aliUid},
            {QStringLiteral("orderBizId"), orderBizId},
            {QStringLiteral("orderId"), uniqueOrderId()},
            {QStringLiteral("productCode"), QStringLiteral("cmgj00053362")},
            {QStringLiteral("skuId"), QStringLiteral("yuncode5336200001")},
            {QStringLiteral("trial"), QStringLiteral("false")}};
}

HttpReply callSpi(HttpClient &client, const QueryItems &params, const QByteArray &key)
{
    HttpRequest request;
    request.path = QStringLiteral("/spi/aliyun");
    request.query = signedSpi(params, key);
    request.token = QString();
    return client.send(request);
}

QJsonObject getAliyunInstance(HttpClient &client, const QString &instanceId, const QString &aliUid,
                              QString *error)
{
    const HttpReply reply =
        client.get(QStringLiteral("/api/v1/marketplace/aliyun/instances/") + instanceId,
                   {{QStringLiteral("aliUid"), aliUid}});
    if (reply.status != 200) {
        *error = unexpected("GET /marketplace/aliyun/instances/{id}", reply);
        return {};
    }
    return reply.object();
}

QString beijingTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString emlMismatch(const QByteArray &text)
{
    const qsizetype end = text.indexOf("\r\n\r\n");
    if (end <= 0)
        return QStringLiteral("no CRLF blank line after the header section");
    for (qsizetype i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (i == 0 || text.at(i - 1) != '\r')
            return QStringLiteral("a bare LF at byte %1 (RFC 5322 lines end in CRLF)").arg(i);
    }
    const QByteArray headers = QByteArray("\r\n") + text.left(end + 2);
    for (const char c : headers) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return QStringLiteral("non-ASCII byte in the header section (RFC 2047?)");
    }
    for (const char *name : {"From", "To", "Date", "Subject", "MIME-Version"}) {
        if (!headers.toLower().contains(QByteArray("\r\n" + QByteArray(name).toLower() + ": ")))
            return QStringLiteral("no %1 header").arg(QLatin1String(name));
    }
    if (!headers.toLower().replace(" ", "").contains("\r\ncontent-type:text/plain;charset=utf-8"))
        return QStringLiteral("Content-Type is not text/plain; charset=utf-8");
    return {};
}

QDateTime utc(const char *text)
{
    return rfc3339::parse(QString::fromLatin1(text));
}

QDateTime firstOfNextMonthUtc(const QDateTime &time)
{
    const QDate date = time.toUTC().date().addMonths(1);
    return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::utc());
}

QStringList files(const QString &dir, const QString &pattern)
{
    return QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
}

} // namespace billing::test
