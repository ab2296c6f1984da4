#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace billing {

class BillingClient;
class SandboxClockJob;

// Moves the sandbox server's clock one day on (read it, then set it 24 hours later), so
// that the day passes midnight Beijing time and is settled: its usage is billed and pushed
// to the marketplaces.
class SandboxClock : public QObject
{
    Q_OBJECT

public:
    explicit SandboxClock(BillingClient &client, QObject *parent = nullptr);
    ~SandboxClock() override;

    bool isBusy() const;
    QDateTime now() const { return m_now; }

    void read();
    void advanceOneDay();

Q_SIGNALS:
    void busyChanged(bool busy);
    void clockRead(const QDateTime &now);
    void advanced(const QDateTime &now);
    void failed(const QString &message); // translated

private:
    enum class Step { Read, ReadToAdvance, Set };
    void run(Step step);

    BillingClient &m_client;
    QPointer<SandboxClockJob> m_job;
    QDateTime m_now;
};

} // namespace billing
