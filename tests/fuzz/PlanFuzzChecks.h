#pragma once

// What both plan targets (JSON and CSV) require of a read plan: every issue explains itself,
// the validator copes with whatever rows came out, and a row with no issue has a target.
#include "FuzzSupport.h"

#include <PlanReader.h>
#include <PlanValidator.h>
#include <SiteTable.h>

namespace billing::fuzz {

inline void checkReadPlan(const PlanReadResult &result)
{
    for (const PlanIssue &issue : result.issues) {
        require(!issue.message.isEmpty());
        issue.toString();
    }
    const PlanValidator validator(SiteTable::builtIn(), {SettlementMethod::Aws});
    for (const PlanIssue &issue : validator.validate(result.plan))
        require(!issue.message.isEmpty() && issue.line >= 0);
    for (const PlanRow &row : result.plan.rows) {
        if (!validator.validateRow(row).isEmpty())
            continue;
        const auto target = PlanValidator::targetOf(row);
        require(target.has_value());
        // The fields come out normalised: the API reads them back unchanged.
        require(SettlementChange::fromJson(target->toJson(true)) == target);
    }
}

} // namespace billing::fuzz
