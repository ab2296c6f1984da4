#include "DonePage.h"

#include "BindingText.h"
#include "SiteText.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {
namespace {
QString siteText(const QString &code)
{
    const auto site = SiteTable::builtIn().find(code);
    return site ? QString(code + QStringLiteral(" · ") + SiteText::siteName(*site)).toHtmlEscaped()
                : code;
}

QString item(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
} // namespace

DonePage::DonePage(RegistrationController &controller, const Branding &branding, QWidget *parent)
    : RegistrationPage(controller, RegistrationStep::Done, parent)
    , m_branding(branding)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Done"));
    setSubTitle(tr("Step 4 of 4: your account and workspace are ready."));
    setFinalPage(true);

    m_summary->setObjectName(QStringLiteral("doneSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setOpenExternalLinks(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *login = new QPushButton(tr("&Log in now"), this);
    login->setObjectName(QStringLiteral("loginNowButton"));
    login->setAccessibleName(tr("Log in now"));
    login->setDefault(true);
    connect(login, &QPushButton::clicked, this, &DonePage::loginRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(login, 0, Qt::AlignRight);
}

void DonePage::initializePage()
{
    m_summary->setText(summaryHtml());
}

QString DonePage::summaryHtml() const
{
    const RegistrationController &c = controller();
    const RegistrationForm &f = c.form();
    if (!c.workspace())
        return {};
    const Workspace &workspace = *c.workspace();
    const QString username = f.text(RegistrationField::Username).toHtmlEscaped();
    QString settlement = displayName(workspace.settlement.method).toHtmlEscaped();
    const QString binding = BindingText::of(workspace.settlement);
    if (!binding.isEmpty())
        settlement += QStringLiteral("<br>") + binding.toHtmlEscaped();
    const QString language = workspace.language == u"zh" ? tr("Chinese") : tr("English");
    const QString url = m_branding.billingCenterUrl.toString();

    QString html = QStringLiteral("<p>%1</p><table>")
                       .arg(tr("Welcome to %1. This is what was created:")
                                .arg(m_branding.brandName.toHtmlEscaped()));
    html += item(tr("Account"), tr("%1 (%2), site %3")
                                    .arg(username, f.text(RegistrationField::Email).toHtmlEscaped(),
                                         siteText(workspace.site)));
    html +=
        item(tr("Workspace"), tr("%1, language: %2").arg(workspace.name.toHtmlEscaped(), language));
    html += item(tr("Settlement"), settlement);
    html +=
        item(tr("Billing Center account"), c.billingCenterAccountCreated()
                                               ? tr("created, with the same username and password")
                                               : tr("not created"));
    html += QStringLiteral("</table>");
    const QString where =
        c.billingCenterAccountCreated()
            ? tr("Log in to the %1 Billing Center at <a href=\"%2\">%2</a> as %3 with the "
                 "password you chose to see detailed bills.")
                  .arg(m_branding.brandName.toHtmlEscaped(), url.toHtmlEscaped(), username)
            : tr("Log in to Billing Desk as %1 with the password you chose.").arg(username);
    html += QStringLiteral("<p>%1</p>").arg(where);
    if (c.isSandbox())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This is the local sandbox at %1: nothing is charged.")
                             .arg(c.client().baseUrl().toString().toHtmlEscaped()));
    return html;
}

} // namespace billing
