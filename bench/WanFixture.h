#pragma once

#include "BillingClient.h"
#include "FlippingSets.h"
#include "ShapingProxy.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace billing::bench {

class BenchEnvironment;

// What the benchmarks on a real network share: the shaping proxy in front of the bench's
// server (one URL for all of them, so that the offline copy one start of the probe leaves is
// the profile's at the next), the probe's data folder kept from one start to the next, a
// client through the proxy, and the workspaces they change.
class WanFixture
{
public:
    static constexpr int kRoundTripMs = 40;
    static constexpr qint64 kBitsPerSecond = 50'000'000; // each way
    static constexpr int kBulkSet = 0;

    WanFixture(BenchEnvironment &environment, int repetitions);
    ~WanFixture();

    // Starts the proxy and picks the sets (from the server's list as it is now) on first
    // use; false with error() set.
    bool prepare();
    QString error() const { return m_error; }

    test::ShapingProxy &proxy() { return *m_proxy; }
    // Through the proxy, with the environment's current token.
    BillingClient &client();
    FlippingSets &sets() { return *m_sets; }

    // A fresh, empty data folder for the probe, kept for the starts after it.
    QString freshHome();
    QString home() const { return m_home ? m_home->path() : QString(); }

    // Changes the next set of syncChanges() workspaces on the server (loopback, untimed).
    bool changeOnServer();
    int syncChanges() const { return m_syncSize; }
    // Before another bulk apply of the bulk set: a month later, every workspace back in
    // service (BenchEnvironment::restoreWorkspaces) and the sets at their current versions.
    bool nextBulkRound();

private:
    bool pickSets();

    BenchEnvironment &m_environment;
    int m_repetitions;
    int m_syncSize;
    std::unique_ptr<test::ShapingProxy> m_proxy;
    QNetworkAccessManager m_network;
    std::unique_ptr<BillingClient> m_client;
    std::unique_ptr<FlippingSets> m_sets;
    std::unique_ptr<QTemporaryDir> m_home;
    int m_syncRounds = 0;
    QString m_error;
};

} // namespace billing::bench
