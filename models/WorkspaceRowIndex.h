#pragma once

#include "Workspace.h"

#include <QByteArray>
#include <QStringList>

#include <string_view>
#include <vector>

namespace billing {

// The table's columnar side: per row, small integers and precomputed keys instead of
// QVariants, so that filtering and sorting 100 000 rows touch a few flat arrays.
//  - search text: case-folded name, id, Account ID and Instance ID as UTF-8, separated by
//    0x01, all rows in one buffer (a row updated with a longer text moves to its end);
//  - name sort key: the first 16 bytes of the folded name, big-endian, as two integers,
//    so most comparisons never touch the strings;
//  - site and language as indexes into small interned tables, method/status as bytes,
//    times as milliseconds since the epoch (-1: none).
class WorkspaceRowIndex
{
public:
    struct NameKey {
        quint64 high = 0;
        quint64 low = 0;
    };

    void clear();
    void reserve(qsizetype rows);
    qsizetype size() const { return qsizetype(m_method.size()); }

    // Indexes one more row; interns workspace.site/language so equal codes share storage.
    void append(Workspace &workspace);
    void update(qsizetype row, Workspace &workspace);

    const QStringList &siteCodes() const { return m_sites; }
    const QStringList &languages() const { return m_languages; }
    int siteIndexOf(const QString &code) const { return int(m_sites.indexOf(code)); }

    int site(qsizetype row) const { return m_site[size_t(row)]; }
    int language(qsizetype row) const { return m_language[size_t(row)]; }
    SettlementMethod method(qsizetype row) const { return SettlementMethod(m_method[size_t(row)]); }
    WorkspaceStatus serverStatus(qsizetype row) const
    {
        return WorkspaceStatus(m_status[size_t(row)]);
    }
    qint64 lockAtMs(qsizetype row) const { return m_lockAt[size_t(row)]; }
    qint64 sinceMs(qsizetype row) const { return m_since[size_t(row)]; }
    qint64 nextChangeMs(qsizetype row) const { return m_nextChange[size_t(row)]; }
    // The status as of `nowMs`: lock_pending turns locked once lockAt has passed.
    WorkspaceStatus status(qsizetype row, qint64 nowMs) const;

    const NameKey &nameKey(qsizetype row) const { return m_nameKey[size_t(row)]; }
    std::string_view foldedName(qsizetype row) const;
    std::string_view searchText(qsizetype row) const;
    bool textContains(qsizetype row, std::string_view needle) const
    {
        return searchText(row).find(needle) != std::string_view::npos;
    }
    // Strict weak order by folded name (then the caller breaks ties).
    int compareNames(qsizetype a, qsizetype b) const;

    // The needle for textContains(): trimmed, case-folded UTF-8 without control characters.
    static QByteArray foldNeedle(const QString &text);

private:
    struct TextSpan {
        quint32 offset = 0;
        quint32 length = 0;
        quint32 nameLength = 0;
    };
    static qint64 msecs(const QDateTime &time);
    void index(qsizetype row, Workspace &workspace, bool appending);
    quint8 intern(QStringList &table, QString &value);
    void compactIfWasteful();

    QStringList m_sites;
    QStringList m_languages;
    std::vector<quint8> m_site, m_language, m_method, m_status;
    std::vector<qint64> m_lockAt, m_since, m_nextChange;
    std::vector<NameKey> m_nameKey;
    std::vector<TextSpan> m_span;
    QByteArray m_text;
    qsizetype m_wasted = 0;
};

} // namespace billing
