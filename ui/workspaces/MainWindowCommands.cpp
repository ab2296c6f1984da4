#include "MainWindowCommands.h"

#include "ActivityExportDialog.h"
#include "BillExportDialog.h"
#include "BulkApplyEngine.h"
#include "ChangeSettlementDialog.h"
#include "ClaimDialog.h"
#include "ExportDialog.h"
#include "PlanImportDialog.h"
#include "StagingCommands.h"
#include "WorkspaceCache.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceSession.h"
#include "WorkspaceTableModel.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace billing {
namespace {
QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

MainWindowCommands::MainWindowCommands(WorkspaceSession &session, const Branding &branding,
                                       bool sandbox, QWidget *window, Selection selection)
    : QObject(window)
    , m_session(session)
    , m_branding(branding)
    , m_sandbox(sandbox)
    , m_window(window)
    , m_selection(std::move(selection))
{}

void MainWindowCommands::changeSettlement()
{
    const QList<Workspace> selection = m_selection();
    if (selection.isEmpty())
        return;
    auto *dialog = new ChangeSettlementDialog(m_session.client(), m_branding, selection,
                                              m_session.model().now(), m_sandbox, m_window);
    dialog->setObjectName(QStringLiteral("changeSettlementDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settlementDialog = dialog;
    // The change dialog is window-modal: a claim dialog asked from it is its child, or the
    // modality would block it.
    connect(dialog, &ChangeSettlementDialog::claimRequested, this,
            [this, dialog] { bindSubscription({}, dialog); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *command = new StageChangesCommand(m_session.staged(), dialog->eligibleWorkspaces(),
                                                dialog->target());
        if (command->size() == 0) {
            delete command;
            Q_EMIT message(tr("Nothing to stage: the workspaces already have this "
                              "settlement."));
        } else {
            m_session.undoStack().push(command);
        }
        if (dialog->applyNow() && !m_session.engine().isRunning())
            m_session.engine().apply();
    });
    dialog->open();
}

void MainWindowCommands::bindSubscription(const QString &code, QWidget *parent)
{
    if (!m_claimDialog) {
        m_claimDialog = new ClaimDialog(m_session.client(), parent ? parent : m_window);
        m_claimDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_claimDialog, &ClaimDialog::claimed, this, [this] {
            Q_EMIT message(tr("Marketplace subscription bound to your account."));
            if (m_settlementDialog)
                m_settlementDialog->reloadSubscriptions();
        });
        m_claimDialog->open();
    }
    m_claimDialog->raise();
    m_claimDialog->activateWindow();
    if (!code.isEmpty())
        m_claimDialog->openCode(code);
}

void MainWindowCommands::unstageSelection()
{
    QStringList ids;
    for (const Workspace &ws : m_selection()) {
        if (m_session.staged().contains(ws.id))
            ids.append(ws.id);
    }
    auto *command = new UnstageChangesCommand(m_session.staged(), ids);
    if (command->size() == 0) {
        delete command;
        return;
    }
    m_session.undoStack().push(command);
}

void MainWindowCommands::restageConflicts()
{
    QList<StagedChange> conflicts;
    for (const StagedChange &change : m_session.staged().inState(StagedState::Rejected)) {
        if (change.error.code == ErrorCode::VersionConflict)
            conflicts.append(change);
    }
    if (conflicts.isEmpty())
        return;
    constexpr int kListed = 8;
    QStringList lines;
    for (const StagedChange &change :
         std::as_const(conflicts).first(std::min<qsizetype>(kListed, conflicts.size()))) {
        const QString now = change.error.current
                                ? displayName(change.error.current->settlement.method)
                                : tr("unknown");
        lines.append(tr("%1: now %2 on the server, you want %3")
                         .arg(change.workspaceName, now, displayName(change.target.method)));
    }
    if (conflicts.size() > kListed)
        lines.append(tr("…and %n more", nullptr, int(conflicts.size() - kListed)));

    auto *box = new QMessageBox(QMessageBox::Question, tr("Re-stage conflicts"),
                                tr("%n workspace(s) changed on the server after you staged them.",
                                   nullptr, int(conflicts.size())),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("restageMessageBox"));
    box->setInformativeText(tr("Re-staging keeps your targets and starts from the server's "
                               "current values:")
                            + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    QPushButton *restage = box->addButton(tr("&Re-stage"), QMessageBox::AcceptRole);
    restage->setObjectName(QStringLiteral("restageButton"));
    box->setDefaultButton(restage);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, restage, conflicts](QAbstractButton *button) {
                if (button != restage)
                    return;
                QList<Workspace> current;
                QStringList ids;
                for (const StagedChange &change : conflicts) {
                    ids.append(change.workspaceId());
                    if (change.error.current)
                        current.append(*change.error.current);
                }
                // The table shows what the server has now; the command re-bases on it.
                m_session.model().updateWorkspaces(current);
                m_session.undoStack().push(new RestageCommand(m_session.staged(), ids));
            });
    box->open();
}

void MainWindowCommands::exportWorkspaces()
{
    ExportSources sources;
    const ServerProfile &profile = m_session.profile();
    sources.server = profile.url;
    sources.username = profile.username;
    sources.syncedAt = m_session.lastSyncAt();
    if (!sources.syncedAt.isValid()) {
        // Not synced in this session (offline): the last list saved on disk.
        WorkspaceCache cache(QDir(m_session.dataDirectory()).filePath(QStringLiteral("cache")),
                             profile.url, profile.username);
        QString error;
        if (const auto cached = cache.load(&error)) {
            sources.all = cached->workspaces;
            sources.syncedAt = cached->syncedAt;
            sources.fromCache = true;
        }
    } else {
        sources.fromCache = m_session.isOfflineCopy() || m_session.isShowingCachedCopy();
        sources.all = m_session.model().workspaces();
        sources.selection = m_selection();
        const WorkspaceFilterProxy &proxy = m_session.proxy();
        sources.filtered.reserve(proxy.rowCount());
        for (int row = 0; row < proxy.rowCount(); ++row)
            sources.filtered.append(m_session.model().workspace(proxy.sourceRow(row)));
    }
    auto *dialog = new ExportDialog(sources, m_window);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindowCommands::exportActivity(const QDate &first, const QDate &last)
{
    const ServerProfile &profile = m_session.profile();
    auto *controller = new ActivityExportController(
        m_session.isOfflineCopy() ? nullptr : &m_session.client(),
        QDir(m_session.dataDirectory()).filePath(QStringLiteral("cache")), profile.url,
        profile.username);
    auto *dialog = new ActivityExportDialog(controller, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (first.isValid() && last.isValid())
        dialog->setPeriod(first, last);
    connect(dialog, &ActivityExportDialog::exportFinished, this,
            [this](bool written, const QString &text) {
                if (written)
                    Q_EMIT message(text);
            });
    dialog->open();
}

void MainWindowCommands::exportBill(const QDate &month)
{
    const ServerProfile &profile = m_session.profile();
    auto *controller =
        new BillExportController(m_session.isOfflineCopy() ? nullptr : &m_session.client(),
                                 QDir(m_session.dataDirectory()).filePath(QStringLiteral("cache")),
                                 profile.url, profile.username);
    auto *dialog = new BillExportDialog(controller, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMonth(month);
    connect(dialog, &BillExportDialog::exportFinished, this,
            [this](bool written, const QString &text) {
                if (written)
                    Q_EMIT message(text);
            });
    dialog->open();
}

void MainWindowCommands::importPlan()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import plan"), QDir::homePath(),
                                     tr("Plan files (*.json *.csv *.txt *.xlsx);;JSON "
                                        "(*.json);;CSV or Unicode text (*.csv *.txt);;"
                                        "Excel (*.xlsx)"));
    if (!path.isEmpty())
        importPlanFile(path);
}

void MainWindowCommands::importPlanFile(const QString &path)
{
    auto *dialog =
        new PlanImportDialog(path, m_session.model().workspaces(),
                             m_session.isOfflineCopy() ? nullptr : &m_session.client(), m_window);
    dialog->setObjectName(QStringLiteral("planImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<StagedChange> changes = dialog->changes();
        if (!changes.isEmpty())
            m_session.undoStack().push(
                new StagingCommand(m_session.staged(), changes, {}, tr("Import plan")));
    });
    dialog->open();
}

void MainWindowCommands::offerJournal()
{
    const std::optional<JournalContents> journal = m_session.journalFromLastRun();
    if (!journal)
        return;
    const int count = int(journal->entries.size());
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Staged changes from the last session"),
        tr("%n staged change(s) from your last session were not applied.", nullptr, count),
        QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("journalMessageBox"));
    QString details = tr("Saved %1.").arg(localTime(journal->savedAt));
    if (!journal->unconfirmed.isEmpty())
        details += QLatin1Char(' ')
                   + tr("Some of them were being sent when the application stopped; restoring "
                        "sends those again first, so none is applied twice.");
    box->setInformativeText(details);
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box->setDefaultButton(restore);
    box->setEscapeButton(restore); // closing the question must not throw the changes away
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        if (button == discard)
            m_session.discardJournal();
        else
            m_session.restoreJournal();
    });
    box->open();
}

} // namespace billing
