#pragma once

#include "SettlementMethod.h"
#include "Workspace.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

namespace billing {

class WorkspaceTableModel;

// What the filter bar asks for. Empty lists mean "any".
struct WorkspaceFilter {
    QString text; // substring of name, workspace id, Account ID or Instance ID; any case
    QStringList sites;
    QList<SettlementMethod> methods;
    QList<WorkspaceStatus> statuses; // as of the model's clock (lock_pending past lockAt: locked)
    bool stagedOnly = false;

    bool isEmpty() const;
    // Every row this filter accepts is also accepted by `previous`, so it can be applied
    // to previous's result alone (the user typed one more character, ticked fewer sites…).
    bool narrows(const WorkspaceFilter &previous) const;
    bool operator==(const WorkspaceFilter &other) const = default;
};

// A filter compiled against one model: a folded UTF-8 needle and bit masks, so accepting a
// row reads a few bytes of the columnar index and, for text, one substring search.
class WorkspaceFilterMatcher
{
public:
    WorkspaceFilterMatcher(const WorkspaceFilter &filter, const WorkspaceTableModel &model);
    bool accepts(int row) const;

private:
    bool siteAllowed(int siteIndex) const;

    const WorkspaceTableModel &m_model;
    QByteArray m_needle;
    std::vector<char> m_sites; // by site index; empty: all
    QStringList m_siteCodes;
    unsigned m_methods = ~0u;
    unsigned m_statuses = ~0u;
    bool m_checkStatus = false;
    bool m_stagedOnly = false;
    qint64 m_nowMs = 0;
};

} // namespace billing
