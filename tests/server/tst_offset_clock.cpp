// The sandbox clock: it starts at the second it was set to and ticks with the system clock's
// seconds; processes given one (now, asOf) agree on every second however far apart they were
// set (issue 22's multi-process test saw an event sort before the one it followed when two
// processes' clocks were a fraction of a second apart).
#include "OffsetClock.h"

#include <QTest>

using namespace billing::server;

namespace {
const QDateTime kSystemStart(QDate(2026, 12, 5), QTime(2, 0, 0, 900), Qt::UTC);
const QDateTime kTarget(QDate(2031, 4, 10), QTime(4, 0), Qt::UTC);
} // namespace

class TestOffsetClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtTheTarget();
    void keepsRunning();
    void clocksSetApartAgreeOnEverySecond();
    void clocksSetInOneSecondAgree();
    void systemNowIsUnshifted();

private:
    QDateTime m_system = kSystemStart;
    OffsetClock::Source source()
    {
        return [this] {
            return m_system;
        };
    }
};

void TestOffsetClock::startsAtTheTarget()
{
    OffsetClock clock(source());
    clock.setNow(kTarget);
    QCOMPARE(clock.now(), kTarget);
}

void TestOffsetClock::keepsRunning()
{
    m_system = kSystemStart;
    OffsetClock clock(source());
    clock.setNow(kTarget);
    m_system = kSystemStart.addSecs(90);
    QCOMPARE(clock.now(), kTarget.addSecs(90));
}

void TestOffsetClock::clocksSetApartAgreeOnEverySecond()
{
    m_system = kSystemStart; // xx:xx:00.900
    const QDateTime asOf = m_system;
    OffsetClock first(source());
    first.setNow(kTarget, asOf);
    m_system = kSystemStart.addMSecs(1250); // two seconds on: xx:xx:02.150
    OffsetClock second(source());
    second.setNow(kTarget, asOf);
    QCOMPARE(second.now(), kTarget.addSecs(2));
    for (int ms = 0; ms < 3000; ms += 50) {
        m_system = kSystemStart.addMSecs(1250 + ms);
        QCOMPARE(second.now(), first.now());
    }
}

void TestOffsetClock::clocksSetInOneSecondAgree()
{
    m_system = kSystemStart.addMSecs(-800); // xx:xx:00.100
    OffsetClock first(source());
    first.setNow(kTarget);
    m_system = kSystemStart; // .900 of the same second
    OffsetClock second(source());
    second.setNow(kTarget);
    for (int ms = 0; ms < 3000; ms += 50) {
        m_system = kSystemStart.addMSecs(ms);
        QCOMPARE(second.now(), first.now());
    }
}

void TestOffsetClock::systemNowIsUnshifted()
{
    m_system = kSystemStart;
    OffsetClock clock(source());
    clock.setNow(kTarget);
    QCOMPARE(clock.systemNow(), QDateTime(QDate(2026, 12, 5), QTime(2, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestOffsetClock)
#include "tst_offset_clock.moc"
