#include "WorkspaceRowIndex.h"

#include <cstring>

namespace billing {
namespace {
constexpr char kSeparator = '\x01';

WorkspaceRowIndex::NameKey nameKeyOf(std::string_view folded)
{
    unsigned char bytes[16] = {};
    std::memcpy(bytes, folded.data(), std::min<size_t>(folded.size(), sizeof bytes));
    WorkspaceRowIndex::NameKey key;
    for (int i = 0; i < 8; ++i) {
        key.high = (key.high << 8) | bytes[i];
        key.low = (key.low << 8) | bytes[8 + i];
    }
    return key;
}

// Case-folded UTF-8, without the separator. ASCII (ids, most names) takes a fast path
// with no temporary strings.
void appendFolded(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *target = out.data() + start;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            out.truncate(start);
            out += text.toCaseFolded().toUtf8().replace(kSeparator, ' ');
            return;
        }
        *target++ = u == kSeparator ? ' ' : char(u >= 'A' && u <= 'Z' ? u + 32 : u);
    }
}
} // namespace

void WorkspaceRowIndex::clear()
{
    *this = WorkspaceRowIndex();
}

void WorkspaceRowIndex::reserve(qsizetype rows)
{
    const auto n = size_t(rows);
    for (auto *column : {&m_site, &m_language, &m_method, &m_status})
        column->reserve(n);
    for (auto *column : {&m_lockAt, &m_since, &m_nextChange})
        column->reserve(n);
    m_nameKey.reserve(n);
    m_span.reserve(n);
    m_text.reserve(rows * 64);
}

qint64 WorkspaceRowIndex::msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

quint8 WorkspaceRowIndex::intern(QStringList &table, QString &value)
{
    qsizetype at = table.indexOf(value);
    if (at < 0) {
        at = table.size();
        table.append(value);
    }
    Q_ASSERT(at < 256);
    value = table.at(at); // share the interned string's storage
    return quint8(at);
}

void WorkspaceRowIndex::append(Workspace &workspace)
{
    index(size(), workspace, true);
}

void WorkspaceRowIndex::update(qsizetype row, Workspace &workspace)
{
    index(row, workspace, false);
}

void WorkspaceRowIndex::index(qsizetype row, Workspace &workspace, bool appending)
{
    const auto put = [appending, row](auto &column, auto value) {
        if (appending)
            column.push_back(value);
        else
            column[size_t(row)] = value;
    };
    put(m_site, intern(m_sites, workspace.site));
    put(m_language, intern(m_languages, workspace.language));
    put(m_method, quint8(workspace.settlement.method));
    put(m_status, quint8(workspace.status));
    put(m_lockAt, msecs(workspace.lockAt));
    put(m_since, msecs(workspace.settlement.since));
    put(m_nextChange, msecs(workspace.nextChangeAllowedAt));

    const qsizetype start = m_text.size();
    appendFolded(m_text, workspace.name);
    const auto nameLength = quint32(m_text.size() - start);
    for (const QString *part :
         {&workspace.id, &workspace.settlement.aliyunAccountId, &workspace.settlement.instanceId}) {
        m_text += kSeparator;
        appendFolded(m_text, *part);
    }
    const TextSpan span{quint32(start), quint32(m_text.size() - start), nameLength};
    if (!appending)
        m_wasted += m_span[size_t(row)].length;
    put(m_span, span);
    put(m_nameKey, nameKeyOf(foldedName(row)));
    if (!appending)
        compactIfWasteful();
}

void WorkspaceRowIndex::compactIfWasteful()
{
    if (m_wasted < 4096 || m_wasted * 2 < m_text.size())
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_wasted);
    for (TextSpan &span : m_span) {
        const auto offset = quint32(text.size());
        text.append(m_text.constData() + span.offset, span.length);
        span.offset = offset;
    }
    m_text = std::move(text);
    m_wasted = 0;
}

WorkspaceStatus WorkspaceRowIndex::status(qsizetype row, qint64 nowMs) const
{
    const WorkspaceStatus status = serverStatus(row);
    if (status == WorkspaceStatus::LockPending && lockAtMs(row) >= 0 && nowMs >= lockAtMs(row))
        return WorkspaceStatus::Locked;
    return status;
}

std::string_view WorkspaceRowIndex::foldedName(qsizetype row) const
{
    const TextSpan &span = m_span[size_t(row)];
    return {m_text.constData() + span.offset, span.nameLength};
}

std::string_view WorkspaceRowIndex::searchText(qsizetype row) const
{
    const TextSpan &span = m_span[size_t(row)];
    return {m_text.constData() + span.offset, span.length};
}

int WorkspaceRowIndex::compareNames(qsizetype a, qsizetype b) const
{
    const NameKey &ka = nameKey(a), &kb = nameKey(b);
    if (ka.high != kb.high)
        return ka.high < kb.high ? -1 : 1;
    if (ka.low != kb.low)
        return ka.low < kb.low ? -1 : 1;
    const int order = foldedName(a).compare(foldedName(b));
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

QByteArray WorkspaceRowIndex::foldNeedle(const QString &text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c.category() != QChar::Other_Control)
            cleaned.append(c);
    }
    return cleaned.toCaseFolded().toUtf8();
}

} // namespace billing
