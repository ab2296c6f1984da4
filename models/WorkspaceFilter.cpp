#include "WorkspaceFilter.h"

#include "WorkspaceTableModel.h"

namespace billing {
namespace {
template <typename T> bool subsetOf(const QList<T> &narrower, const QList<T> &wider)
{
    if (wider.isEmpty())
        return true;
    if (narrower.isEmpty())
        return false;
    return std::all_of(narrower.cbegin(), narrower.cend(),
                       [&wider](const T &value) { return wider.contains(value); });
}
} // namespace

bool WorkspaceFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && sites.isEmpty() && methods.isEmpty() && statuses.isEmpty()
           && !stagedOnly;
}

bool WorkspaceFilter::narrows(const WorkspaceFilter &previous) const
{
    // A status filter depends on the clock (lock countdowns run out): never narrowed.
    if (!statuses.isEmpty() || !previous.statuses.isEmpty())
        return false;
    if (previous.stagedOnly && !stagedOnly)
        return false;
    if (!subsetOf(sites, previous.sites) || !subsetOf(methods, previous.methods))
        return false;
    return WorkspaceRowIndex::foldNeedle(text).contains(
        WorkspaceRowIndex::foldNeedle(previous.text));
}

WorkspaceFilterMatcher::WorkspaceFilterMatcher(const WorkspaceFilter &filter,
                                               const WorkspaceTableModel &model)
    : m_model(model)
    , m_needle(WorkspaceRowIndex::foldNeedle(filter.text))
    , m_siteCodes(filter.sites)
    , m_stagedOnly(filter.stagedOnly)
    , m_nowMs(model.now().toMSecsSinceEpoch())
{
    if (!filter.sites.isEmpty()) {
        const QStringList &codes = model.rowIndex().siteCodes();
        m_sites.resize(size_t(codes.size()), 0);
        for (qsizetype i = 0; i < codes.size(); ++i)
            m_sites[size_t(i)] = filter.sites.contains(codes.at(i));
    }
    if (!filter.methods.isEmpty()) {
        m_methods = 0;
        for (const SettlementMethod method : filter.methods)
            m_methods |= 1u << unsigned(method);
    }
    if (!filter.statuses.isEmpty()) {
        m_checkStatus = true;
        m_statuses = 0;
        for (const WorkspaceStatus status : filter.statuses)
            m_statuses |= 1u << unsigned(status);
    }
}

bool WorkspaceFilterMatcher::siteAllowed(int siteIndex) const
{
    if (m_siteCodes.isEmpty())
        return true;
    if (size_t(siteIndex) < m_sites.size())
        return m_sites[size_t(siteIndex)];
    // A site first seen after compiling (a later page): look it up by code.
    return m_siteCodes.contains(m_model.rowIndex().siteCodes().at(siteIndex));
}

bool WorkspaceFilterMatcher::accepts(int row) const
{
    const WorkspaceRowIndex &index = m_model.rowIndex();
    if (!siteAllowed(index.site(row)))
        return false;
    if (!(m_methods & (1u << unsigned(index.method(row)))))
        return false;
    if (m_checkStatus && !(m_statuses & (1u << unsigned(index.status(row, m_nowMs)))))
        return false;
    if (m_stagedOnly && m_model.stagedState(row) < 0)
        return false;
    return m_needle.isEmpty()
           || index.textContains(row,
                                 std::string_view(m_needle.constData(), size_t(m_needle.size())));
}

} // namespace billing
