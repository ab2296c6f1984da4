#pragma once

#include "PlanImport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace billing {

// Reads and validates a plan file against the current workspaces and shows every issue
// (line, column, field, message) and how many changes it would stage. Accepting ("Stage N
// changes") hands changes() to the bulk editor; nothing is applied here.
class PlanImportDialog : public QDialog
{
    Q_OBJECT

public:
    PlanImportDialog(const QString &path, const QList<Workspace> &current,
                     QWidget *parent = nullptr);

    QList<StagedChange> changes() const;
    const PlanImportResult &importResult() const { return m_result; }

private:
    void showResult();

    PlanImportResult m_result;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_stage = nullptr;
};

} // namespace billing
