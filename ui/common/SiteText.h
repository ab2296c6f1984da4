#pragma once

#include "SiteTable.h"

#include <QCoreApplication>

namespace billing {

// Site and provider names come from data (English); these are their translations.
class SiteText
{
    Q_DECLARE_TR_FUNCTIONS(billing::SiteText)

public:
    static QString siteName(const Site &site);
    static QString providerName(const Site &site);
    // "cn1 · China 1 (Hangzhou) · Alibaba Cloud", for a site picker.
    static QString pickerText(const Site &site);
};

} // namespace billing
