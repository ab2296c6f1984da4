#include "BasicInfoPage.h"

#include "FieldErrorLabel.h"
#include "SiteText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace billing {
namespace {
using Field = RegistrationField;

// Widgets side by side; the first one stretches.
QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets,
             Qt::Alignment alignment = Qt::AlignVCenter)
{
    auto *container = new QWidget(parent);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (QWidget *widget : widgets)
        layout->addWidget(widget, index++ == 0 ? 1 : 0, alignment);
    return container;
}
} // namespace

BasicInfoPage::BasicInfoPage(RegistrationController &controller, QWidget *parent)
    : RegistrationPage(controller, RegistrationStep::Basic, parent)
    , m_site(new QComboBox(this))
    , m_strengthBar(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
    , m_sendCode(new QPushButton(this))
    , m_codeNote(new FieldNoteLabel(this))
{
    setTitle(tr("Basic information"));
    setSubTitle(tr("Step 1 of 4: your site and how to sign in."));

    m_site->setObjectName(QStringLiteral("siteComboBox"));
    m_site->setAccessibleName(tr("Site"));
    for (const Site &site : form().sites().sites())
        m_site->addItem(SiteText::pickerText(site), site.code);
    m_site->setCurrentIndex(m_site->findData(form().text(Field::Site)));
    connect(m_site, &QComboBox::currentIndexChanged, this,
            [this] { form().setText(Field::Site, m_site->currentData().toString()); });
    auto *siteNote =
        new QLabel(tr("The site is where your data lives; it cannot move later."), this);
    siteNote->setObjectName(QStringLiteral("siteNoteLabel"));
    siteNote->setWordWrap(true);
    siteNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    QLineEdit *username = createLineEdit(Field::Username, QStringLiteral("usernameLineEdit"));
    username->setAccessibleName(tr("Username"));
    username->setPlaceholderText(tr("3-32 letters, digits, . _ -"));
    QLineEdit *password = createLineEdit(Field::Password, QStringLiteral("passwordLineEdit"));
    password->setAccessibleName(tr("Password"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("At least 8 characters"));
    QLineEdit *confirmation =
        createLineEdit(Field::PasswordConfirmation, QStringLiteral("passwordConfirmationLineEdit"));
    confirmation->setAccessibleName(tr("Confirm password"));
    confirmation->setEchoMode(QLineEdit::Password);
    QLineEdit *email = createLineEdit(Field::Email, QStringLiteral("emailLineEdit"));
    email->setAccessibleName(tr("E-mail"));
    email->setPlaceholderText(tr("name@example.com"));
    QLineEdit *code =
        createLineEdit(Field::VerificationCode, QStringLiteral("verificationCodeLineEdit"));
    code->setAccessibleName(tr("Verification code"));
    code->setPlaceholderText(tr("6 digits from the e-mail"));
    code->setMaxLength(12);
    QLineEdit *phone = createLineEdit(Field::Phone, QStringLiteral("phoneLineEdit"));
    phone->setAccessibleName(tr("Phone"));
    phone->setPlaceholderText(tr("+86 138 0000 0000"));

    m_strengthBar->setObjectName(QStringLiteral("passwordStrengthProgressBar"));
    m_strengthBar->setAccessibleName(tr("Password strength"));
    m_strengthBar->setRange(0, PasswordStrength::maxScore());
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(8);
    m_strengthLabel->setObjectName(QStringLiteral("passwordStrengthLabel"));
    m_strengthLabel->setMinimumWidth(
        m_strengthLabel->fontMetrics().horizontalAdvance(
            PasswordStrength::displayName(PasswordStrength::Level::TooShort))
        + 8);

    m_sendCode->setObjectName(QStringLiteral("sendCodeButton"));
    m_sendCode->setAccessibleName(tr("Send verification code"));
    // As wide as its widest text, so that counting down does not move the layout.
    int widest = 0;
    for (const QString &text : {tr("Send code"), tr("Sending…"), tr("Resend in %n s", nullptr, 60)})
        widest = std::max(widest, m_sendCode->fontMetrics().horizontalAdvance(text));
    m_sendCode->setMinimumWidth(widest + 24);
    connect(m_sendCode, &QPushButton::clicked, &controller, &RegistrationController::requestCode);
    m_codeNote->setObjectName(QStringLiteral("codeNoteLabel"));

    auto *mailbox = new QPushButton(tr("Open sandbox mailbox"), this);
    mailbox->setObjectName(QStringLiteral("openMailboxButton"));
    mailbox->setAccessibleName(tr("Open sandbox mailbox"));
    connect(mailbox, &QPushButton::clicked, this, &BasicInfoPage::mailboxRequested);
    auto *mailboxNote =
        new QLabel(tr("The sandbox sends no real e-mail: find the code in its mailbox."), this);
    mailboxNote->setWordWrap(true);
    m_sandboxRow = row(this, {mailboxNote, mailbox});

    m_strengthRow = row(this, {m_strengthBar, m_strengthLabel});

    auto *layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    // A wrapped label straight in a form row gets the height of its size hint (two lines):
    // stacked under the combo box it gets the height of its text.
    auto *siteBox = new QWidget(this);
    auto *siteLayout = new QVBoxLayout(siteBox);
    siteLayout->setContentsMargins(0, 0, 0, 0);
    siteLayout->setSpacing(2);
    siteLayout->addWidget(m_site);
    siteLayout->addWidget(siteNote);
    layout->addRow(siteLabel, siteBox);
    addFieldRow(layout, tr("&Username:"), username, Field::Username);
    addFieldRow(layout, tr("&Password:"), password, Field::Password);
    layout->addRow(QString(), m_strengthRow);
    addFieldRow(layout, tr("C&onfirm password:"), confirmation, Field::PasswordConfirmation);
    addFieldRow(layout, tr("&E-mail:"), email, Field::Email, row(this, {email, m_sendCode}));
    errorLabel(Field::Email)->parentWidget()->layout()->addWidget(m_codeNote);
    addFieldRow(layout, tr("&Verification code:"), code, Field::VerificationCode);
    addFieldRow(layout, tr("P&hone:"), phone, Field::Phone);
    layout->addRow(QString(), m_sandboxRow);
    // The rows take what they need; a form would share out the spare height among the rows
    // that may grow (the wrapped labels), opening gaps under them.
    auto *page = new QVBoxLayout(this);
    page->addLayout(layout);
    page->addStretch(1);

    connect(&form(), &RegistrationForm::fieldStateChanged, this, [this](Field field) {
        if (field == Field::Password || field == Field::Username)
            showPasswordStrength();
    });
    connect(&controller, &RegistrationController::codeRequestChanged, this,
            &BasicInfoPage::showCodeRequest);
    connect(&controller, &RegistrationController::sandboxChanged, this,
            &BasicInfoPage::showSandbox);
    showPasswordStrength();
    showCodeRequest();
    showSandbox();
}

void BasicInfoPage::showPasswordStrength()
{
    const PasswordStrength::Level level = form().passwordStrength();
    m_strengthRow->setVisible(level != PasswordStrength::Level::Empty);
    m_strengthBar->setValue(PasswordStrength::score(level));
    m_strengthLabel->setText(PasswordStrength::displayName(level));
    // Red, amber, green: the meter's colour says what the word says.
    static const QColor colours[] = {Qt::gray,
                                     QColor(0xc6, 0x28, 0x28),
                                     QColor(0xc6, 0x28, 0x28),
                                     QColor(0xe6, 0x8a, 0x00),
                                     QColor(0x2e, 0x7d, 0x32),
                                     QColor(0x2e, 0x7d, 0x32)};
    QPalette palette = m_strengthBar->palette();
    palette.setColor(QPalette::Highlight, colours[PasswordStrength::score(level)]);
    m_strengthBar->setPalette(palette);
}

void BasicInfoPage::showCodeRequest()
{
    const int seconds = controller().cooldown().remainingSeconds();
    if (controller().codeRequest() == RegistrationController::CodeRequest::Sending)
        m_sendCode->setText(tr("Sending…"));
    else if (seconds > 0)
        m_sendCode->setText(tr("Resend in %n s", nullptr, seconds));
    else
        m_sendCode->setText(tr("Send code"));
    m_sendCode->setEnabled(controller().canRequestCode());
    const bool failed = controller().codeRequest() == RegistrationController::CodeRequest::Failed;
    QPalette palette = m_codeNote->palette();
    palette.setColor(QPalette::WindowText, failed ? QColor(0xc6, 0x28, 0x28)
                                                  : this->palette().color(QPalette::WindowText));
    m_codeNote->setPalette(palette);
    m_codeNote->setMessage(controller().codeMessage());
}

void BasicInfoPage::showSandbox()
{
    m_sandboxRow->setVisible(controller().isSandbox());
}

} // namespace billing
