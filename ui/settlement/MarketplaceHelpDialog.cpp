#include "MarketplaceHelpDialog.h"

#include "MarketplaceHelpText.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace billing {

MarketplaceHelpDialog::MarketplaceHelpDialog(const Branding &branding, SettlementMethod marketplace,
                                             QWidget *parent)
    : QDialog(parent)
    , m_branding(branding)
    , m_marketplace(marketplace)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("marketplaceHelpDialog"));
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setAccessibleName(tr("Help"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(600, 560);
    setMarketplace(marketplace);
}

void MarketplaceHelpDialog::showFor(QPointer<MarketplaceHelpDialog> &dialog,
                                    const Branding &branding, SettlementMethod marketplace,
                                    QWidget *parent)
{
    if (!dialog) {
        dialog = new MarketplaceHelpDialog(branding, marketplace, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else if (dialog->marketplace() != marketplace) {
        dialog->setMarketplace(marketplace);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MarketplaceHelpDialog::setMarketplace(SettlementMethod marketplace)
{
    m_marketplace = marketplace;
    setWindowTitle(MarketplaceHelpText::title(marketplace));
    m_browser->setHtml(MarketplaceHelpText::html(m_branding, marketplace));
}

} // namespace billing
