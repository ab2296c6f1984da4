#include "MarketplaceHelpDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace billing {
namespace {
QString section(const QString &title, const QStringList &paragraphs, bool numbered = false)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(title);
    if (numbered) {
        html += QStringLiteral("<ol>");
        for (const QString &paragraph : paragraphs)
            html += QStringLiteral("<li>%1</li>").arg(paragraph);
        return html + QStringLiteral("</ol>");
    }
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph);
    return html;
}
} // namespace

MarketplaceHelpDialog::MarketplaceHelpDialog(const Branding &branding, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aliyunHelpDialog"));
    setWindowTitle(tr("How do I find these?"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("helpTextBrowser"));
    browser->setAccessibleName(tr("Help"));
    browser->setOpenExternalLinks(true);
    browser->setHtml(helpHtml(branding));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString MarketplaceHelpDialog::helpHtml(const Branding &branding)
{
    const QString brand = branding.brandName.toHtmlEscaped();
    const QString market = branding.marketplaceProductUrl.toString(QUrl::FullyEncoded);
    QString html;
    html += section(
        tr("Activate %1 on Alibaba Cloud Market").arg(brand),
        {tr("Log in to <a href=\"%1\">Alibaba Cloud Market</a> and click <b>Activate Now</b> on "
            "the %2 product page.")
             .arg(market, brand),
         tr("When asked to <b>activate the pay-as-you-go service</b>, agree to the terms and "
            "click <b>Activate</b>."),
         tr("<b>Activation Request Submitted</b> is shown. Click <b>Confirm</b>: the cloud "
            "market shows your activated %1 instance.")
             .arg(brand)},
        true);
    html += section(
        tr("Account ID"),
        {tr("Log in to <a href=\"https://www.aliyun.com\">Alibaba Cloud</a> with the main "
            "account and open the console. Click the account avatar in the upper right corner: "
            "the Account ID (16 digits) is shown there."),
         tr("A RAM sub-account is shown as <i>name@UID</i>; paste it as it is, the UID after @ "
            "is kept.")});
    html += section(
        tr("Product Instance ID"),
        {tr("After you confirm the activation of %1, Alibaba Cloud shows the list of purchased "
            "services. Below the %1 service you can see the product's <b>Instance ID</b>. Copy "
            "it into <b>Product Instance ID</b>.")
             .arg(brand)});
    html += section(tr("Check before you go on"),
                    {tr("<b>Verify</b> looks the instance up: it shows whether it is opened, "
                        "expired or released, and whether it belongs to the Account ID you "
                        "entered. One Alibaba Cloud account can settle many workspaces on many "
                        "sites.")});
    return html;
}

} // namespace billing
