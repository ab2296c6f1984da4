#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

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
        Forward,             // pass to the real server and back
        ForwardThenDrop,     // the real server does the work, the answer is lost on the way back
        Drop,                // close the connection without an answer
        Stall,               // accept the request and never answer
        Respond,             // a canned reply (status, headers, body)
        Truncate,            // a canned reply cut in the middle of its body, then a reset
        ForwardThenTruncate, // the real server does the work, its answer is cut mid-body
        ForwardThenStall,    // the real server does the work, its answer is held forever
        ForwardThenHold,     // the real server does the work, its answer waits for release()
        EndlessBody,         // a canned head without a length, its body, then spaces forever
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
    ~FaultInjectingServer() override;

    QUrl url() const;
    // The faults for the next requests, in order; once used up, requests are forwarded.
    void script(const QList<Step> &steps) { m_script = steps; }
    // Asked first for every request: a step for it, or nullopt to follow the script.
    using Rule = std::function<std::optional<Step>(const SeenRequest &request)>;
    void setRule(Rule rule) { m_rule = std::move(rule); }
    static Step step(Fault fault) { return Step{fault, 200, {}, {}}; }
    static Step reply(int status, const QByteArray &body,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static Step truncated(int status, const QByteArray &body,
                          const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static Step endless(int status, const QByteArray &bodyStart)
    {
        return Step{Fault::EndlessBody, status, {}, bodyStart};
    }
    // Requests from now on go to this server (a restarted one listens on a new port).
    void setUpstream(const QUrl &upstream) { m_upstream = upstream; }
    const QList<SeenRequest> &seen() const { return m_seen; }
    void clearSeen() { m_seen.clear(); }
    // ForwardThenHold: the whole answers waiting, by request index (into seen()).
    QList<int> held() const { return m_held.keys(); }
    // Delivers the held answer of request `index`.
    void release(int index);
    // Resets the connections of the held answers, and from now on of every answer that
    // would be held (the server behind is gone, say).
    void dropHeld();

Q_SIGNALS:
    // The whole request `index` (into seen()) was written to the real server.
    void forwarded(int index);
    // The first bytes of the real server's answer to request `index` arrived.
    void answerStarted(int index);
    // The whole answer to request `index` arrived and is held (ForwardThenHold).
    void answerHeld(int index);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &rawRequest, const SeenRequest &request);
    enum class Delivery { Whole, Drop, Truncate, Hold, HoldForRelease };
    void forward(QTcpSocket *client, const QByteArray &rawRequest, Delivery delivery);

    QTcpServer m_server;
    QUrl m_upstream;
    QList<Step> m_script;
    Rule m_rule;
    QList<SeenRequest> m_seen;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    struct HeldAnswer {
        QPointer<QTcpSocket> client;
        QByteArray answer;
    };
    QMap<int, HeldAnswer> m_held;
    bool m_dropHeld = false;
};
