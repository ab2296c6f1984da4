#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace billing {

class BillLineListJob;
class BillingClient;
struct MonthStatement;

// Why a marketplace did not take a month's lines: for each instance of a statement whose
// lines failed or still wait to be pushed, the last refusal the server recorded on one of
// them (read from its failed, else pending, bill lines).
class PushReasons : public QObject
{
    Q_OBJECT

public:
    explicit PushReasons(BillingClient &client, QObject *parent = nullptr);

    // Forgets the reasons known and looks up those of `statement`'s payers.
    void load(const MonthStatement &statement);
    // The reason for a payer key ("aliyun:6227091"); empty when none is known.
    QString reason(const QString &payerKey) const { return m_reasons.value(payerKey); }

Q_SIGNALS:
    void reasonFound(const QString &payerKey, const QString &reason);

private:
    void drop();

    BillingClient &m_client;
    QList<QPointer<BillLineListJob>> m_jobs;
    QHash<QString, QString> m_reasons;
};

} // namespace billing
