#include "FieldErrorLabel.h"

#include <QPalette>

namespace billing {
namespace {
const QColor kErrorColor(0xc6, 0x28, 0x28);
} // namespace

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // A layout may give a wrapped label more height than its text needs: keep the text
    // right under the input instead of centred away from it.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, kErrorColor);
    setPalette(palette);
    setAccessibleName(tr("Error"));
    hide();
}

void FieldErrorLabel::setMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    if (m_input)
        m_input->setAccessibleDescription(message);
}

FieldNoteLabel::FieldNoteLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A layout may give a wrapped label more height than its text needs: keep the text
    // right under the input instead of centred away from it.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    hide();
}

void FieldNoteLabel::setMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace billing
