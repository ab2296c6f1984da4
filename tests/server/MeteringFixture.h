#pragma once

// The metering builder and pusher at library level: bill lines written straight into a real
// SQLite database (as the settlement engine writes them), the real sandbox market behind a
// gateway that records each call, and a clock the test moves.
#include "MeteringRows.h"

#include <Clock.h>
#include <MeteringBuilder.h>
#include <MeteringGateway.h>
#include <MeteringPusher.h>
#include <MeteringSources.h>
#include <SandboxMarket.h>
#include <SqliteDatabase.h>
#include <SqliteMeteringRecords.h>

#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

namespace billing::test::metering {

using namespace billing::server;

inline const QString kAccount = u"acc_metering"_qs;
inline const QString kOther = u"acc_other"_qs;
inline const QDate kDay(2026, 11, 25);

class ManualClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now;
};

// The sandbox market, counting what each call carried.
class RecordingGateway : public MeteringGateway
{
public:
    explicit RecordingGateway(MeteringGateway &inner)
        : m_inner(inner)
    {}
    void push(const MeteringCall &call, Done done) override
    {
        m_calls.append(call);
        m_inner.push(call, std::move(done));
    }
    MeteringGateway &m_inner;
    QList<MeteringCall> m_calls;
};

struct Fixture {
    QTemporaryDir dir;
    SqliteDatabase db;
    std::unique_ptr<SqliteMeteringRecords> records;
    std::unique_ptr<MeteringSources> sources;
    std::unique_ptr<SandboxMarket> market;
    std::unique_ptr<UnreachableMarket> unreachable;
    std::unique_ptr<RecordingGateway> gateway;
    ManualClock clock;
    std::unique_ptr<MeteringBuilder> builder;
    std::unique_ptr<MeteringPusher> pusher;

    bool open(bool sandbox = true)
    {
        QString error;
        if (!dir.isValid() || !db.open(dir.filePath(u"metering.sqlite"_qs), &error))
            return false;
        records = std::make_unique<SqliteMeteringRecords>(db.handle());
        sources = std::make_unique<MeteringSources>(db.handle());
        market = std::make_unique<SandboxMarket>(db.handle(), db);
        unreachable = std::make_unique<UnreachableMarket>();
        gateway = std::make_unique<RecordingGateway>(
            sandbox ? static_cast<MeteringGateway &>(*market) : *unreachable);
        builder = std::make_unique<MeteringBuilder>(*sources, *records, db);
        pusher = std::make_unique<MeteringPusher>(*records, *gateway, db, clock);
        return true;
    }
    QList<MeteringRecord> all(const QString &account = kAccount)
    {
        return records->list({account, {}, {}}, 0, 5000);
    }
    // The moment a day's record first becomes due (its day has ended).
    static QDateTime afterDay(const QDate &day, qint64 seconds = 1)
    {
        return beijingMidnight(day.addDays(1)).addSecs(seconds);
    }
};
} // namespace billing::test::metering
