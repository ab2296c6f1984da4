#include "ActivityFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace billing {
namespace {
QLabel *captionFor(QWidget *input, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(input);
    return label;
}

QDateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

ActivityFilterBar::ActivityFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_from(dateEdit(QStringLiteral("fromDateEdit"), tr("First day"), this))
    , m_to(dateEdit(QStringLiteral("toDateEdit"), tr("Last day"), this))
    , m_workspace(new QLineEdit(this))
    , m_actor(new QComboBox(this))
    , m_event(new QComboBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setObjectName(QStringLiteral("activityFilterBar"));

    m_workspace->setObjectName(QStringLiteral("activityWorkspaceLineEdit"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspace->setPlaceholderText(tr("Name or workspace ID"));
    m_workspace->setClearButtonEnabled(true);
    m_workspace->setMinimumWidth(160);

    m_actor->setObjectName(QStringLiteral("activityActorComboBox"));
    m_actor->setAccessibleName(tr("Who"));
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillActors();

    m_event->setObjectName(QStringLiteral("activityEventComboBox"));
    m_event->setAccessibleName(tr("Event"));
    for (const ActivityQuery::Choice &choice : ActivityQuery::eventChoices())
        m_event->addItem(choice.text, choice.value);

    m_refresh->setObjectName(QStringLiteral("refreshActivityButton"));
    m_refresh->setAccessibleName(tr("Refresh the activity"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(captionFor(m_from, tr("&From:"), this));
    layout->addWidget(m_from);
    layout->addWidget(captionFor(m_to, tr("&to:"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(captionFor(m_workspace, tr("W&orkspace:"), this));
    layout->addWidget(m_workspace, 2);
    layout->addWidget(captionFor(m_actor, tr("W&ho:"), this));
    layout->addWidget(m_actor, 1);
    layout->addWidget(captionFor(m_event, tr("&Event:"), this));
    layout->addWidget(m_event, 1);
    layout->addWidget(m_refresh);

    setQuery(ActivityQuery::lastDays(30, QDate::currentDate()));

    connect(m_from, &QDateEdit::dateChanged, this, &ActivityFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivityFilterBar::changed);
    connect(m_workspace, &QLineEdit::textChanged, this, &ActivityFilterBar::changed);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::changed);
    connect(m_event, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::changed);
    connect(m_refresh, &QPushButton::clicked, this, &ActivityFilterBar::refreshRequested);
}

ActivityQuery ActivityFilterBar::query() const
{
    ActivityQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.workspace = m_workspace->text();
    query.actor = m_actor->currentData().toString();
    if (const QString event = m_event->currentData().toString(); !event.isEmpty())
        query.event = eventKindFromWire(event);
    return query;
}

void ActivityFilterBar::setQuery(const ActivityQuery &query)
{
    const QList<QWidget *> inputs{m_from, m_to, m_workspace, m_actor, m_event};
    for (QWidget *input : inputs)
        input->blockSignals(true);
    m_from->setDate(query.from);
    m_to->setDate(query.to);
    m_workspace->setText(query.workspace);
    AuditFilter filter;
    if (filter.setActorFromWire(query.actor) && filter.actorKind == ActorKind::User
        && !filter.actorName.isEmpty())
        addUserNames({filter.actorName});
    selectData(m_actor, query.actor);
    selectData(m_event, query.event ? toWire(*query.event) : QString());
    for (QWidget *input : inputs)
        input->blockSignals(false);
}

void ActivityFilterBar::addUserNames(const QStringList &names)
{
    QStringList all = m_userNames + names;
    all.sort(Qt::CaseInsensitive);
    all.removeDuplicates();
    if (all == m_userNames)
        return;
    m_userNames = all;
    const QSignalBlocker blocker(m_actor);
    fillActors();
}

void ActivityFilterBar::fillActors()
{
    const QString chosen = m_actor->currentData().toString();
    m_actor->clear();
    for (const ActivityQuery::Choice &choice : ActivityQuery::actorChoices(m_userNames))
        m_actor->addItem(choice.text, choice.value);
    selectData(m_actor, chosen);
}

void ActivityFilterBar::selectData(QComboBox *box, const QString &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace billing
