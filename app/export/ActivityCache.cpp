#include "ActivityCache.h"

#include "ActivityPeriod.h"
#include "ExportLog.h"
#include "Rfc3339.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace billing {
namespace {
// The messages' translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct CacheText {
    Q_DECLARE_TR_FUNCTIONS(billing::ActivityCache)
};

// The server's order is newest first and, at equal times, the later write first; only it
// knows the writes' order, so a stable sort keeps the order of what it sent.
void sortNewestFirst(QList<SettlementEvent> &events)
{
    std::stable_sort(
        events.begin(), events.end(),
        [](const SettlementEvent &a, const SettlementEvent &b) { return a.at > b.at; });
}

// Sorted, with overlapping and touching periods joined.
QList<ActivityCache::Period> joined(QList<ActivityCache::Period> periods)
{
    std::sort(periods.begin(), periods.end(),
              [](const auto &a, const auto &b) { return a.since < b.since; });
    QList<ActivityCache::Period> result;
    for (const ActivityCache::Period &period : std::as_const(periods)) {
        if (!result.isEmpty() && period.since <= result.last().until)
            result.last().until = std::max(result.last().until, period.until);
        else
            result.append(period);
    }
    return result;
}

QByteArray toBytes(const ActivityCache::Contents &contents, QByteArray bytes)
{
    bytes += ",\"complete\":";
    QJsonArray complete;
    for (const ActivityCache::Period &period : contents.complete)
        complete.append(QJsonObject{{QStringLiteral("since"), rfc3339::toJson(period.since)},
                                    {QStringLiteral("until"), rfc3339::toJson(period.until)}});
    bytes += QJsonDocument(complete).toJson(QJsonDocument::Compact);
    bytes += ",\"events\":[";
    for (qsizetype i = 0; i < contents.events.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += QJsonDocument(contents.events.at(i).toJson()).toJson(QJsonDocument::Compact);
    }
    bytes += "]}";
    return bytes;
}
} // namespace

QList<SettlementEvent> ActivityCache::Contents::select(const AuditFilter &filter) const
{
    QList<SettlementEvent> selected;
    std::copy_if(events.cbegin(), events.cend(), std::back_inserter(selected),
                 [&filter](const SettlementEvent &event) { return filter.matches(event); });
    return selected;
}

bool ActivityCache::Contents::holdsAllOf(const QDateTime &since, const QDateTime &until) const
{
    const QDateTime end = until.isValid() ? std::min(until, syncedAt) : syncedAt;
    QDateTime covered = since.isValid() ? since : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    for (const Period &period : complete) {
        if (covered >= end)
            break;
        if (period.since <= covered && period.until > covered)
            covered = period.until;
    }
    return covered >= end;
}

ActivityCache::ActivityCache(const QString &directory, const QUrl &server, const QString &username)
    : m_file(directory, server, username,
             {QStringLiteral("activity"), QStringLiteral("billing-desk.activity-cache"), 1})
{}

QString ActivityCache::filePath() const
{
    return m_file.filePath();
}

bool ActivityCache::record(const AuditFilter &filter, const QList<SettlementEvent> &events,
                           const QDateTime &readAt, QString *error)
{
    QString unreadable;
    Contents contents = load(&unreadable).value_or(Contents{});
    if (!unreadable.isEmpty())
        qCWarning(lcExport) << "replacing an unreadable activity copy:" << unreadable;
    contents.syncedAt = readAt;

    // This read first, in the server's order, then what only earlier reads returned.
    QSet<QString> read;
    read.reserve(events.size());
    for (const SettlementEvent &event : events)
        read.insert(event.id);
    QList<SettlementEvent> merged = events;
    for (const SettlementEvent &event : std::as_const(contents.events)) {
        if (!read.contains(event.id))
            merged.append(event);
    }
    sortNewestFirst(merged);
    contents.events = std::move(merged);

    if (!narrowsThePeriod(filter)) {
        // Open ends: from the first event there can be, to the moment the read began.
        Period read{filter.since.isValid() ? filter.since
                                           : QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                    filter.until.isValid() ? std::min(filter.until, readAt) : readAt};
        if (read.since < read.until) {
            contents.complete.append(read);
            contents.complete = joined(contents.complete);
        }
    }

    QString cause;
    if (!m_file.write(toBytes(contents, m_file.beginObject(readAt)), &cause)) {
        if (error)
            *error = CacheText::tr("Cannot write the offline copy of the activity %1: %2")
                         .arg(QDir::toNativeSeparators(filePath()), cause);
        qCWarning(lcExport) << "cannot write activity copy" << filePath() << cause;
        return false;
    }
    qCDebug(lcExport) << "activity copy holds" << contents.events.size() << "events";
    return true;
}

std::optional<ActivityCache::Contents> ActivityCache::load(QString *error) const
{
    if (error)
        error->clear();
    const auto fail = [&](const QString &reason) -> std::optional<Contents> {
        if (error)
            *error = CacheText::tr("The offline copy of the activity %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(filePath()), reason);
        qCWarning(lcExport) << "unreadable activity copy" << filePath() << reason;
        return std::nullopt;
    };
    QString cause;
    const auto read = m_file.read(&cause);
    if (!read)
        return cause.isEmpty() ? std::nullopt : fail(cause);

    if (!read->root.value(u"complete").isArray() || !read->root.value(u"events").isArray())
        return fail(CacheText::tr("the list of events is missing"));
    Contents contents;
    contents.syncedAt = read->syncedAt;
    for (const QJsonValue &value : read->root.value(u"complete").toArray()) {
        const Period period{rfc3339::parse(value[u"since"].toString()),
                            rfc3339::parse(value[u"until"].toString())};
        if (!period.since.isValid() || !period.until.isValid() || period.until <= period.since)
            return fail(CacheText::tr("a period has no valid start or end"));
        contents.complete.append(period);
    }
    contents.complete = joined(contents.complete);
    const QJsonArray list = read->root.value(u"events").toArray();
    contents.events.reserve(list.size());
    for (const QJsonValue &value : list) {
        QString field;
        auto event = SettlementEvent::fromJson(value.toObject(), &field);
        if (!event)
            return fail(CacheText::tr("an event has an invalid %1").arg(field));
        contents.events.append(std::move(*event));
    }
    sortNewestFirst(contents.events);
    return contents;
}

} // namespace billing
