#include "ClaimLinkPrompts.h"

#include "ClaimLink.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace billing::ClaimLinkPrompts {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ClaimLinkPrompts)
};

QString shown(const QUrl &server)
{
    return server.toDisplayString(QUrl::RemoveUserInfo);
}
} // namespace

void showInvalid(QWidget *parent, const ClaimLink &link)
{
    auto *box = new QMessageBox(QMessageBox::Warning, Text::tr("Claim link"), link.message(),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("invalidClaimLinkBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void confirmOtherServer(QWidget *parent, const ClaimLink &link, const QUrl &signedInServer,
                        std::function<void()> proceed)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, Text::tr("Claim link for another Billing Center"),
        Text::tr("This claim link comes from the Billing Center at %1, but you are signed in to "
                 "%2.")
            .arg(shown(link.server), shown(signedInServer)),
        QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("claimServerMismatchBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        Text::tr("The subscription was created on %1; to bind it, sign in there. Sending the "
                 "code to %2 instead will most likely be refused.")
            .arg(shown(link.server), shown(signedInServer)));
    QPushButton *send = box->addButton(Text::tr("Send the code to %1").arg(signedInServer.host()),
                                       QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [send, proceed = std::move(proceed)](QAbstractButton *clicked) {
                         if (clicked == send && proceed)
                             proceed();
                     });
    box->open();
}

} // namespace billing::ClaimLinkPrompts
