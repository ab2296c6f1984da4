#pragma once

#include "Branding.h"
#include "SettlementMethod.h"

#include <QDialog>
#include <QPointer>

class QTextBrowser;

namespace billing {

// "How do I find these?" / "How do I subscribe?": for one marketplace, how to subscribe,
// where its IDs come from and how to cancel the subscription in its console (after the
// product documentation), under the configured brand. The text is MarketplaceHelpText's.
class MarketplaceHelpDialog : public QDialog
{
    Q_OBJECT

public:
    MarketplaceHelpDialog(const Branding &branding, SettlementMethod marketplace,
                          QWidget *parent = nullptr);

    // The help of `marketplace` in `dialog`, made on first use (a child of `parent`, deleted
    // on close), raised when already open.
    static void showFor(QPointer<MarketplaceHelpDialog> &dialog, const Branding &branding,
                        SettlementMethod marketplace, QWidget *parent);

    SettlementMethod marketplace() const { return m_marketplace; }
    void setMarketplace(SettlementMethod marketplace);

private:
    Branding m_branding;
    SettlementMethod m_marketplace;
    QTextBrowser *m_browser;
};

} // namespace billing
