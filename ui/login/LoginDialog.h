#pragma once

#include "ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace billing {

class FieldErrorLabel;
class LoginController;

// "Log in": a server profile (the Local sandbox first), username, password and "Remember
// me". A password kept in the keychain lets the user log in with the password left empty.
// What is offered and what a log-in does is decided by the LoginController; the dialog
// shows it, forwards what the user does, and closes (accepted) once the controller has
// logged in.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(LoginController &controller, QWidget *parent = nullptr);
    ~LoginDialog() override;

    LoginController &controller() const { return m_controller; }
    // As if typed, then looks up a stored password for it.
    void setUsername(const QString &username);
    // The profile chosen, with the username typed.
    ServerProfile profile() const;
    bool isBusy() const;
    // The error shown, translated (empty while there is none).
    QString errorText() const;

public Q_SLOTS:
    void logIn();
    // While logging in, Cancel and Escape stop the attempt instead of closing.
    void reject() override;

private:
    void showProfiles();
    void showCurrentProfile();
    void showUsername(const QString &username);
    void showStoredPassword(bool stored);
    void showBusy(bool busy);
    void showProblem();
    void showOfflineCopy();
    void updateLogInButton();

    LoginController &m_controller;
    QComboBox *m_profile;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_storedNote;
    FieldErrorLabel *m_error;
    QLabel *m_busyLabel;
    QPushButton *m_logIn;
    QPushButton *m_cancel;
    QPushButton *m_register;
    QPushButton *m_offline;
};

} // namespace billing
