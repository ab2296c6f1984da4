#pragma once

#include "BillLine.h"
#include "ClientError.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>

namespace billing {

class BillLineListJob;
class BillingClient;

// The bill lines of one day, for the Costs tab's "click a day". GET /api/v1/bill-lines has no
// day filter: the month's lines are read in their order (day first) until a later day
// appears, and the day's kept.
class DayLines : public QObject
{
    Q_OBJECT

public:
    explicit DayLines(BillingClient &client, QObject *parent = nullptr);

    // Loads the lines of `day`, replacing the ones shown.
    void show(const QDate &day);
    void clear();
    QDate day() const { return m_day; }
    bool isLoading() const { return !m_job.isNull(); }
    const QList<BillLine> &lines() const { return m_lines; }
    const ClientError &error() const { return m_error; }
    qint64 totalCents() const;

Q_SIGNALS:
    void changed();

private:
    void take(BillLineListJob *job);
    void dropJob();

    BillingClient &m_client;
    QPointer<BillLineListJob> m_job;
    QDate m_day;
    QList<BillLine> m_lines;
    ClientError m_error;
};

} // namespace billing
