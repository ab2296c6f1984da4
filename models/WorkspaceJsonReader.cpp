#include "WorkspaceJsonReader.h"

#include "SettlementBinding.h"

#include "Rfc3339.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <cstring>
#include <string>

#include <cmath>

namespace billing {
namespace {
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

template <typename Text> int digits(const Text &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const auto c = char16_t(QChar(text[size_t(i)]).unicode());
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DDTHH:MM:SSZ" exactly; an invalid QDateTime when the text has another form
// (*other set) or is not a valid time.
template <typename Text> QDateTime fixedFormTime(const Text &text, bool *other)
{
    *other = true;
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':'
        || text[16] != ':' || text[19] != 'Z')
        return {};
    const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2), minute = digits(text, 14, 2),
              second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59)
        return {};
    *other = false;
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    const qint64 days = date.toJulianDay() - 2440588; // 1970-01-01
    const qint64 msecs = ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Repeated short values (site, language, account and instance IDs) share one QString
// instead of allocating one per workspace.
class Interner
{
public:
    QString get(std::string_view text)
    {
        for (auto &[key, value] : m_entries) {
            if (key == text)
                return value;
        }
        QString value = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (m_entries.size() < 64)
            m_entries.emplace_back(std::string(text), value);
        return value;
    }

private:
    std::vector<std::pair<std::string, QString>> m_entries;
};

QString qstring(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A string member as QJsonValue::toString() reads it: anything else is empty.
QString stringOf(element value, Interner *interner = nullptr)
{
    std::string_view text;
    if (value.get(text) != simdjson::SUCCESS)
        return {};
    return interner ? interner->get(text) : qstring(text);
}

struct Interners {
    Interner site, language, method, status, accountId, instanceId;
};

bool fail(QString *error, const QString &field)
{
    if (error)
        *error = field;
    return false;
}

// null or absent: invalid time; a string that is not RFC 3339 (or any other type): error.
bool readTime(element value, bool present, QDateTime *out)
{
    if (!present || value.is_null()) {
        *out = {};
        return true;
    }
    std::string_view text;
    if (value.get(text) != simdjson::SUCCESS)
        return false;
    bool other = false;
    *out = fixedFormTime(text, &other);
    if (other)
        *out = rfc3339::parse(QString::fromUtf8(text.data(), qsizetype(text.size())));
    return out->isValid();
}

bool readSettlement(element value, Settlement *settlement, Interners &interners, QString *error)
{
    object members;
    if (value.get(members) != simdjson::SUCCESS)
        return fail(error, QStringLiteral("settlement.method"));
    QString method;
    element since;
    bool hasSince = false;
    for (const auto field : members) {
        const std::string_view key = field.key;
        if (key == "method")
            method = stringOf(field.value, &interners.method);
        else if (key == "aliyunAccountId")
            settlement->aliyunAccountId = stringOf(field.value, &interners.accountId);
        else if (key == "huaweiAccountId")
            settlement->huaweiAccountId = stringOf(field.value, &interners.accountId);
        else if (key == "instanceId")
            settlement->instanceId = stringOf(field.value, &interners.instanceId);
        else if (key == "subscriptionId")
            settlement->subscriptionId = stringOf(field.value, &interners.instanceId);
        else if (key == "since") {
            since = field.value;
            hasSince = true;
        }
    }
    const auto parsed = settlementMethodFromWire(method);
    if (!parsed)
        return fail(error, QStringLiteral("settlement.method"));
    settlement->method = *parsed;
    // Exactly the fields of the method (as settlementFromJson reads them).
    const QList<SettlementBinding::Field> fields = SettlementBinding::fieldsOf(settlement->method);
    for (SettlementBinding::Field field : SettlementBinding::allFields()) {
        if (!fields.contains(field))
            SettlementBinding::setValue(*settlement, field, {});
        else if (SettlementBinding::valueOf(*settlement, field).isEmpty())
            return fail(error, u"settlement." + SettlementBinding::wireKey(field));
    }
    if (!readTime(since, hasSince, &settlement->since))
        return fail(error, QStringLiteral("settlement.since"));
    return true;
}

std::optional<Workspace> readWorkspaceElement(element value, Interners &interners, QString *error)
{
    object members;
    if (value.get(members) != simdjson::SUCCESS) {
        fail(error, QStringLiteral("id"));
        return std::nullopt;
    }
    Workspace ws;
    element settlement, version, next, lockAt, created, updated;
    bool hasSettlement = false, hasVersion = false, hasNext = false, hasLock = false,
         hasCreated = false, hasUpdated = false;
    QString status;
    for (const auto field : members) {
        const std::string_view key = field.key;
        if (key == "id")
            ws.id = stringOf(field.value);
        else if (key == "name")
            ws.name = stringOf(field.value);
        else if (key == "site")
            ws.site = stringOf(field.value, &interners.site);
        else if (key == "language")
            ws.language = stringOf(field.value, &interners.language);
        else if (key == "status")
            status = stringOf(field.value, &interners.status);
        else if (key == "settlement")
            settlement = field.value, hasSettlement = true;
        else if (key == "version")
            version = field.value, hasVersion = true;
        else if (key == "nextChangeAllowedAt")
            next = field.value, hasNext = true;
        else if (key == "lockAt")
            lockAt = field.value, hasLock = true;
        else if (key == "createdAt")
            created = field.value, hasCreated = true;
        else if (key == "updatedAt")
            updated = field.value, hasUpdated = true;
    }
    if (ws.id.isEmpty() && !fail(error, QStringLiteral("id")))
        return std::nullopt;
    if (ws.site.isEmpty() && !fail(error, QStringLiteral("site")))
        return std::nullopt;
    if (!hasSettlement) {
        fail(error, QStringLiteral("settlement.method"));
        return std::nullopt;
    }
    if (!readSettlement(settlement, &ws.settlement, interners, error))
        return std::nullopt;
    const auto parsedStatus = workspaceStatusFromWire(status);
    if (!parsedStatus) {
        fail(error, QStringLiteral("status"));
        return std::nullopt;
    }
    ws.status = *parsedStatus;
    int64_t integer = 0;
    double real = 0;
    if (hasVersion && version.get(integer) == simdjson::SUCCESS) {
        ws.version = integer;
    } else if (hasVersion && version.get(real) == simdjson::SUCCESS) {
        // As QJsonValue::toInteger(): 0 unless a whole number within range (casting a double
        // outside qint64's range is undefined behaviour).
        const bool fits = real >= -0x1p63 && real < 0x1p63 && std::trunc(real) == real;
        ws.version = fits ? qint64(real) : 0;
    } else {
        fail(error, QStringLiteral("version"));
        return std::nullopt;
    }
    const std::pair<element, bool> times[] = {
        {next, hasNext}, {lockAt, hasLock}, {created, hasCreated}, {updated, hasUpdated}};
    QDateTime *targets[] = {&ws.nextChangeAllowedAt, &ws.lockAt, &ws.createdAt, &ws.updatedAt};
    const char *names[] = {"nextChangeAllowedAt", "lockAt", "createdAt", "updatedAt"};
    for (int i = 0; i < 4; ++i) {
        if (!readTime(times[i].first, times[i].second, targets[i])) {
            fail(error, QString::fromLatin1(names[i]));
            return std::nullopt;
        }
    }
    return ws;
}

// One result of a batch reply, as SettlementChangeResult::fromJson() reads it.
std::optional<SettlementChangeResult> readResultElement(element value, Interners &interners)
{
    object members;
    if (value.get(members) != simdjson::SUCCESS)
        return std::nullopt;
    SettlementChangeResult result;
    std::string_view status;
    element workspace, error;
    bool hasWorkspace = false, hasError = false;
    for (const auto field : members) {
        const std::string_view key = field.key;
        if (key == "workspaceId")
            result.workspaceId = stringOf(field.value);
        else if (key == "status") {
            if (field.value.get(status) != simdjson::SUCCESS)
                status = {};
        } else if (key == "workspace")
            workspace = field.value, hasWorkspace = true;
        else if (key == "error")
            error = field.value, hasError = true;
    }
    if (result.workspaceId.isEmpty() || (status != "applied" && status != "rejected"))
        return std::nullopt;
    result.applied = status == "applied";
    if (result.applied) {
        if (!hasWorkspace
            || !(result.workspace = readWorkspaceElement(workspace, interners, nullptr)))
            return std::nullopt;
    } else if (hasError && error.is_object()) {
        // Rare, small and of many shapes: the general reader.
        const std::string text = simdjson::minify(error);
        result.error = ApiError::fromJson(
            QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())))
                .object());
    } else {
        result.error = ApiError::fromJson({});
    }
    return result;
}
} // namespace

QDateTime parseRfc3339Fast(QStringView text)
{
    bool other = false;
    const QDateTime time = fixedFormTime(text, &other);
    return other ? rfc3339::parse(text) : time;
}

struct WorkspaceJsonReader::Private {
    simdjson::dom::parser parser;
    Interners interners;
    std::string line; // one line and simdjson's padding

    bool parse(QByteArrayView json, element *root, QString *error)
    {
        if (parser.parse(json.data(), size_t(json.size())).get(*root) != simdjson::SUCCESS)
            return fail(error, QStringLiteral("not JSON"));
        return true;
    }

    bool readItems(element array, QList<Workspace> *out, int *skipped, QString *error)
    {
        simdjson::dom::array items;
        if (array.get(items) != simdjson::SUCCESS)
            return fail(error, QStringLiteral("items"));
        out->reserve(out->size() + qsizetype(items.size()));
        for (const element item : items) {
            if (auto workspace = readWorkspaceElement(item, interners, nullptr))
                out->append(std::move(*workspace));
            else if (skipped)
                ++*skipped;
        }
        return true;
    }
};

WorkspaceJsonReader::WorkspaceJsonReader()
    : d(std::make_unique<Private>())
{}

WorkspaceJsonReader::~WorkspaceJsonReader() = default;

bool WorkspaceJsonReader::readPage(QByteArrayView json, WorkspacePage *page, QString *error)
{
    element root;
    object members;
    if (!d->parse(json, &root, error))
        return false;
    if (root.get(members) != simdjson::SUCCESS)
        return fail(error, QStringLiteral("items"));
    element items;
    if (members["items"].get(items) != simdjson::SUCCESS)
        return fail(error, QStringLiteral("items"));
    if (!d->readItems(items, &page->items, &page->skipped, error))
        return false;
    element cursor;
    if (members["nextCursor"].get(cursor) == simdjson::SUCCESS)
        page->nextCursor = stringOf(cursor);
    element token;
    if (members["syncToken"].get(token) == simdjson::SUCCESS)
        page->syncToken = stringOf(token);
    int64_t total = -1;
    if (members["total"].get(total) == simdjson::SUCCESS)
        page->total = total;
    return true;
}

bool WorkspaceJsonReader::readArray(QByteArrayView json, QList<Workspace> *out, int *skipped,
                                    QString *error)
{
    element root;
    if (!d->parse(json, &root, error))
        return false;
    return d->readItems(root, out, skipped, error);
}

bool WorkspaceJsonReader::readObjectWithList(QByteArrayView json, const char *listMember,
                                             QList<Workspace> *out, int *skipped,
                                             QVariantMap *otherMembers, QString *error)
{
    element root;
    object members;
    if (!d->parse(json, &root, error))
        return false;
    if (root.get(members) != simdjson::SUCCESS)
        return fail(error, QString::fromLatin1(listMember));
    bool listFound = false;
    for (const auto field : members) {
        const QString key = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
        if (field.key == listMember) {
            listFound = true;
            if (!d->readItems(field.value, out, skipped, error))
                return false;
            continue;
        }
        switch (field.value.type()) {
        case simdjson::dom::element_type::STRING:
            otherMembers->insert(key, stringOf(field.value));
            break;
        case simdjson::dom::element_type::INT64:
            otherMembers->insert(key, qint64(int64_t(field.value)));
            break;
        case simdjson::dom::element_type::UINT64:
            otherMembers->insert(key, quint64(uint64_t(field.value)));
            break;
        case simdjson::dom::element_type::BOOL:
            otherMembers->insert(key, bool(field.value));
            break;
        default: // null, doubles and nested values: not a member of a copy's head
            break;
        }
    }
    return listFound || fail(error, QString::fromLatin1(listMember));
}

void WorkspaceJsonReader::readLines(QByteArrayView lines, QList<Workspace> *out, int *skipped)
{
    qsizetype start = 0;
    while (start < lines.size()) {
        const char *begin = lines.data() + start;
        const auto *newline =
            static_cast<const char *>(std::memchr(begin, '\n', size_t(lines.size() - start)));
        const size_t length = newline ? size_t(newline - begin) : size_t(lines.size() - start);
        start += qsizetype(length) + 1;
        if (length == 0)
            continue;
        if (d->line.size() < length + simdjson::SIMDJSON_PADDING)
            d->line.resize(length + simdjson::SIMDJSON_PADDING);
        std::memcpy(d->line.data(), begin, length);
        element root;
        std::optional<Workspace> workspace;
        if (d->parser.parse(d->line.data(), length, false).get(root) == simdjson::SUCCESS)
            workspace = readWorkspaceElement(root, d->interners, nullptr);
        if (workspace)
            out->append(std::move(*workspace));
        else
            ++*skipped;
    }
}

std::optional<Workspace> WorkspaceJsonReader::readWorkspace(QByteArrayView json, QString *error)
{
    element root;
    if (!d->parse(json, &root, error))
        return std::nullopt;
    return readWorkspaceElement(root, d->interners, error);
}

bool WorkspaceJsonReader::readSettlementResults(QByteArrayView json,
                                                QList<SettlementChangeResult> *out, QString *error)
{
    element root;
    simdjson::dom::array results;
    if (!d->parse(json, &root, error))
        return false;
    if (root["results"].get(results) != simdjson::SUCCESS)
        return fail(error, QStringLiteral("results"));
    out->reserve(out->size() + qsizetype(results.size()));
    for (const element item : results) {
        auto result = readResultElement(item, d->interners);
        if (!result)
            return fail(error, QStringLiteral("results[%1]").arg(out->size()));
        out->append(std::move(*result));
    }
    return true;
}

} // namespace billing
