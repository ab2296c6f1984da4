#pragma once

#include "WorkspaceExport.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QWidget;

namespace billing {

// The format and file inputs every export dialog has: the format (JSON, CSV, Excel), the file
// with Browse…, and the file's suffix kept in step with the format. The widgets belong to the
// dialog; their objectNames are formatCombo, pathEdit and browseButton.
class ExportFileFields : public QObject
{
    Q_OBJECT

public:
    // `fileName` in the user's documents folder is the first suggestion; `browseTitle` is the
    // file chooser's title.
    ExportFileFields(QWidget *dialog, const QString &browseTitle, const QString &fileName,
                     ExportFormat initial);

    // "Format:" and "File:" rows.
    void addRowsTo(QFormLayout &form);
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString path() const;
    void setPath(const QString &path);
    void setEnabled(bool enabled);
    QLineEdit *pathEdit() const { return m_path; }

Q_SIGNALS:
    // The path was edited or the format chosen.
    void pathChanged();
    void formatChanged();

private:
    void chooseFile();

    QWidget *m_dialog;
    QString m_browseTitle;
    QComboBox *m_format;
    QLineEdit *m_path;
    QPushButton *m_browse;
};

} // namespace billing
