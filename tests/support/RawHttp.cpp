#include "RawHttp.h"

#include <QTcpSocket>

namespace billing::test {

HttpReply rawExchange(QTcpSocket &socket, const QByteArray &request, int timeoutMs)
{
    HttpReply reply;
    socket.write(request);
    QByteArray buffer;
    qsizetype headerEnd = -1;
    qsizetype length = -1;
    while (headerEnd < 0 || buffer.size() < headerEnd + 4 + length) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            reply.status = 0;
            reply.networkError = socket.errorString();
            return reply;
        }
        buffer += socket.readAll();
        if (headerEnd < 0 && (headerEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            reply.status = lines.value(0).split(' ').value(1).toInt();
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            length = reply.header("Content-Length").toLongLong();
        }
    }
    reply.body = buffer.mid(headerEnd + 4, length);
    if (!reply.body.isEmpty())
        reply.json = QJsonDocument::fromJson(reply.body, &reply.parseError);
    return reply;
}

QByteArray chunkedRequest(const QByteArray &method, const QString &path,
                          const QList<QByteArray> &chunks, const QByteArray &token)
{
    QByteArray request = method + ' ' + path.toUtf8()
                         + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                           "Transfer-Encoding: chunked\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    request += "\r\n";
    for (const QByteArray &chunk : chunks)
        request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";
    return request;
}

} // namespace billing::test
