#include "WorkspaceOverview.h"

#include "WorkspaceTableModel.h"

#include <algorithm>
#include <vector>

namespace billing {
namespace {
constexpr qint64 kDayMs = 86'400'000;
} // namespace

int WorkspaceOverview::SiteCounts::total() const
{
    int sum = 0;
    for (const int count : perMethod)
        sum += count;
    return sum;
}

int WorkspaceOverview::ComingLock::daysLeft(qint64 nowMs) const
{
    return static_cast<int>((lockAtMs - nowMs + kDayMs - 1) / kDayMs);
}

int WorkspaceOverview::count(const QString &siteCode, SettlementMethod method) const
{
    for (const auto &site : sites) {
        if (site.siteCode == siteCode)
            return site.perMethod[static_cast<size_t>(method)];
    }
    return 0;
}

WorkspaceOverview WorkspaceOverview::fromModel(const WorkspaceTableModel &model, qint64 nowMs)
{
    const WorkspaceRowIndex &index = model.rowIndex();
    const QStringList &siteCodes = index.siteCodes();
    std::vector<std::array<int, kMethodCount>> perSite(static_cast<size_t>(siteCodes.size()));
    std::vector<int> lockRows;
    for (qsizetype row = 0; row < index.size(); ++row) {
        const int site = index.site(row);
        if (site >= 0 && static_cast<size_t>(site) < perSite.size())
            ++perSite[static_cast<size_t>(site)][static_cast<size_t>(index.method(row))];
        if (index.status(row, nowMs) == WorkspaceStatus::LockPending && index.lockAtMs(row) >= 0)
            lockRows.push_back(static_cast<int>(row));
    }

    WorkspaceOverview overview;
    overview.workspaceCount = static_cast<int>(index.size());
    for (qsizetype site = 0; site < siteCodes.size(); ++site) {
        SiteCounts counts{siteCodes.at(site), perSite[static_cast<size_t>(site)]};
        if (counts.total() > 0)
            overview.sites.append(counts);
    }
    std::sort(overview.sites.begin(), overview.sites.end(),
              [](const SiteCounts &a, const SiteCounts &b) { return a.siteCode < b.siteCode; });

    std::sort(lockRows.begin(), lockRows.end(), [&index](int a, int b) {
        return index.lockAtMs(a) != index.lockAtMs(b) ? index.lockAtMs(a) < index.lockAtMs(b)
                                                      : a < b;
    });
    overview.comingLocks.reserve(static_cast<qsizetype>(lockRows.size()));
    for (const int row : lockRows) {
        const Workspace &workspace = model.workspace(row);
        overview.comingLocks.append(
            {row, workspace.id, workspace.name, workspace.site, index.lockAtMs(row)});
    }
    return overview;
}

} // namespace billing
