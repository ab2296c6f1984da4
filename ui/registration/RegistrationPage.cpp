#include "RegistrationPage.h"

#include "FieldErrorLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace billing {
namespace {
// "usernameLineEdit" -> "usernameErrorLabel"
QString errorLabelName(const QString &inputName)
{
    QString base = inputName;
    for (const auto suffix : {u"LineEdit", u"CheckBox", u"ComboBox", u"Widget"}) {
        if (base.endsWith(suffix)) {
            base.chop(QStringView(suffix).size());
            break;
        }
    }
    return base + QStringLiteral("ErrorLabel");
}
} // namespace

RegistrationPage::RegistrationPage(RegistrationController &controller, RegistrationStep step,
                                   QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_step(step)
{
    connect(&controller, &RegistrationController::validityChanged, this,
            &QWizardPage::completeChanged);
    connect(&controller, &RegistrationController::submissionChanged, this,
            &QWizardPage::completeChanged);
    connect(&controller.form(), &RegistrationForm::fieldStateChanged, this,
            &RegistrationPage::showFieldState);
}

bool RegistrationPage::isComplete() const
{
    return m_controller.isStepValid(m_step)
           && m_controller.submissionState() != RegistrationController::SubmissionState::Submitting;
}

bool RegistrationPage::validatePage()
{
    if (m_controller.currentStep() > m_step)
        return true;
    m_controller.next();
    return m_controller.currentStep() > m_step;
}

QLineEdit *RegistrationPage::createLineEdit(RegistrationField field, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setText(form().text(field));
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { form().setText(field, text); });
    connect(&form(), &RegistrationForm::textChanged, edit,
            [edit, field](RegistrationField changed, const QString &text) {
                if (changed == field && edit->text() != text)
                    edit->setText(text);
            });
    m_inputs.insert(field, edit);
    return edit;
}

QCheckBox *RegistrationPage::createCheckBox(RegistrationField field, const QString &objectName)
{
    auto *box = new QCheckBox(this);
    box->setObjectName(objectName);
    box->setChecked(form().isChecked(field));
    connect(box, &QCheckBox::toggled, this,
            [this, field](bool checked) { form().setChecked(field, checked); });
    m_inputs.insert(field, box);
    return box;
}

FieldErrorLabel *RegistrationPage::createErrorLabel(QWidget *input, RegistrationField field)
{
    auto *error = new FieldErrorLabel(this);
    error->setObjectName(errorLabelName(input->objectName()));
    error->setBuddyInput(input);
    m_errors.insert(field, error);
    if (!m_inputs.contains(field))
        m_inputs.insert(field, input);
    showFieldState(field);
    return error;
}

QWidget *RegistrationPage::withError(QWidget *content, RegistrationField field, QWidget *input)
{
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(content);
    layout->addWidget(createErrorLabel(input ? input : content, field));
    return container;
}

void RegistrationPage::addFieldRow(QFormLayout *form, const QString &labelText, QWidget *input,
                                   RegistrationField field, QWidget *fieldWidget)
{
    QLabel *label = nullptr;
    if (!labelText.isEmpty()) {
        label = new QLabel(labelText, this);
        label->setBuddy(input);
    }
    form->addRow(label, withError(fieldWidget ? fieldWidget : input, field, input));
}

void RegistrationPage::showFieldState(RegistrationField field)
{
    if (FieldErrorLabel *label = m_errors.value(field))
        label->setMessage(m_controller.fieldState(field).visibleMessage());
}

void RegistrationPage::focusFirstError()
{
    for (RegistrationField field : RegistrationTypes::fieldsOf(m_step)) {
        QWidget *input = m_inputs.value(field);
        if (input && !m_controller.fieldState(field).visibleMessage().isEmpty()) {
            input->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace billing
