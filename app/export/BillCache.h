#pragma once

#include "BillLine.h"
#include "ProfileCacheFile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace billing {

// The offline copy of one profile's bill of one month (docs/export.md): every line of the
// month as last read from the server, one JSON file per profile and month next to the
// workspace cache, written atomically, stamped with the read.
class BillCache
{
public:
    struct Contents {
        QDateTime syncedAt; // when the read began
        QList<BillLine> lines;
    };

    BillCache(const QString &directory, const QUrl &server, const QString &username,
              const QString &month);

    // Replaces the month's copy. False with *error (translated) when the file cannot be
    // written; the old copy then stays as it was.
    bool save(const QList<BillLine> &lines, const QDateTime &syncedAt, QString *error = nullptr);
    // Nullopt when there is no copy (error stays empty) or it cannot be read (error set).
    std::optional<Contents> load(QString *error = nullptr) const;
    QString filePath() const { return m_file.filePath(); }
    QString month() const { return m_month; }

private:
    ProfileCacheFile m_file;
    QString m_month;
};

} // namespace billing
