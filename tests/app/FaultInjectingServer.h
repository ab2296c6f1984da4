#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// Fault injector for the client tests: a loopback HTTP/1.1 endpoint that stands in front of
// the real billing-center and, request by request, forwards, drops, stalls or answers with
// a canned reply, as a flaky network or a broken proxy would. It produces the faults the
// real server cannot; everything else is forwarded to the real server.
class FaultInjectingServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        Forward,         // pass to the real server and back
        ForwardThenDrop, // the real server does the work, the answer is lost on the way back
        Drop,            // close the connection without an answer
        Stall,           // accept the request and never answer
        Respond,         // a canned reply (status, headers, body)
    };
    struct Step {
        Fault fault = Fault::Forward;
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct SeenRequest {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit FaultInjectingServer(const QUrl &upstream, QObject *parent = nullptr);

    QUrl url() const;
    // The faults for the next requests, in order; once used up, requests are forwarded.
    void script(const QList<Step> &steps) { m_script = steps; }
    static Step step(Fault fault) { return Step{fault, 200, {}, {}}; }
    static Step reply(int status, const QByteArray &body,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    const QList<SeenRequest> &seen() const { return m_seen; }
    void clearSeen() { m_seen.clear(); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &rawRequest, const SeenRequest &request);
    void forward(QTcpSocket *client, const QByteArray &rawRequest, bool dropAnswer);

    QTcpServer m_server;
    QUrl m_upstream;
    QList<Step> m_script;
    QList<SeenRequest> m_seen;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
