#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace billing::load {

// What every request of the run came to: latency per kind, and each outcome counted as either
// a contract answer (success or an error the contract names for that call) or a failure.
class LoadStats
{
public:
    void start() { m_clock.start(); }
    void stop() { m_seconds = m_clock.elapsed() / 1000.0; }

    // outcome: "200", "409 version_conflict", "network: …"; contractual: allowed by the contract.
    void record(const QString &kind, qint64 latencyUs, const QString &outcome, bool contractual);
    void failure(const QString &what) { m_failures << what; } // e.g. a lost update
    // Counts an outcome that is not a request of its own (a batch item: "applied", "rejected …").
    void tally(const QString &what, const QString &outcome, qint64 count = 1)
    {
        m_tallies[what][outcome] += count;
    }

    qint64 requests() const;
    qint64 nonContractErrors() const;
    const QStringList &failures() const { return m_failures; }
    QString report() const; // the figures, as printed by billing-load
    // Latencies of the log-in kinds and of the read kinds in one table, to compare.
    QString sideBySide(const QStringList &logins, const QStringList &reads) const;

private:
    struct Kind {
        QList<qint64> latenciesUs;
        QMap<QString, qint64> outcomes;
    };
    QElapsedTimer m_clock;
    double m_seconds = 0;
    QMap<QString, Kind> m_kinds;
    QMap<QString, qint64> m_nonContract; // "kind outcome" -> count
    QMap<QString, QMap<QString, qint64>> m_tallies;
    QStringList m_failures;
};

} // namespace billing::load
