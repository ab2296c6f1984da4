#include "ExportDialog.h"

#include "ExportFileFields.h"
#include "ExportStatusArea.h"

#include <QButtonGroup>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLineEdit>
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

    m_status = new ExportStatusArea(this, m_file->pathEdit());
    if (sources.fromCache) {
        m_status->showAge(tr("Offline data: these workspaces come from the copy synced %1 ago "
                             "(%2). Changes made on the server since then are not in it."),
                          sources.syncedAt);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    m_status->addTo(*layout);

    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this] { updateState(); });
    connect(m_file, &ExportFileFields::pathChanged, this, [this] {
        m_status->setError({});
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
    return m_status->errorText();
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
    m_status->exportButton()->setEnabled(!isExporting() && !path().isEmpty()
                                         && !workspacesInScope().isEmpty());
}

void ExportDialog::setExporting(bool exporting)
{
    m_scopeBox->setEnabled(!exporting);
    m_file->setEnabled(!exporting);
    if (!exporting)
        m_status->setBusy({});
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
    m_status->setError({});
    m_status->setBusy(tr("Exporting %n workspace(s)…", nullptr, int(workspaces.size())));
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
        m_status->setError(outcome.error);
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
