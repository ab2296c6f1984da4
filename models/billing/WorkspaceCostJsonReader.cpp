#include "WorkspaceCostJsonReader.h"

#include "WorkspaceCosts.h"

#include <simdjson.h>

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace billing {
namespace {
using simdjson::dom::element;
using simdjson::dom::object;

bool fail(QString *error, const QString &field)
{
    if (error)
        *error = field;
    return false;
}

// "-12.30", "7.2", "15" in cents, as money::parseCents reads it, from the bytes.
std::optional<qint64> centsOf(std::string_view text)
{
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    const size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 16 || (dot != std::string_view::npos && fraction.empty())
        || fraction.size() > 2)
        return std::nullopt;
    qint64 value = 0;
    for (std::string_view part : {whole, fraction}) {
        for (char c : part) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
    }
    for (size_t i = fraction.size(); i < 2; ++i)
        value *= 10;
    return negative ? -value : value;
}

// A string member's text; empty when it is not a string.
std::string_view textOf(element value)
{
    std::string_view text;
    return value.get(text) == simdjson::SUCCESS ? text : std::string_view();
}

QString qstring(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Sites repeat on every row: one shared QString per code.
class SiteInterner
{
public:
    QString get(std::string_view text)
    {
        for (auto &[key, value] : m_entries) {
            if (key == text)
                return value;
        }
        QString value = qstring(text);
        if (m_entries.size() < 64)
            m_entries.emplace_back(std::string(text), value);
        return value;
    }

private:
    std::vector<std::pair<std::string, QString>> m_entries;
};

} // namespace

struct WorkspaceCostJsonReader::Private {
    simdjson::dom::parser parser;
    SiteInterner sites;
    std::vector<std::pair<std::string, int>> slotByCode; // item code → slot, as met

    int slotOf(std::string_view code, const WorkspaceCosts &costs)
    {
        for (const auto &[known, slot] : slotByCode) {
            if (known == code)
                return slot;
        }
        const int slot = costs.itemSlot(qstring(code));
        slotByCode.emplace_back(std::string(code), slot);
        return slot;
    }

    bool readRow(element value, WorkspaceCosts *out)
    {
        object members;
        if (value.get(members) != simdjson::SUCCESS)
            return false;
        std::string_view id, name, site, total;
        object byItem;
        bool hasItems = false;
        for (const auto field : members) {
            const std::string_view key = field.key;
            if (key == "workspaceId")
                id = textOf(field.value);
            else if (key == "name")
                name = textOf(field.value);
            else if (key == "site")
                site = textOf(field.value);
            else if (key == "total")
                total = textOf(field.value);
            else if (key == "byItem")
                hasItems = field.value.get(byItem) == simdjson::SUCCESS;
        }
        const auto totalCents = centsOf(total);
        if (id.empty() || site.empty() || !totalCents || !hasItems)
            return false;
        const qsizetype row =
            out->appendRow(qstring(id), qstring(name), sites.get(site), *totalCents);
        for (const auto item : byItem) {
            std::string_view amount;
            if (item.value.get(amount) != simdjson::SUCCESS)
                return false;
            const auto cents = centsOf(amount);
            if (!cents)
                return false;
            const int slot = slotOf(item.key, *out);
            if (slot >= 0)
                out->setItemCents(row, slot, *cents);
        }
        return true;
    }
};

WorkspaceCostJsonReader::WorkspaceCostJsonReader()
    : d(std::make_unique<Private>())
{}

WorkspaceCostJsonReader::~WorkspaceCostJsonReader() = default;

bool WorkspaceCostJsonReader::readPage(QByteArrayView json, WorkspaceCosts *out,
                                       QString *nextCursor, qint64 *total, QString *error)
{
    element root;
    if (d->parser.parse(json.data(), size_t(json.size())).get(root) != simdjson::SUCCESS)
        return fail(error, QStringLiteral("not JSON"));
    simdjson::dom::array items;
    if (root["items"].get(items) != simdjson::SUCCESS)
        return fail(error, QStringLiteral("items"));
    out->reserve(out->size() + qsizetype(items.size()));
    const qsizetype first = out->size();
    qsizetype index = 0;
    for (const element item : items) {
        if (!d->readRow(item, out)) {
            out->truncate(first);
            return fail(error, QStringLiteral("items[%1]").arg(index));
        }
        ++index;
    }
    std::string_view cursor;
    if (nextCursor)
        *nextCursor =
            root["nextCursor"].get(cursor) == simdjson::SUCCESS ? qstring(cursor) : QString();
    int64_t count = -1;
    if (total)
        *total = root["total"].get(count) == simdjson::SUCCESS ? count : -1;
    return true;
}

} // namespace billing
