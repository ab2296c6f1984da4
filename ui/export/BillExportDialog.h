#pragma once

#include "BillExportController.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace billing {

class ExportFileFields;
class ExportStatusArea;

// File → Export bill…: one month's bill (per payer, item, site or workspace with a total
// row, or line by line) to a CSV or JSON file. Shows what its BillExportController does:
// reading from the server, or from the month's offline copy when the main window runs on it
// or the server cannot be reached (then saying how old it is), and writing off the GUI
// thread. A failure is shown and the dialog stays open; Cancel stops and writes nothing.
class BillExportDialog : public QDialog
{
    Q_OBJECT

public:
    // The dialog takes the controller over. The month starts as the current one (Beijing
    // time); the main window passes the Costs tab's (setMonth).
    explicit BillExportDialog(BillExportController *controller, QWidget *parent = nullptr);

    BillExportController &controller() { return *m_controller; }
    QString month() const; // "2026-11"
    // Any day of the month; an invalid date is ignored.
    void setMonth(const QDate &dayOfMonth);
    BillGrouping grouping() const;
    void setGrouping(BillGrouping grouping);
    BillFormat format() const;
    void setFormat(BillFormat format); // Csv, Json or Xlsx
    QString path() const;
    void setPath(const QString &path);
    // The error and the offline note shown, empty when none.
    QString errorText() const;
    QString ageText() const;
    bool isExporting() const;

Q_SIGNALS:
    // `message`: what was written (and any notice), or why nothing was.
    void exportFinished(bool written, const QString &message);

public Q_SLOTS:
    void accept() override; // reads and writes; stays open on failure
    void reject() override; // stops a running export: no file is written

private:
    void showStage(BillExportController::Stage stage, int lines);
    void exportDone(bool written, const QString &message);
    void monthChanged();
    void inputChanged();
    void updateState();

    BillExportController *m_controller;
    QDateEdit *m_month = nullptr;
    QComboBox *m_grouping = nullptr;
    ExportFileFields *m_file = nullptr;
    ExportStatusArea *m_status = nullptr;
    QString m_copyProblem; // offline: why the month cannot be exported
    QString m_failure;     // why the last attempt failed, until the user changes something
    QString m_shownMonth;  // the month the file name was last suggested for
};

} // namespace billing
