#pragma once

#include <QDateTime>
#include <QObject>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace billing {

class FieldErrorLabel;

// The lower part every export dialog has: how old offline data is, the error, the busy
// indication, and Export / Cancel (wired to the dialog's accept() and reject()). The widgets
// belong to the dialog; their objectNames are dataAgeLabel, exportErrorLabel,
// exportProgressLabel, exportProgressBar, exportButtonBox and exportButton.
class ExportStatusArea : public QObject
{
    Q_OBJECT

public:
    // `errorBuddy`: the input the error usually explains (the file).
    ExportStatusArea(QDialog *dialog, QWidget *errorBuddy);

    // Adds the widgets below what `layout` holds, the buttons at the bottom.
    void addTo(QVBoxLayout &layout);
    // `sentence` with %1 (how long ago, "2 hours") and %2 (the local date and time); an
    // empty sentence hides the line.
    void showAge(const QString &sentence, const QDateTime &syncedAt);
    void setError(const QString &message); // hidden when empty
    QString errorText() const;
    // Shows `text` with a busy bar, or hides both when it is empty.
    void setBusy(const QString &text);
    QPushButton *exportButton() const { return m_exportButton; }

private:
    QLabel *m_age;
    FieldErrorLabel *m_error;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
};

} // namespace billing
