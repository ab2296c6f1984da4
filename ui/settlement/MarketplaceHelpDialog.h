#pragma once

#include "Branding.h"

#include <QDialog>

namespace billing {

// "How do I find these?": where the Account ID and the Product Instance ID come from,
// after the how-to sections of the product documentation, under the configured brand.
class MarketplaceHelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MarketplaceHelpDialog(const Branding &branding, QWidget *parent = nullptr);

    static QString helpHtml(const Branding &branding);
};

} // namespace billing
