#include "WorkspaceDetailsPane.h"

#include "BindingText.h"
#include "SiteTable.h"
#include "SiteText.h"
#include "StagedChanges.h"
#include "WorkspaceTableModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace billing {
namespace {
QString formatTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString languageText(const QString &code)
{
    if (code == u"zh")
        return WorkspaceDetailsPane::tr("Chinese");
    if (code == u"en")
        return WorkspaceDetailsPane::tr("English");
    return code;
}

QString settlementText(const Settlement &settlement)
{
    const QString binding = BindingText::of(settlement);
    if (binding.isEmpty())
        return displayName(settlement.method);
    return WorkspaceDetailsPane::tr("%1 (%2)").arg(displayName(settlement.method), binding);
}

QString stateText(StagedState state)
{
    switch (state) {
    case StagedState::Staged:
        return WorkspaceDetailsPane::tr("Staged, not sent yet");
    case StagedState::Applying:
        return WorkspaceDetailsPane::tr("Being applied…");
    case StagedState::Applied:
        return WorkspaceDetailsPane::tr("Applied");
    case StagedState::Rejected:
        return WorkspaceDetailsPane::tr("Rejected by the server");
    }
    return {};
}

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}
} // namespace

WorkspaceDetailsPane::WorkspaceDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_workspacePage(new QSplitter(Qt::Vertical, this))
    , m_detailsScroll(new QScrollArea(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("workspaceDetailsPane"));
    setAccessibleName(tr("Workspace details"));

    m_message->setObjectName(QStringLiteral("detailsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(m_message);

    auto *details = new QWidget;
    m_title = valueLabel(details, QStringLiteral("detailsTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addValue(form, QStringLiteral("nameValueLabel"), tr("Name:"));
    m_id = addValue(form, QStringLiteral("idValueLabel"), tr("Workspace ID:"));
    m_site = addValue(form, QStringLiteral("siteValueLabel"), tr("Site:"));
    m_language = addValue(form, QStringLiteral("languageValueLabel"), tr("Language:"));
    m_method = addValue(form, QStringLiteral("methodValueLabel"), tr("Settlement method:"));
    m_accountId = addValue(form, QStringLiteral("accountIdValueLabel"), tr("Cloud Account ID:"));
    m_instanceId =
        addValue(form, QStringLiteral("instanceIdValueLabel"), tr("Instance / Subscription ID:"));
    m_status = addValue(form, QStringLiteral("statusValueLabel"), tr("Status:"));
    m_since = addValue(form, QStringLiteral("sinceValueLabel"), tr("Settled since:"));
    m_nextChange =
        addValue(form, QStringLiteral("nextChangeValueLabel"), tr("Next change allowed:"));
    m_version = addValue(form, QStringLiteral("versionValueLabel"), tr("Version:"));

    auto *stagedBox = new QGroupBox(tr("Staged change"), details);
    stagedBox->setObjectName(QStringLiteral("stagedGroupBox"));
    m_stagedBox = stagedBox;
    auto *stagedForm = new QFormLayout(stagedBox);
    stagedForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    stagedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_stagedChange = addValue(stagedForm, QStringLiteral("stagedChangeValueLabel"), tr("Change:"));
    m_stagedState = addValue(stagedForm, QStringLiteral("stagedStateValueLabel"), tr("State:"));
    m_stagedReason = addValue(stagedForm, QStringLiteral("stagedReasonValueLabel"), tr("Reason:"));
    m_stagedReasonLabel = qobject_cast<QLabel *>(stagedForm->labelForField(m_stagedReason));
    m_serverValue =
        addValue(stagedForm, QStringLiteral("serverValueValueLabel"), tr("Current on the server:"));
    m_serverValueLabel = qobject_cast<QLabel *>(stagedForm->labelForField(m_serverValue));

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(stagedBox);
    m_detailsLayout = detailsLayout;
    detailsLayout->addStretch(1);

    QScrollArea *scroll = m_detailsScroll;
    scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(details);
    m_workspacePage->setObjectName(QStringLiteral("detailsSplitter"));
    m_workspacePage->setChildrenCollapsible(false);
    m_workspacePage->addWidget(scroll);
    m_pages->addWidget(m_workspacePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    clear();
}

QLabel *WorkspaceDetailsPane::addValue(QFormLayout *form, const QString &objectName,
                                       const QString &label)
{
    QLabel *value = valueLabel(form->parentWidget(), objectName);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(value);
    value->setAccessibleName(QString(label).remove(u':').remove(u'：'));
    form->addRow(caption, value);
    return value;
}

void WorkspaceDetailsPane::setHistoryView(QWidget *view)
{
    // The details keep the height they need; the history, which grows, gets the rest.
    m_workspacePage->addWidget(view);
    m_workspacePage->setStretchFactor(0, 0);
    m_workspacePage->setStretchFactor(1, 1);
}

void WorkspaceDetailsPane::setCostView(QWidget *view)
{
    // Under the staged change, above the stretch that keeps the details at the top.
    m_detailsLayout->insertWidget(m_detailsLayout->count() - 1, view);
}

void WorkspaceDetailsPane::clear()
{
    m_message->setText(tr("Select a workspace to see its details."));
    m_pages->setCurrentWidget(m_message);
}

void WorkspaceDetailsPane::showSelectionSummary(int selectedCount, int stagedCount)
{
    if (selectedCount <= 0) {
        clear();
        return;
    }
    QString text = tr("%n workspace(s) selected.", nullptr, selectedCount);
    if (stagedCount > 0)
        text += QLatin1Char('\n') + tr("%n of them with a staged change.", nullptr, stagedCount);
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

void WorkspaceDetailsPane::showWorkspace(const Workspace &workspace, const StagedChange *staged,
                                         const QDateTime &now)
{
    const auto site = SiteTable::builtIn().find(workspace.site);
    m_title->setText(workspace.name);
    m_name->setText(workspace.name);
    m_id->setText(workspace.id);
    m_site->setText(site ? tr("%1 · %2").arg(workspace.site, SiteText::siteName(*site))
                         : workspace.site);
    m_language->setText(languageText(workspace.language));
    m_method->setText(displayName(workspace.settlement.method));
    const Settlement &settlement = workspace.settlement;
    const QString account = settlement.marketplaceAccount();
    m_accountId->setText(account.isEmpty() ? tr("(none)") : account);
    m_instanceId->setText(isCloudMethod(settlement.method) ? settlement.subscription()
                                                           : tr("(none)"));

    QString status = WorkspaceTableModel::statusText(workspace.status, workspace.lockAt, now);
    if (workspace.status == WorkspaceStatus::LockPending && workspace.lockAt.isValid())
        status = tr("%1 (locks on %2)").arg(status, formatTime(workspace.lockAt));
    m_status->setText(status);
    m_since->setText(workspace.settlement.since.isValid() ? formatTime(workspace.settlement.since)
                                                          : tr("(unknown)"));
    m_nextChange->setText(workspace.nextChangeAllowedAt.isValid()
                                  && workspace.nextChangeAllowedAt > now
                              ? formatTime(workspace.nextChangeAllowedAt)
                              : tr("now"));
    m_version->setText(QString::number(workspace.version));
    showStaged(workspace, staged);
    m_pages->setCurrentIndex(1);
    fitDetails();
}

// The details get the height they need (a rejected change's reason included), as long as
// the history keeps room for a few events; the history gets the rest.
void WorkspaceDetailsPane::fitDetails()
{
    if (m_workspacePage->count() < 2)
        return;
    const int total = m_workspacePage->height() - m_workspacePage->handleWidth();
    if (total <= 0)
        return;
    QWidget *details = m_detailsScroll->widget();
    const int width = m_detailsScroll->viewport()->width();
    const int wanted = details->hasHeightForWidth() ? details->heightForWidth(width)
                                                    : details->sizeHint().height();
    const int historyRoom = fontMetrics().lineSpacing() * 10;
    const int top = std::max(total / 3, std::min(wanted, total - historyRoom));
    m_workspacePage->setSizes({top, total - top});
}

void WorkspaceDetailsPane::showStaged(const Workspace &workspace, const StagedChange *staged)
{
    m_stagedBox->setVisible(staged != nullptr);
    if (!staged)
        return;
    m_stagedChange->setText(tr("%1 → %2").arg(settlementText(staged->original),
                                              settlementText(staged->targetSettlement())));
    QString state = stateText(staged->state);
    if (staged->originalVersion != workspace.version && staged->state == StagedState::Staged)
        state = tr("%1 (staged at version %2)").arg(state).arg(staged->originalVersion);
    m_stagedState->setText(state);

    const bool rejected = staged->state == StagedState::Rejected;
    QString reason;
    if (rejected) {
        reason = staged->reason.isEmpty() ? staged->error.message : staged->reason;
        if (!staged->error.message.isEmpty() && staged->error.message != reason)
            reason = tr("%1\nThe server said: %2").arg(reason, staged->error.message);
        if (staged->error.nextChangeAllowedAt.isValid())
            reason = tr("%1\nNext change allowed: %2")
                         .arg(reason, formatTime(staged->error.nextChangeAllowedAt));
    }
    m_stagedReason->setText(reason);
    m_stagedReason->setVisible(rejected);
    m_stagedReasonLabel->setVisible(rejected);

    const bool conflict = rejected && staged->error.code == ErrorCode::VersionConflict
                          && staged->error.current.has_value();
    if (conflict) {
        const Workspace &current = *staged->error.current;
        m_serverValue->setText(
            tr("%1, version %2").arg(settlementText(current.settlement)).arg(current.version));
    } else {
        m_serverValue->clear();
    }
    m_serverValue->setVisible(conflict);
    m_serverValueLabel->setVisible(conflict);
}

} // namespace billing
