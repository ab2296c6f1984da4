#include "ExportStatusArea.h"

#include "FieldErrorLabel.h"
#include "WorkspaceCache.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace billing {

ExportStatusArea::ExportStatusArea(QDialog *dialog, QWidget *errorBuddy)
    : QObject(dialog)
    , m_age(new QLabel(dialog))
    , m_error(new FieldErrorLabel(dialog))
    , m_progressLabel(new QLabel(dialog))
    , m_progress(new QProgressBar(dialog))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, dialog))
    , m_exportButton(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    m_age->setObjectName(QStringLiteral("dataAgeLabel"));
    m_age->setWordWrap(true);
    m_age->hide();
    m_error->setObjectName(QStringLiteral("exportErrorLabel"));
    m_error->setBuddyInput(errorBuddy);
    m_progressLabel->setObjectName(QStringLiteral("exportProgressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setRange(0, 0); // busy: reading and writing have no steps to count
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(false);
    m_progressLabel->hide();
    m_progress->hide();
    m_buttons->setObjectName(QStringLiteral("exportButtonBox"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

void ExportStatusArea::addTo(QVBoxLayout &layout)
{
    layout.addWidget(m_age);
    layout.addWidget(m_error);
    layout.addWidget(m_progressLabel);
    layout.addWidget(m_progress);
    layout.addStretch(1);
    layout.addWidget(m_buttons);
}

void ExportStatusArea::showAge(const QString &sentence, const QDateTime &syncedAt)
{
    if (sentence.isEmpty()) {
        m_age->hide();
        return;
    }
    m_age->setText(sentence.arg(describeAge(syncedAt),
                                QLocale().toString(syncedAt.toLocalTime(), QLocale::ShortFormat)));
    m_age->show();
}

void ExportStatusArea::setError(const QString &message)
{
    m_error->setMessage(message);
}

QString ExportStatusArea::errorText() const
{
    return m_error->text();
}

void ExportStatusArea::setBusy(const QString &text)
{
    m_progressLabel->setText(text);
    m_progressLabel->setVisible(!text.isEmpty());
    m_progress->setVisible(!text.isEmpty());
}

} // namespace billing
