#include "ProfileForm.h"

#include "FieldErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace billing {
namespace {
QWidget *withError(QWidget *parent, QLineEdit *input, FieldErrorLabel *error)
{
    auto *container = new QWidget(parent);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(error);
    error->setBuddyInput(input);
    return container;
}
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(addField(QStringLiteral("profileNameLineEdit"), tr("Profile name")))
    , m_url(addField(QStringLiteral("profileUrlLineEdit"), tr("Billing Center address")))
    , m_username(addField(QStringLiteral("profileUsernameLineEdit"), tr("User name")))
    , m_nameError(new FieldErrorLabel(this))
    , m_urlError(new FieldErrorLabel(this))
{
    setObjectName(QStringLiteral("profileForm"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_url->setPlaceholderText(tr("https://billing.example.com"));
    m_username->setPlaceholderText(tr("Optional: filled in at sign-in"));
    m_nameError->setObjectName(QStringLiteral("profileNameErrorLabel"));
    m_urlError->setObjectName(QStringLiteral("profileUrlErrorLabel"));
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (!m_url->isReadOnly() && !m_url->text().trimmed().isEmpty())
            checkUrl();
    });

    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *urlLabel = new QLabel(tr("&Address:"), this);
    urlLabel->setBuddy(m_url);
    auto *usernameLabel = new QLabel(tr("&User name:"), this);
    usernameLabel->setBuddy(m_username);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(nameLabel, withError(this, m_name, m_nameError));
    form->addRow(urlLabel, withError(this, m_url, m_urlError));
    form->addRow(usernameLabel, m_username);
    setTabOrder(m_name, m_url);
    setTabOrder(m_url, m_username);
}

QLineEdit *ProfileForm::addField(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    return edit;
}

ProfileForm::Text ProfileForm::text() const
{
    return {m_name->text(), m_url->text(), m_username->text()};
}

void ProfileForm::setText(const Text &text)
{
    m_name->setText(text.name);
    m_url->setText(text.url);
    m_username->setText(text.username);
    clearProblems();
}

ServerProfile ProfileForm::profile() const
{
    ServerProfile profile;
    profile.name = m_name->text().trimmed();
    profile.url = parseUrl(m_url->text());
    profile.username = m_username->text().trimmed();
    return profile;
}

void ProfileForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_name, m_url, m_username})
        edit->setReadOnly(readOnly);
}

void ProfileForm::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

void ProfileForm::showProblem(const ProfileStore::Result &result)
{
    clearProblems();
    switch (result.error) {
    case ProfileStore::Error::InvalidName:
    case ProfileStore::Error::DuplicateName:
        m_nameError->setMessage(result.message);
        m_name->setFocus();
        break;
    case ProfileStore::Error::InvalidUrl:
        m_urlError->setMessage(result.message);
        m_url->setFocus();
        break;
    default:
        break;
    }
}

QString ProfileForm::checkUrl()
{
    const QString problem = ProfileStore::validateUrl(parseUrl(m_url->text()));
    m_urlError->setMessage(problem);
    return problem;
}

void ProfileForm::clearProblems()
{
    m_nameError->setMessage({});
    m_urlError->setMessage({});
}

ProfileForm::Text ProfileForm::textOf(const ServerProfile &profile)
{
    return {profile.name, profile.url.toString(), profile.username};
}

QUrl ProfileForm::parseUrl(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace billing
