#pragma once

#include "Workspace.h"

#include <QCoreApplication>

namespace billing {

// A settlement's marketplace binding in words: "Account ID …, Product Instance ID …" for
// Alibaba Cloud, "Account ID …, Instance ID …" for Huawei Cloud, "Subscription …" for AWS
// and Azure; empty for the Billing Center account.
class BindingText
{
    Q_DECLARE_TR_FUNCTIONS(billing::BindingText)

public:
    static QString of(const Settlement &settlement);
};

} // namespace billing
