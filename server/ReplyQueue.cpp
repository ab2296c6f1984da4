#include "ReplyQueue.h"

#include "ConnectionWatch.h"

#include <QHash>
#include <QTcpSocket>

namespace billing::server {

ReplyQueue *ReplyQueue::of(QTcpSocket *socket)
{
    if (auto *queue = socket->findChild<ReplyQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return queue;
    return new ReplyQueue(socket);
}

ReplyQueue::ReplyQueue(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{}

qint64 ReplyQueue::reserve()
{
    m_waiting.append(std::nullopt);
    return m_nextPlace++;
}

void ReplyQueue::fulfil(qint64 place, const HttpResponse &response)
{
    const qint64 index = place - m_firstPlace;
    if (index < 0 || index >= m_waiting.size())
        return;
    m_waiting[index] = serialize(response);
    flush();
}

void ReplyQueue::flush()
{
    ConnectionWatch *watch = ConnectionWatch::of(m_socket);
    while (!m_waiting.isEmpty() && m_waiting.first()) {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(*m_waiting.first());
        m_waiting.removeFirst();
        ++m_firstPlace;
        if (watch)
            watch->replyWritten();
    }
}

QByteArray ReplyQueue::serialize(const HttpResponse &response, bool closing)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                       + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    if (response.status != 204 && response.status != 304)
        bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closing)
        bytes += "Connection: close\r\n";
    return bytes + "\r\n" + response.body;
}

QByteArray ReplyQueue::reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases{
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {204, "No Content"},
        {304, "Not Modified"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {412, "Precondition Failed"},
        {413, "Payload Too Large"},
        {415, "Unsupported Media Type"},
        {422, "Unprocessable Entity"},
        {423, "Locked"},
        {428, "Precondition Required"},
        {429, "Too Many Requests"},
        {500, "Internal Server Error"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
        {507, "Insufficient Storage"},
    };
    return phrases.value(status, "Status");
}

} // namespace billing::server
