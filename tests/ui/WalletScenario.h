#pragma once

// The wallet stories of the GUI tests and screens, on the sandbox server: a Billing Center
// workspace uses far more than the wallet holds on the server's billing day, the clock moves
// past that day's end, the day is settled into arrears and the lock countdown starts; then a
// sandbox recharge lifts both.
#include "ExactDecimal.h"
#include "MainWindowFixture.h"
#include "MoneyText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace billing::test {

class WalletScenario
{
public:
    static constexpr int kSettleWaitMs = 60000;

    // The wallet as the server has it now (empty with *error set when it cannot be read).
    static QJsonObject wallet(MainWindowFixture &fixture, QString *error)
    {
        const HttpReply reply = fixture.http().get(QStringLiteral("/api/v1/account/wallet"));
        if (reply.status != 200)
            *error = reply.describe();
        return reply.object();
    }

    // Usage worth about 120 000 in the account's currency on `workspaceId` (settled through
    // the Billing Center) on the server's billing day, the day settled; true once the server
    // reports the lock countdown. The fixture is signed in again (the clock moved).
    static bool drainIntoArrears(MainWindowFixture &fixture, const QString &workspaceId,
                                 QString *error)
    {
        const QDateTime now = serverNow(fixture.http(), error);
        if (!now.isValid())
            return false;
        const QDate day = now.toUTC().addSecs(8 * 3600).date(); // the Beijing-time billing day
        const QJsonObject record{{QStringLiteral("workspaceId"), workspaceId},
                                 {QStringLiteral("item"), QStringLiteral("logs")},
                                 {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                 {QStringLiteral("quantity"), QStringLiteral("100000000000")}};
        const HttpReply usage = fixture.http().post(
            QStringLiteral("/api/v1/usage"), {{QStringLiteral("records"), QJsonArray{record}}},
            {{"Authorization", "Bearer sandbox-collector"}});
        if (usage.status != 200
            || usage.object().value(u"results")[0][u"status"].toString() != u"accepted") {
            *error = QStringLiteral("usage refused: %1").arg(usage.describe());
            return false;
        }
        // 00:00:30 Beijing time (UTC+8) of the next day settles `day`.
        const HttpReply moved = setClock(fixture.http(), QDateTime(day, QTime(16, 0, 30), Qt::UTC));
        if (moved.status != 200) {
            *error = moved.describe();
            return false;
        }
        if (!fixture.signIn(error))
            return false;
        const bool counting = QTest::qWaitFor(
            [&] { return wallet(fixture, error).contains(QStringLiteral("lockAt")); },
            kSettleWaitMs);
        if (!counting && error->isEmpty())
            *error = QStringLiteral("no lock countdown after the day was settled");
        return counting;
    }

    // Recharges the demo wallet with its arrears plus ten average days: neither in arrears
    // nor low afterwards.
    static bool rechargeEnough(MainWindowFixture &fixture, QString *error)
    {
        const QJsonObject purse = wallet(fixture, error);
        if (!error->isEmpty())
            return false;
        const qint64 arrears = money::parseCents(purse.value(u"arrears").toString()).value_or(0);
        const qint64 average =
            money::parseCents(purse.value(u"averageDailyCharge").toString()).value_or(0);
        const HttpReply reply = fixture.http().post(
            QStringLiteral("/api/v1/sandbox/wallet/recharge"),
            {{QStringLiteral("amount"), money::amountText(arrears + 10 * average + 100)}});
        if (reply.status != 200) {
            *error = reply.describe();
            return false;
        }
        return true;
    }
};

} // namespace billing::test
