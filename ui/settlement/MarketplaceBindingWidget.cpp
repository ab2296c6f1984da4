#include "MarketplaceBindingWidget.h"

#include "FieldErrorLabel.h"
#include "MarketplaceHelpDialog.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace billing {
namespace {
using Field = MarketplaceBindingController::Field;
using Lookup = MarketplaceBindingController::Lookup;

QWidget *stacked(QWidget *parent, QWidget *input, QWidget *below)
{
    auto *container = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(below);
    return container;
}
} // namespace

MarketplaceBindingWidget::MarketplaceBindingWidget(MarketplaceBindingController &controller,
                                                   const Branding &branding, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_branding(branding)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_sandboxActivate(new QPushButton(tr("Activate in the &sandbox market"), this))
    , m_lookupStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("marketplaceBindingWidget"));

    m_marketNote = new QLabel(this);
    m_marketNote->setObjectName(QStringLiteral("marketNoteLabel"));
    m_marketNote->setWordWrap(true);
    m_openMarket = new QPushButton(tr("Open Alibaba Cloud &Market"), this);
    m_openMarket->setObjectName(QStringLiteral("openMarketButton"));
    m_openMarket->setAccessibleName(tr("Open Alibaba Cloud Market"));
    m_openMarket->setToolTip(branding.marketplaceProductUrl.toString());
    connect(m_openMarket, &QPushButton::clicked, this, &MarketplaceBindingWidget::openMarket);

    m_accountId = createLineEdit(Field::AccountId, QStringLiteral("accountIdLineEdit"));
    m_instanceId = createLineEdit(Field::InstanceId, QStringLiteral("instanceIdLineEdit"));
    m_accountIdError = new FieldErrorLabel(this);
    m_accountIdError->setObjectName(QStringLiteral("accountIdErrorLabel"));
    m_accountIdError->setBuddyInput(m_accountId);
    m_instanceIdError = new FieldErrorLabel(this);
    m_instanceIdError->setObjectName(QStringLiteral("instanceIdErrorLabel"));
    m_instanceIdError->setBuddyInput(m_instanceId);

    auto *help = new QPushButton(tr("How do I find these?"), this);
    help->setObjectName(QStringLiteral("helpButton"));
    help->setAccessibleName(tr("How do I find these?"));
    help->setFlat(true);
    help->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    connect(help, &QPushButton::clicked, this, &MarketplaceBindingWidget::showHelp);

    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setAccessibleName(tr("Verify the instance"));
    m_verify->setToolTip(tr("Ask the Billing Center whether this instance exists, is opened and "
                            "belongs to this Account ID."));
    connect(m_verify, &QPushButton::clicked, &controller, &MarketplaceBindingController::verify);
    m_sandboxActivate->setObjectName(QStringLiteral("sandboxActivateButton"));
    m_sandboxActivate->setAccessibleName(tr("Activate in the sandbox market"));
    connect(m_sandboxActivate, &QPushButton::clicked, &controller,
            &MarketplaceBindingController::activateInSandbox);
    m_lookupStatus->setObjectName(QStringLiteral("lookupStatusLabel"));
    m_lookupStatus->setWordWrap(true);
    m_lookupStatus->setTextFormat(Qt::PlainText);

    auto *marketRow = new QHBoxLayout;
    marketRow->addWidget(m_marketNote, 1);
    marketRow->addWidget(m_openMarket, 0, Qt::AlignTop);

    auto *accountLabel = new QLabel(tr("Account &ID:"), this);
    accountLabel->setBuddy(m_accountId);
    m_instanceLabel = new QLabel(this);
    m_instanceLabel->setBuddy(m_instanceId);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(accountLabel, stacked(this, m_accountId, m_accountIdError));
    fields->addRow(m_instanceLabel, stacked(this, m_instanceId, m_instanceIdError));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verify);
    actions->addWidget(m_sandboxActivate);
    actions->addStretch(1);
    actions->addWidget(help);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(marketRow);
    layout->addLayout(fields);
    layout->addLayout(actions);
    layout->addWidget(m_lookupStatus);

    connect(&controller, &MarketplaceBindingController::fieldStateChanged, this,
            &MarketplaceBindingWidget::showFieldState);
    connect(&controller, &MarketplaceBindingController::lookupChanged, this,
            &MarketplaceBindingWidget::showLookup);
    connect(&controller, &MarketplaceBindingController::validityChanged, this,
            &MarketplaceBindingWidget::showLookup);
    connect(&controller, &MarketplaceBindingController::marketplaceChanged, this,
            &MarketplaceBindingWidget::showMarketplace);
    showMarketplace();
}

void MarketplaceBindingWidget::showMarketplace()
{
    const bool huawei = m_controller.marketplace() == SettlementMethod::Huawei;
    if (huawei) {
        m_marketNote->setText(tr("Buy %1 in Huawei Cloud KooGallery first, then enter your Huawei "
                                 "Cloud Account ID and the instance ID of that purchase here.")
                                  .arg(m_branding.brandName));
        m_accountId->setAccessibleName(tr("Huawei Cloud Account ID"));
        m_accountId->setPlaceholderText(tr("32 characters, 0-9 and a-f"));
        m_instanceLabel->setText(tr("&Instance ID:"));
        m_instanceId->setAccessibleName(tr("KooGallery Instance ID"));
        m_instanceId->setPlaceholderText(tr("letters, digits, - and _"));
    } else {
        m_marketNote->setText(tr("Activate %1 on Alibaba Cloud Market first, then enter the IDs "
                                 "of that purchase here.")
                                  .arg(m_branding.brandName));
        m_accountId->setAccessibleName(tr("Alibaba Cloud Account ID"));
        m_accountId->setPlaceholderText(tr("16 digits, or name@UID of a RAM user"));
        m_instanceLabel->setText(tr("Product &Instance ID:"));
        m_instanceId->setAccessibleName(tr("Product Instance ID"));
        m_instanceId->setPlaceholderText(tr("e.g. 6227091"));
    }
    // The brand's product page is configured for Alibaba Cloud Market only.
    m_openMarket->setVisible(!huawei);
    if (m_help)
        m_help->setMarketplace(m_controller.marketplace());
    showFieldState(Field::AccountId);
    showFieldState(Field::InstanceId);
    showLookup();
}

QLineEdit *MarketplaceBindingWidget::createLineEdit(Field field, const QString &objectName)
{
    auto *edit = new QLineEdit(m_controller.text(field), this);
    edit->setObjectName(objectName);
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { m_controller.setText(field, text); });
    connect(&m_controller, &MarketplaceBindingController::textChanged, edit,
            [edit, field](Field changed, const QString &text) {
                if (changed == field && edit->text() != text)
                    edit->setText(text);
            });
    return edit;
}

void MarketplaceBindingWidget::showFieldState(Field field)
{
    FieldErrorLabel *label = field == Field::AccountId ? m_accountIdError : m_instanceIdError;
    label->setMessage(m_controller.fieldState(field).visibleMessage());
    showLookup();
}

void MarketplaceBindingWidget::showLookup()
{
    m_verify->setEnabled(m_controller.canVerify());
    m_sandboxActivate->setVisible(m_controller.isSandbox());
    m_sandboxActivate->setEnabled(m_controller.canActivateInSandbox());
    const Lookup lookup = m_controller.lookup();
    QString text = m_controller.lookupMessage();
    if (lookup == Lookup::Running)
        text = tr("Asking the Billing Center…");
    const bool good = lookup == Lookup::Found && m_controller.ownerMatches()
                      && m_controller.instance()->status == InstanceStatus::Opened;
    QPalette palette = m_lookupStatus->palette();
    palette.setColor(QPalette::WindowText, lookup == Lookup::Running
                                               ? this->palette().color(QPalette::WindowText)
                                           : good ? QColor(0x2e, 0x7d, 0x32)
                                                  : QColor(0xc6, 0x28, 0x28));
    m_lookupStatus->setPalette(palette);
    m_lookupStatus->setText(text);
    m_lookupStatus->setVisible(!text.isEmpty());
}

MarketplaceHelpDialog *MarketplaceBindingWidget::helpDialog() const
{
    return m_help;
}

void MarketplaceBindingWidget::showHelp()
{
    MarketplaceHelpDialog::showFor(m_help, m_branding, m_controller.marketplace(), this);
}

void MarketplaceBindingWidget::openMarket()
{
    if (m_openUrl(m_branding.marketplaceProductUrl))
        return;
    m_lookupStatus->setText(
        tr("Could not open %1 in a web browser.").arg(m_branding.marketplaceProductUrl.toString()));
    m_lookupStatus->show();
}

} // namespace billing
