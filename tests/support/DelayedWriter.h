#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <deque>

class QTcpSocket;

namespace billing::test {

class ShapedLink;

// One direction of one proxied connection: what one side sent, written to the other side at
// the times the shared ShapedLink gives, in pieces of at most 16 KiB so that a large body
// streams; then the close. Counts the bytes it delivered.
class DelayedWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kPieceBytes = 16 * 1024;

    DelayedWriter(ShapedLink &link, std::atomic<qint64> &delivered, QTcpSocket &target,
                  QObject *parent = nullptr);

    // Nothing is delivered before this time (a new connection's handshake).
    void setNotBefore(qint64 ns) { m_notBeforeNs = ns; }
    void send(const QByteArray &bytes);
    // Closes the target once everything sent before has been delivered (one way later).
    void close();
    // The target is connected now: delivers what is due.
    void resume() { deliverDue(); }

Q_SIGNALS:
    void closed();

private:
    struct Piece {
        qint64 atNs;
        QByteArray bytes;
        bool close;
    };
    void queue(Piece piece);
    void deliverDue();

    ShapedLink &m_link;
    std::atomic<qint64> &m_delivered;
    QTcpSocket &m_target;
    std::deque<Piece> m_pieces;
    QTimer m_timer;
    qint64 m_notBeforeNs = 0;
    qint64 m_lastAtNs = 0;
    bool m_closing = false;
};

} // namespace billing::test
