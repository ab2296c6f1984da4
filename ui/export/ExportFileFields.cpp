#include "ExportFileFields.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace billing {

ExportFileFields::ExportFileFields(QWidget *dialog, const QString &browseTitle,
                                   const QString &fileName, ExportFormat initial)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_browseTitle(browseTitle)
    , m_format(new QComboBox(dialog))
    , m_path(new QLineEdit(dialog))
    , m_browse(new QPushButton(tr("&Browse…"), dialog))
{
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("JSON"), int(ExportFormat::Json));
    m_format->addItem(tr("CSV (spreadsheets)"), int(ExportFormat::Csv));
    m_format->addItem(tr("Excel (.xlsx)"), int(ExportFormat::Xlsx));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setMinimumWidth(320);
    m_browse->setObjectName(QStringLiteral("browseButton"));

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(fileName));
    setFormat(initial);

    connect(m_browse, &QPushButton::clicked, this, &ExportFileFields::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ExportFileFields::pathChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the suffix in step with the format when the name still has one of ours.
        const QFileInfo info(m_path->text());
        const QString suffix = info.suffix().toLower();
        if (suffix == u"json" || suffix == u"csv" || suffix == u"xlsx")
            m_path->setText(info.path() + u'/' + info.completeBaseName() + u'.' + toWire(format()));
        Q_EMIT formatChanged();
    });
}

void ExportFileFields::addRowsTo(QFormLayout &form)
{
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form.addRow(tr("F&ormat:"), m_format);
    form.addRow(tr("Fi&le:"), pathRow);
    qobject_cast<QLabel *>(form.labelForField(pathRow))->setBuddy(m_path);
}

ExportFormat ExportFileFields::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportFileFields::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportFileFields::path() const
{
    return m_path->text().trimmed();
}

void ExportFileFields::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportFileFields::setEnabled(bool enabled)
{
    m_format->setEnabled(enabled);
    m_path->setEnabled(enabled);
    m_browse->setEnabled(enabled);
}

void ExportFileFields::chooseFile()
{
    const ExportFormat chosenFormat = format();
    const QString filter = chosenFormat == ExportFormat::Json  ? tr("JSON files (*.json)")
                           : chosenFormat == ExportFormat::Csv ? tr("CSV files (*.csv)")
                                                               : tr("Excel workbook (*.xlsx)");
    const QString chosen = QFileDialog::getSaveFileName(m_dialog, m_browseTitle, path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

} // namespace billing
