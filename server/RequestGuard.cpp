#include "RequestGuard.h"

#include "ConnectionWatch.h"
#include "HttpResponse.h"
#include "Logging.h"
#include "ReplyQueue.h"

#include <QTcpSocket>
#include <QTimer>

namespace billing::server {
namespace {
constexpr int kDiscardTimeoutMs = 5000;
constexpr qint64 kMaxDiscardBytes = 64 * 1024 * 1024;

QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

void RequestGuard::refuseConnection(QTcpSocket *socket, bool serverFull)
{
    const HttpResponse response =
        (serverFull ? HttpResponse::error(ErrorCode::ServiceUnavailable,
                                          QStringLiteral("The server has too many connections "
                                                         "open; try again in a moment."))
                    : HttpResponse::error(ErrorCode::RateLimited,
                                          QStringLiteral("Too many connections from this "
                                                         "address.")))
            .withHeader("Retry-After", "1");
    auto *guard = new RequestGuard(socket);
    guard->answerAndDiscard(ReplyQueue::serialize(response, true), kMaxDiscardBytes);
}

void RequestGuard::attach(QTcpSocket *socket)
{
    new RequestGuard(socket);
}

RequestGuard::RequestGuard(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::inspect);
}

void RequestGuard::inspect()
{
    if (m_discardLeft >= 0) {
        discard();
        return;
    }
    const qint64 arrived = m_socket->bytesAvailable();
    // QtHttpServer holds a transaction open while a request is incomplete: none open means
    // these bytes start a new request.
    if (!m_socket->isTransactionStarted()) {
        m_requestBytes = 0;
        m_headSeen = false;
        m_head.clear();
        if (ConnectionWatch *watch = ConnectionWatch::of(m_socket))
            watch->requestStarted();
    }
    m_requestBytes += arrived;
    if (!m_headSeen) {
        m_head += m_socket->peek(qMin<qint64>(arrived, kMaxHeadBytes + 4 - m_head.size()));
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHeadBytes)
                refuse("request head over 16 KiB", -1);
            return;
        }
        m_head.truncate(end);
        m_headSeen = true;
        qint64 contentLength = 0;
        const QByteArray why = checkHead(m_head, &contentLength);
        if (!why.isEmpty()) {
            const qint64 bodyArrived = m_requestBytes - (end + 4);
            refuse(why, qMax<qint64>(0, contentLength - bodyArrived));
            return;
        }
    }
    if (m_requestBytes > kMaxRequestBytes)
        refuse("request over 8 MiB", -1);
}

QByteArray RequestGuard::checkHead(const QByteArray &head, qint64 *contentLength) const
{
    if (head.count('\n') > kMaxHeaders)
        return "more than 100 headers";
    const QByteArray length = headerValue(head, "content-length");
    if (length.isEmpty())
        return {};
    bool ok = false;
    const qint64 declared = length.toLongLong(&ok);
    // Just over 8 MiB is left to the dispatcher, which reads it and answers 413 as for any
    // body; a client still uploading handles a reply after its upload best. Far over it, the
    // body is not read at all.
    if (ok && declared > kMaxRequestBytes) {
        *contentLength = declared;
        return "declared body over 8 MiB";
    }
    return {};
}

// bodyStillExpected: bytes to swallow before closing; -1 when unknown (until the client stops).
void RequestGuard::refuse(const QByteArray &why, qint64 bodyStillExpected)
{
    qCWarning(lcHttp).noquote() << m_socket->peerAddress().toString() << "request refused:" << why;
    const HttpResponse response = HttpResponse::error(
        ErrorCode::PayloadTooLarge,
        QStringLiteral("The request is too large (%1).").arg(QString::fromLatin1(why)));
    answerAndDiscard(ReplyQueue::serialize(response, true),
                     bodyStillExpected < 0 ? kMaxDiscardBytes
                                           : qMin(bodyStillExpected, kMaxDiscardBytes));
}

void RequestGuard::answerAndDiscard(const QByteArray &reply, qint64 bytesToDiscard)
{
    m_socket->write(reply);
    m_discardLeft = bytesToDiscard;
    QTimer::singleShot(kDiscardTimeoutMs, m_socket, &QTcpSocket::disconnectFromHost);
    discard();
}

// QtHttpServer must not see this request or anything after it on this connection. Runs in
// the guard's readyRead slot, connected before QtHttpServer's: slots disconnected during an
// emission are skipped. Repeated each time, as QtHttpServer may connect after a refusal.
void RequestGuard::takeOver()
{
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestGuard::discard);
}

void RequestGuard::discard()
{
    takeOver();
    m_discardLeft -= m_socket->skip(m_socket->bytesAvailable());
    if (m_discardLeft <= 0)
        m_socket->disconnectFromHost();
}

} // namespace billing::server
