#pragma once

#include <QtGlobal>

#include <algorithm>
#include <chrono>

namespace billing::test {

// Monotonic nanoseconds, the clock of every delivery time of the shaping proxy.
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// One direction of a shaped path: a bottleneck of `bitsPerSecond` shared by every connection
// (the access link), then half the round trip of propagation. A piece leaves when the link is
// free and arrives once its last bit crossed it plus the one-way delay:
//   delivery = max(arrival + RTT/2, previous delivery) + bytes × 8 / bandwidth.
class ShapedLink
{
public:
    ShapedLink(qint64 oneWayDelayNs, qint64 bitsPerSecond)
        : m_oneWayDelayNs(oneWayDelayNs)
        , m_bitsPerSecond(bitsPerSecond)
    {}

    qint64 oneWayDelayNs() const { return m_oneWayDelayNs; }

    // Reserves the link for `bytes` that arrived at `arrivalNs`; returns their delivery time.
    qint64 deliveryNs(qint64 arrivalNs, qint64 bytes)
    {
        const qint64 start = std::max(arrivalNs, m_freeAtNs);
        m_freeAtNs = start + serialisationNs(bytes);
        return m_freeAtNs + m_oneWayDelayNs;
    }

private:
    qint64 serialisationNs(qint64 bytes) const
    {
        return m_bitsPerSecond > 0 ? bytes * 8 * 1'000'000'000 / m_bitsPerSecond : 0;
    }

    qint64 m_oneWayDelayNs;
    qint64 m_bitsPerSecond; // 0: no limit
    qint64 m_freeAtNs = 0;
};

} // namespace billing::test
