#pragma once

#include "BillCache.h"
#include "BillLine.h"
#include "ClientError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace billing {

class BillingClient;
class BillLineListJob;

// Reads one month's bill lines for an export (docs/export.md): from the server through
// BillLineListJob, saving them as the month's offline copy, or from that copy. Which of the
// two is the caller's decision (the offline rules of `export`).
class BillReader : public QObject
{
    Q_OBJECT

public:
    struct Result {
        QList<BillLine> lines;
        QDateTime syncedAt; // from the copy: when it was read
        bool fromCache = false;
        QString notice;       // from the copy: how old it is (translated)
        QStringList warnings; // from the server: unreadable lines, a copy not updated
    };

    BillReader(const BillCache &cache, QObject *parent = nullptr);

    // Emits read() or failed() once.
    void readOnline(BillingClient &client);
    void abort();
    // The copy's lines. `reason` (why the copy is used) starts the notice. Nullopt with
    // *error (translated) when there is no copy (then *noCopy) or it is damaged.
    std::optional<Result> readCopy(const QString &reason, QString *error,
                                   bool *noCopy = nullptr) const;
    static Result fromCopy(const BillCache::Contents &copy, const QString &month,
                           const QString &reason);
    const BillCache &cache() const { return m_cache; }

Q_SIGNALS:
    void read(const billing::BillReader::Result &result);
    void failed(const billing::ClientError &error);

private:
    BillCache m_cache;
    QPointer<BillLineListJob> m_job;
};

} // namespace billing
