#pragma once

#include "HttpClient.h"

#include <QByteArray>

class QTcpSocket;

namespace billing::test {

// Writes `request` (a whole HTTP/1.1 request, as bytes) on a connected socket and reads one
// response framed by Content-Length. For what QNetworkAccessManager cannot send: a chosen
// source address, chunked uploads. status 0 when no complete response arrived.
HttpReply rawExchange(QTcpSocket &socket, const QByteArray &request, int timeoutMs = 30000);

// "POST path" with a chunked body made of `chunks`.
QByteArray chunkedRequest(const QByteArray &method, const QString &path,
                          const QList<QByteArray> &chunks, const QByteArray &token = {});

} // namespace billing::test
