#include "BillCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(billing::BillCache)
};

ProfileCacheFile::Kind kindFor(const QString &month)
{
    return {u"bills-"_qs + month, u"billing-desk.bill-cache"_qs, 1};
}
} // namespace

BillCache::BillCache(const QString &directory, const QUrl &server, const QString &username,
                     const QString &month)
    : m_file(directory, server, username, kindFor(month))
    , m_month(month)
{}

bool BillCache::save(const QList<BillLine> &lines, const QDateTime &syncedAt, QString *error)
{
    QByteArray bytes = m_file.beginObject(syncedAt);
    bytes += ",\"month\":\"" + m_month.toUtf8() + "\",\"lines\":[";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += QJsonDocument(lines.at(i).toJson()).toJson(QJsonDocument::Compact);
    }
    bytes += "]}";
    QString cause;
    if (m_file.write(bytes, &cause))
        return true;
    if (error)
        *error = CacheText::tr("The offline copy of the bill %1 could not be written to %2: %3")
                     .arg(m_month, QDir::toNativeSeparators(filePath()), cause);
    return false;
}

std::optional<BillCache::Contents> BillCache::load(QString *error) const
{
    QString cause;
    const auto read = m_file.read(&cause);
    const auto fail = [&](const QString &reason) -> std::optional<Contents> {
        if (error)
            *error = CacheText::tr("The offline copy of the bill %1 (%2) cannot be used: %3")
                         .arg(m_month, QDir::toNativeSeparators(filePath()), reason);
        return std::nullopt;
    };
    if (!read) {
        if (cause.isEmpty()) {
            if (error)
                error->clear();
            return std::nullopt;
        }
        return fail(cause);
    }
    if (read->root.value(u"month").toString() != m_month)
        return fail(CacheText::tr("it holds another month"));
    Contents contents{read->syncedAt, {}};
    const QJsonArray lines = read->root.value(u"lines").toArray();
    contents.lines.reserve(lines.size());
    for (const QJsonValue &value : lines) {
        QString field;
        auto line = BillLine::fromJson(value.toObject(), &field);
        if (!line)
            return fail(CacheText::tr("a bill line has a bad %1").arg(field));
        contents.lines.append(std::move(*line));
    }
    return contents;
}

} // namespace billing
