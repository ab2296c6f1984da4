#pragma once

#include <QLabel>

namespace billing {

// The reason an input is refused, shown right under it in red; hidden while there is none.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    // Shows `message`, or hides the label when it is empty.
    void setMessage(const QString &message);
    // The input it explains: its accessible description follows the message.
    void setBuddyInput(QWidget *input) { m_input = input; }

private:
    QWidget *m_input = nullptr;
};

// A label for information next to a field (e.g. "A code was sent"), in the normal colour.
class FieldNoteLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldNoteLabel(QWidget *parent = nullptr);
    void setMessage(const QString &message);
};

} // namespace billing
