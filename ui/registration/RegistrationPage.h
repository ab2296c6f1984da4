#pragma once

#include "RegistrationController.h"

#include <QHash>
#include <QWizardPage>

class QLineEdit;
class QCheckBox;
class QFormLayout;

namespace billing {

class FieldErrorLabel;

// What every registration page shares: it shows the controller's state for its step and
// forwards what the user does. Next is enabled while the controller says the step is
// valid; "Next" itself asks the controller, which may first submit and go on later.
class RegistrationPage : public QWizardPage
{
    Q_OBJECT

public:
    RegistrationPage(RegistrationController &controller, RegistrationStep step,
                     QWidget *parent = nullptr);

    RegistrationStep step() const { return m_step; }
    bool isComplete() const override;
    bool validatePage() override;
    // Focuses the first field of this page with a reason to show.
    void focusFirstError();

protected:
    RegistrationController &controller() const { return m_controller; }
    RegistrationForm &form() const { return m_controller.form(); }

    // A line edit bound to a form field: typing goes to the form, the form's normalised
    // value and the field's reason come back. The error label sits right under it.
    QLineEdit *createLineEdit(RegistrationField field, const QString &objectName);
    QCheckBox *createCheckBox(RegistrationField field, const QString &objectName);
    FieldErrorLabel *errorLabel(RegistrationField field) const { return m_errors.value(field); }
    // `content` (the input, or a widget holding `input`) with the input's error label under
    // it. A wrapped label laid out straight in a form row gets the height of its two-line
    // size hint; stacked like this it gets the height of its text.
    QWidget *withError(QWidget *content, RegistrationField field, QWidget *input = nullptr);
    // A row of a form: the label, and the input (or `fieldWidget` holding it) with its
    // error label under it.
    void addFieldRow(QFormLayout *form, const QString &labelText, QWidget *input,
                     RegistrationField field, QWidget *fieldWidget = nullptr);

private:
    void showFieldState(RegistrationField field);
    FieldErrorLabel *createErrorLabel(QWidget *input, RegistrationField field);

    RegistrationController &m_controller;
    RegistrationStep m_step;
    QHash<RegistrationField, FieldErrorLabel *> m_errors;
    QHash<RegistrationField, QWidget *> m_inputs;
};

} // namespace billing
