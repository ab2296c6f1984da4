#pragma once

#include "RegistrationPage.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace billing {

class FieldNoteLabel;

// Step 1: site, username, password twice with a strength meter, e-mail with "Send code",
// the code, phone. On the sandbox, a way to the mailbox that holds the code.
class BasicInfoPage : public RegistrationPage
{
    Q_OBJECT

public:
    explicit BasicInfoPage(RegistrationController &controller, QWidget *parent = nullptr);

Q_SIGNALS:
    void mailboxRequested();

private:
    void showPasswordStrength();
    void showCodeRequest();
    void showSandbox();

    QComboBox *m_site;
    QProgressBar *m_strengthBar;
    QLabel *m_strengthLabel;
    QWidget *m_strengthRow = nullptr;
    QPushButton *m_sendCode;
    FieldNoteLabel *m_codeNote;
    QWidget *m_sandboxRow;
};

} // namespace billing
