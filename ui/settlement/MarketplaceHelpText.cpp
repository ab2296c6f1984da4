#include "MarketplaceHelpText.h"

#include <QStringList>

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

QString MarketplaceHelpText::title(SettlementMethod marketplace)
{
    switch (marketplace) {
    case SettlementMethod::Aliyun:
    case SettlementMethod::Huawei:
        return tr("How do I find these?");
    case SettlementMethod::Aws:
    case SettlementMethod::Azure:
    case SettlementMethod::BillingCenter:
        break;
    }
    return tr("How do I subscribe?");
}

QString MarketplaceHelpText::html(const Branding &branding, SettlementMethod marketplace)
{
    const QString brand = branding.brandName.toHtmlEscaped();
    switch (marketplace) {
    case SettlementMethod::Aliyun:
        return aliyun(brand, branding.marketplaceProductUrl.toString(QUrl::FullyEncoded));
    case SettlementMethod::Huawei:
        return huawei(brand);
    case SettlementMethod::Aws:
        return aws(brand);
    case SettlementMethod::Azure:
        return azure(brand);
    case SettlementMethod::BillingCenter:
        break;
    }
    return {};
}

QString MarketplaceHelpText::afterCancelling(const QString &brand)
{
    return tr("<b>What happens then:</b> the %1 Billing Center unbinds every workspace settled "
              "through this subscription and switches it to the %1 Billing Center account. "
              "You receive an email listing them, and each workspace's history records the "
              "change.")
        .arg(brand);
}

QString MarketplaceHelpText::claiming(const QString &brand)
{
    return section(
        tr("Bind the subscription in Billing Desk"),
        {tr("After you subscribe, the marketplace sends you to the %1 page, which shows a "
            "<b>claim code</b> (XXXX-XXXX, valid for 30 minutes, used once) and a link that "
            "opens Billing Desk.")
             .arg(brand),
         tr("Click the link, or paste the code in <b>Workspace → Bind marketplace "
            "subscription…</b> (or in the registration's claim code field). The subscription "
            "then belongs to your account and can settle any number of workspaces.")});
}

QString MarketplaceHelpText::aliyun(const QString &brand, const QString &market)
{
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
    html += section(
        tr("Cancel the subscription"),
        {tr("In the Alibaba Cloud console, open <b>Cloud Market &gt; Purchased Services</b>."),
         tr("Find the %1 instance and click <b>Close</b> at its top right corner.").arg(brand),
         tr("In the <b>Business Closure</b> dialog, click <b>Confirm</b>. The instance is "
            "marked <b>Closed</b>: the subscription to %1 is cancelled on Alibaba Cloud.")
             .arg(brand)},
        true);
    return html + QStringLiteral("<p>%1</p>").arg(afterCancelling(brand));
}

QString MarketplaceHelpText::huawei(const QString &brand)
{
    QString html;
    html += section(
        tr("Buy %1 in Huawei Cloud KooGallery").arg(brand),
        {tr("Log in to <a href=\"https://www.huaweicloud.com\">Huawei Cloud</a>, open "
            "<b>KooGallery</b> (云商店), find %1 and click <b>Buy Now</b>.")
             .arg(brand),
         tr("Choose the specification, agree to the terms and pay. KooGallery then lists the "
            "purchase under <b>My KooGallery &gt; Purchased Services</b> (我的云商店 &gt; "
            "已购买的服务).")},
        true);
    html += section(
        tr("Account ID"),
        {tr("In the Huawei Cloud console, hover over your account name in the upper right "
            "corner and choose <b>My Credentials</b> (我的凭证). The <b>Account ID</b> (账号ID) "
            "has 32 characters, digits and the letters a-f; paste it as it is, upper-case "
            "letters and surrounding spaces are fixed.")});
    html +=
        section(tr("Instance ID"),
                {tr("In <b>My KooGallery &gt; Purchased Services</b>, the %1 purchase shows its "
                    "<b>Instance ID</b>. Copy it into <b>Instance ID</b>.")
                     .arg(brand)});
    html += section(tr("Check before you go on"),
                    {tr("<b>Verify</b> looks the instance up: it shows whether it is opened, "
                        "expired or released, and whether it belongs to the Account ID you "
                        "entered.")});
    html += section(
        tr("Cancel the subscription"),
        {tr("Open <b>KooGallery &gt; My KooGallery &gt; Purchased Services</b> (云商店 &gt; "
            "我的云商店 &gt; 已购买的服务)."),
         tr("Find the %1 purchase and choose <b>Unsubscribe</b> (退订).").arg(brand),
         tr("Confirm the unsubscription. When KooGallery releases the instance, the "
            "subscription to %1 is over.")
             .arg(brand)},
        true);
    return html + QStringLiteral("<p>%1</p>").arg(afterCancelling(brand));
}

QString MarketplaceHelpText::aws(const QString &brand)
{
    QString html;
    html += section(
        tr("Subscribe in AWS Marketplace").arg(brand),
        {tr("Log in to the <a href=\"https://aws.amazon.com/marketplace\">AWS Marketplace</a>, "
            "find %1 and click <b>View purchase options</b>, then <b>Subscribe</b>.")
             .arg(brand),
         tr("Click <b>Set up your account</b>: AWS opens the %1 page in your browser.").arg(brand)},
        true);
    html += claiming(brand);
    html += section(
        tr("Cancel the subscription"),
        {tr("In the AWS console, open <b>AWS Marketplace &gt; Manage subscriptions</b>."),
         tr("Choose the %1 subscription, then <b>Actions &gt; Cancel subscription</b>.").arg(brand),
         tr("Confirm. AWS sends the last usage and ends the subscription.")},
        true);
    return html + QStringLiteral("<p>%1</p>").arg(afterCancelling(brand));
}

QString MarketplaceHelpText::azure(const QString &brand)
{
    QString html;
    html += section(
        tr("Subscribe in Azure Marketplace"),
        {tr("In the <a href=\"https://portal.azure.com\">Azure portal</a>, open "
            "<b>Marketplace</b>, find %1 and click <b>Subscribe</b>.")
             .arg(brand),
         tr("Choose the plan and click <b>Review + subscribe</b>, then <b>Configure account "
            "now</b>: Azure opens the %1 page in your browser.")
             .arg(brand)},
        true);
    html += claiming(brand);
    html +=
        section(tr("Cancel the subscription"),
                {tr("In the Azure portal, open <b>Software as a Service (SaaS)</b>."),
                 tr("Choose the %1 subscription and click <b>Cancel subscription</b>.").arg(brand),
                 tr("Confirm. Azure ends the subscription.")},
                true);
    return html + QStringLiteral("<p>%1</p>").arg(afterCancelling(brand));
}

} // namespace billing
