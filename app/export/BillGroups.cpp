#include "BillGroups.h"

#include "BillingCatalogue.h"
#include "ExactDecimal.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace billing {
namespace {
constexpr std::array<std::pair<BillGrouping, const char16_t *>, 5> kGroupings{{
    {BillGrouping::Payer, u"payer"},
    {BillGrouping::Item, u"item"},
    {BillGrouping::Site, u"site"},
    {BillGrouping::Workspace, u"workspace"},
    {BillGrouping::Line, u"line"},
}};

// push_failed > pending_push > pushed (the statement's rule); charged is the wallet's.
int severity(BillLineStatus status)
{
    switch (status) {
    case BillLineStatus::Charged:
        return 0;
    case BillLineStatus::Pushed:
        return 1;
    case BillLineStatus::PendingPush:
        return 2;
    case BillLineStatus::PushFailed:
        return 3;
    }
    return 0;
}

QString keyOf(const BillLine &line, BillGrouping grouping)
{
    switch (grouping) {
    case BillGrouping::Payer:
        return line.payerKey();
    case BillGrouping::Item:
        return line.item;
    case BillGrouping::Site:
        return line.site;
    case BillGrouping::Workspace:
        return line.workspaceId;
    case BillGrouping::Line:
        break;
    }
    return line.id;
}

BillGroup groupOf(const BillLine &line, BillGrouping grouping)
{
    BillGroup group;
    switch (grouping) {
    case BillGrouping::Payer:
        group.payerMethod = line.payerMethod;
        group.payerInstanceId = line.payerInstanceId;
        group.status = line.status;
        break;
    case BillGrouping::Item:
        group.item = line.item;
        group.unit = line.unit;
        break;
    case BillGrouping::Workspace:
        group.workspaceId = line.workspaceId;
        group.workspaceName = line.workspaceName;
        group.site = line.site;
        break;
    case BillGrouping::Site:
        group.site = line.site;
        break;
    case BillGrouping::Line:
        break;
    }
    return group;
}

void sortGroups(QList<BillGroup> &groups, BillGrouping grouping)
{
    const auto &items = BillingCatalogue::builtIn().items();
    const auto itemRank = [&items](const QString &code) {
        const auto found =
            std::find_if(items.cbegin(), items.cend(),
                         [&code](const BillingItem &item) { return item.code == code; });
        return std::pair{found - items.cbegin(), code};
    };
    switch (grouping) {
    case BillGrouping::Payer:
        // As the statement lists them: the wallet, then by method and instance.
        std::stable_sort(groups.begin(), groups.end(), [](const BillGroup &a, const BillGroup &b) {
            const auto key = [](const BillGroup &group) {
                return std::tuple{group.payerMethod != SettlementMethod::BillingCenter,
                                  toWire(group.payerMethod), group.payerInstanceId};
            };
            return key(a) < key(b);
        });
        break;
    case BillGrouping::Item:
        std::stable_sort(groups.begin(), groups.end(), [&itemRank](const auto &a, const auto &b) {
            return itemRank(a.item) < itemRank(b.item);
        });
        break;
    case BillGrouping::Site:
        std::stable_sort(groups.begin(), groups.end(),
                         [](const auto &a, const auto &b) { return a.site < b.site; });
        break;
    case BillGrouping::Workspace:
    case BillGrouping::Line:
        break;
    }
}
} // namespace

QString toWire(BillGrouping grouping)
{
    for (const auto &[key, wire] : kGroupings) {
        if (key == grouping)
            return QString::fromUtf16(wire);
    }
    return {};
}

std::optional<BillGrouping> billGroupingFromWire(QStringView wire)
{
    for (const auto &[key, text] : kGroupings) {
        if (wire == QStringView(text))
            return key;
    }
    return std::nullopt;
}

QStringList billGroupingNames()
{
    QStringList names;
    for (const auto &entry : kGroupings)
        names.append(QString::fromUtf16(entry.second));
    return names;
}

QList<BillGroup> groupBillLines(const QList<BillLine> &lines, BillGrouping grouping)
{
    QList<BillGroup> groups;
    if (grouping == BillGrouping::Line)
        return groups;
    QHash<QString, qsizetype> indexOf;
    for (const BillLine &line : lines) {
        const QString key = keyOf(line, grouping);
        auto found = indexOf.constFind(key);
        if (found == indexOf.cend()) {
            found = indexOf.insert(key, groups.size());
            groups.append(groupOf(line, grouping));
        }
        BillGroup &group = groups[*found];
        group.amountCents += line.amountCents;
        ++group.lines;
        if (grouping == BillGrouping::Item)
            group.quantityE4 +=
                money::parseScaled(line.quantity, money::kQuantityPlaces).value_or(0);
        if (severity(line.status) > severity(group.status))
            group.status = line.status;
    }
    sortGroups(groups, grouping);
    return groups;
}

qint64 totalCents(const QList<BillLine> &lines)
{
    qint64 total = 0;
    for (const BillLine &line : lines)
        total += line.amountCents;
    return total;
}

QString quantityText(qint64 quantityE4)
{
    QString text = money::formatScaled(quantityE4, money::kQuantityPlaces);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace billing
