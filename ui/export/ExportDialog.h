#pragma once

#include "WorkspaceExport.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QUrl>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace billing {

class FieldErrorLabel;

// The workspaces an export may take, and where they come from.
struct ExportSources {
    QList<Workspace> all, selection, filtered;
    QUrl server;
    QString username;
    QDateTime syncedAt;
    bool fromCache = false; // the list is the offline cache: the dialog says how old it is
};

// Exports all workspaces, the selection or the filtered view to a JSON or CSV file.
// Writing is atomic; an error (no permission, disk full) is shown and the dialog stays open
// with everything the user chose.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { All, Selection, Filtered };

    explicit ExportDialog(const ExportSources &sources, QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString path() const;
    void setPath(const QString &path);
    // The last error shown, empty when none.
    QString errorText() const;

public Q_SLOTS:
    void accept() override; // writes the file; stays open on failure

private:
    QList<Workspace> workspacesInScope() const;
    void chooseFile();
    void updateState();

    ExportSources m_sources;
    QButtonGroup *m_scopeGroup = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_age = nullptr;
    FieldErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace billing
