#include "ExportDialog.h"

#include "ExportFileFields.h"
#include "FieldErrorLabel.h"
#include "WorkspaceCache.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace billing {

ExportDialog::ExportDialog(const ExportSources &sources, QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_pool(QThreadPool::globalInstance())
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Workspaces"));

    auto *scopeBox = m_scopeBox = new QGroupBox(tr("Workspaces"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scopeGroup = new QButtonGroup(this);
    const auto addScope = [&](Scope scope, const QString &objectName, const QString &text,
                              qsizetype count) {
        auto *button = new QRadioButton(text.arg(count), scopeBox);
        button->setObjectName(objectName);
        button->setEnabled(count > 0);
        m_scopeGroup->addButton(button, int(scope));
        scopeLayout->addWidget(button);
    };
    addScope(Scope::All, QStringLiteral("scopeAllRadio"), tr("&All workspaces (%1)"),
             sources.all.size());
    addScope(Scope::Selection, QStringLiteral("scopeSelectionRadio"),
             tr("&Selected workspaces (%1)"), sources.selection.size());
    addScope(Scope::Filtered, QStringLiteral("scopeFilteredRadio"),
             tr("Workspaces in the &filtered view (%1)"), sources.filtered.size());
    for (QAbstractButton *button : m_scopeGroup->buttons()) {
        if (button->isEnabled()) {
            button->setChecked(true);
            break;
        }
    }

    m_file = new ExportFileFields(this, tr("Export Workspaces"), QStringLiteral("workspaces.json"),
                                  ExportFormat::Json);
    auto *form = new QFormLayout;
    m_file->addRowsTo(*form);

    m_age = new QLabel(this);
    m_age->setObjectName(QStringLiteral("dataAgeLabel"));
    m_age->setWordWrap(true);
    if (sources.fromCache) {
        m_age->setText(
            tr("Offline data: these workspaces come from the copy synced %1 ago (%2). Changes "
               "made on the server since then are not in it.")
                .arg(describeAge(sources.syncedAt),
                     QLocale().toString(sources.syncedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_age->setVisible(sources.fromCache);

    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("exportErrorLabel"));
    m_error->setBuddyInput(m_file->pathEdit());

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("exportProgressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setRange(0, 0); // busy: writing has no steps to count
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setTextVisible(false);
    m_progressLabel->hide();
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("exportButtonBox"));
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_age);
    layout->addWidget(m_error);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this] { updateState(); });
    connect(m_file, &ExportFileFields::pathChanged, this, [this] {
        m_error->setMessage({});
        updateState();
    });
    connect(m_file, &ExportFileFields::formatChanged, this, [this] { updateState(); });
    updateState();
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(qMax(0, m_scopeGroup->checkedId()));
}

void ExportDialog::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scopeGroup->button(int(scope)); button && button->isEnabled())
        button->setChecked(true);
}

ExportFormat ExportDialog::format() const
{
    return m_file->format();
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_file->setFormat(format);
}

QString ExportDialog::path() const
{
    return m_file->path();
}

void ExportDialog::setPath(const QString &path)
{
    m_file->setPath(path);
}

QString ExportDialog::errorText() const
{
    return m_error->text();
}

QList<Workspace> ExportDialog::workspacesInScope() const
{
    if (m_scopeGroup->checkedId() < 0)
        return {};
    switch (scope()) {
    case Scope::All:
        return m_sources.all;
    case Scope::Selection:
        return m_sources.selection;
    case Scope::Filtered:
        return m_sources.filtered;
    }
    return {};
}

bool ExportDialog::isExporting() const
{
    return m_watcher != nullptr;
}

void ExportDialog::setThreadPool(QThreadPool *pool)
{
    m_pool = pool ? pool : QThreadPool::globalInstance();
}

void ExportDialog::updateState()
{
    m_exportButton->setEnabled(!isExporting() && !path().isEmpty()
                               && !workspacesInScope().isEmpty());
}

void ExportDialog::setExporting(bool exporting)
{
    m_scopeBox->setEnabled(!exporting);
    m_file->setEnabled(!exporting);
    m_progressLabel->setVisible(exporting);
    m_progress->setVisible(exporting);
    updateState();
}

void ExportDialog::accept()
{
    const QList<Workspace> workspaces = workspacesInScope();
    if (isExporting() || workspaces.isEmpty() || path().isEmpty())
        return;
    const ExportDocument document{m_sources.server, m_sources.username,
                                  QDateTime::currentDateTimeUtc(), workspaces,
                                  m_sources.fromCache ? m_sources.syncedAt : QDateTime()};
    m_error->setMessage({});
    m_progressLabel->setText(tr("Exporting %n workspace(s)…", nullptr, int(workspaces.size())));
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::exportDone);
    setExporting(true);
    // The worker gets copies only: the document, the path, the format and the flag.
    m_watcher->setFuture(QtConcurrent::run(m_pool, [target = QDir::fromNativeSeparators(path()),
                                                    format = format(), document,
                                                    cancelled = m_cancelled] {
        Outcome outcome;
        outcome.written = writeExport(target, format, document, &outcome.error, cancelled.get());
        return outcome;
    }));
}

void ExportDialog::exportDone()
{
    const Outcome outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    setExporting(false);
    Q_EMIT exportFinished(outcome.written);
    if (!outcome.written) {
        m_error->setMessage(outcome.error);
        return;
    }
    QDialog::accept();
}

void ExportDialog::reject()
{
    if (m_watcher) {
        // The worker checks the flag before it commits; its result is no longer awaited.
        m_cancelled->store(true);
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
        setExporting(false);
        Q_EMIT exportFinished(false);
    }
    QDialog::reject();
}

} // namespace billing
