#pragma once

#include "ProfileStore.h"
#include "ServerProfile.h"

#include <QWidget>

class QLineEdit;

namespace billing {

class FieldErrorLabel;

// The fields of one server profile: name, Billing Center address and user name, each with
// its error under it. Holds exactly what was typed; nothing is trimmed or dropped here.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    struct Text {
        QString name;
        QString url;
        QString username;
        friend bool operator==(const Text &, const Text &) = default;
    };

    explicit ProfileForm(QWidget *parent = nullptr);

    Text text() const;
    void setText(const Text &text);
    // The profile the fields describe; its id is left empty.
    ServerProfile profile() const;
    void setReadOnly(bool readOnly);
    void focusName();

    // Puts a failed add/update's message under the field it is about (and focuses it).
    void showProblem(const ProfileStore::Result &result);
    // Checks the address as it stands; shows and returns the problem, empty when fine.
    QString checkUrl();
    void clearProblems();

    static Text textOf(const ServerProfile &profile);
    static QUrl parseUrl(const QString &text);

Q_SIGNALS:
    // The user typed in a field (not emitted by setText()).
    void edited();

private:
    QLineEdit *addField(const QString &objectName, const QString &accessibleName);

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_username;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_urlError;
};

} // namespace billing
