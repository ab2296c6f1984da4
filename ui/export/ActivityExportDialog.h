#pragma once

#include "ActivityExportController.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QGroupBox;

namespace billing {

class ExportFileFields;
class ExportStatusArea;

// File → Export activity…: the account's events of a period (whole days in UTC, both
// included) to a CSV or JSON file for auditors. Shows what its ActivityExportController
// does: reading from the server, or from the offline copy when the main window runs on it
// (then saying how old it is), and writing off the GUI thread. A failure is shown and the
// dialog stays open with everything chosen; Cancel stops and no file is written.
class ActivityExportDialog : public QDialog
{
    Q_OBJECT

public:
    // The dialog takes the controller over.
    explicit ActivityExportDialog(ActivityExportController *controller, QWidget *parent = nullptr);

    ActivityExportController &controller() { return *m_controller; }
    QDate firstDay() const;
    QDate lastDay() const;
    void setPeriod(const QDate &first, const QDate &last);
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString path() const;
    void setPath(const QString &path);
    // The error shown, empty when none.
    QString errorText() const;
    bool isExporting() const;

Q_SIGNALS:
    // `message`: what was written (and any warning), or why nothing was.
    void exportFinished(bool written, const QString &message);

public Q_SLOTS:
    void accept() override; // reads and writes; stays open on failure
    void reject() override; // stops a running export: no file is written

private:
    void showStage(ActivityExportController::Stage stage, int events);
    void exportDone(bool written, const QString &message);
    void inputChanged();
    void updateState();

    ActivityExportController *m_controller;
    QGroupBox *m_periodBox = nullptr;
    QDateEdit *m_firstDay = nullptr;
    QDateEdit *m_lastDay = nullptr;
    ExportFileFields *m_file = nullptr;
    ExportStatusArea *m_status = nullptr;
    QString m_failure; // why the last attempt failed, until the user changes something
};

} // namespace billing
