#include "DelayedWriter.h"

#include "ShapedLink.h"

#include <QTcpSocket>

namespace billing::test {

DelayedWriter::DelayedWriter(ShapedLink &link, std::atomic<qint64> &delivered, QTcpSocket &target,
                             QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_delivered(delivered)
    , m_target(target)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DelayedWriter::deliverDue);
}

void DelayedWriter::send(const QByteArray &bytes)
{
    if (m_closing)
        return;
    const qint64 now = monotonicNs();
    for (qsizetype offset = 0; offset < bytes.size(); offset += kPieceBytes) {
        const QByteArray piece = bytes.mid(offset, kPieceBytes);
        queue({m_link.deliveryNs(now, piece.size()), piece, false});
    }
}

void DelayedWriter::close()
{
    if (m_closing)
        return;
    m_closing = true;
    queue({monotonicNs() + m_link.oneWayDelayNs(), {}, true});
}

void DelayedWriter::queue(Piece piece)
{
    // In order on this connection, never before the handshake is done.
    piece.atNs = std::max({piece.atNs, m_notBeforeNs, m_lastAtNs});
    m_lastAtNs = piece.atNs;
    m_pieces.push_back(std::move(piece));
    if (m_pieces.size() == 1)
        deliverDue();
}

void DelayedWriter::deliverDue()
{
    const QAbstractSocket::SocketState state = m_target.state();
    if (state == QAbstractSocket::UnconnectedState) {
        // The target is gone: what is queued for it can never arrive; only the close is left.
        while (!m_pieces.empty() && !m_pieces.front().close)
            m_pieces.pop_front();
    } else if (state != QAbstractSocket::ConnectedState && !m_pieces.empty()
               && !m_pieces.front().close) {
        return; // resume() once connected
    }
    const qint64 now = monotonicNs();
    while (!m_pieces.empty() && m_pieces.front().atNs <= now) {
        const Piece piece = std::move(m_pieces.front());
        m_pieces.pop_front();
        if (piece.close) {
            m_target.disconnectFromHost();
            Q_EMIT closed();
            return;
        }
        m_target.write(piece.bytes);
        m_delivered += piece.bytes.size();
    }
    if (!m_pieces.empty()) {
        const qint64 waitNs = m_pieces.front().atNs - now;
        m_timer.start(int((waitNs + 999'999) / 1'000'000));
    }
}

} // namespace billing::test
