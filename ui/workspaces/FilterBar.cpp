#include "FilterBar.h"

#include "SiteTable.h"
#include "SiteText.h"
#include "WorkspaceFilterProxy.h"
#include "WorkspaceTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace billing {

FilterBar::FilterBar(WorkspaceFilterProxy &proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_site(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_stagedOnly(new QCheckBox(tr("&Staged only"), this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterLineEdit"));
    m_text->setAccessibleName(tr("Filter text"));
    m_text->setPlaceholderText(tr("Filter by name, workspace ID, Account ID or Instance ID"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(240);

    m_site->setObjectName(QStringLiteral("siteComboBox"));
    m_site->setAccessibleName(tr("Site"));
    m_site->addItem(tr("All sites"), QString());
    for (const Site &site : SiteTable::builtIn().sites())
        m_site->addItem(QStringLiteral("%1 · %2").arg(site.code, SiteText::siteName(site)),
                        site.code);

    m_method->setObjectName(QStringLiteral("methodComboBox"));
    m_method->setAccessibleName(tr("Settlement method"));
    m_method->addItem(tr("All methods"), -1);
    for (SettlementMethod method : allSettlementMethods())
        m_method->addItem(displayName(method), int(method));

    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("Active"), int(WorkspaceStatus::Active));
    m_status->addItem(tr("Lock pending"), int(WorkspaceStatus::LockPending));
    m_status->addItem(tr("Locked"), int(WorkspaceStatus::Locked));

    m_stagedOnly->setObjectName(QStringLiteral("stagedOnlyCheckBox"));
    m_stagedOnly->setAccessibleName(tr("Show staged workspaces only"));

    m_clear->setObjectName(QStringLiteral("clearFilterButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every workspace"));
    m_clear->setAccessibleName(tr("Clear the filter"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_site, 1);
    layout->addWidget(m_method, 1);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_stagedOnly);
    layout->addWidget(m_clear);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::apply);
    for (QComboBox *box : {m_site, m_method, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_stagedOnly, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
}

WorkspaceFilter FilterBar::filter() const
{
    WorkspaceFilter filter;
    filter.text = m_text->text().trimmed();
    if (const QString site = m_site->currentData().toString(); !site.isEmpty())
        filter.sites = {site};
    if (const int method = m_method->currentData().toInt(); method >= 0)
        filter.methods = {SettlementMethod(method)};
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.statuses = {WorkspaceStatus(status)};
    filter.stagedOnly = m_stagedOnly->isChecked();
    return filter;
}

void FilterBar::apply()
{
    const WorkspaceFilter wanted = filter();
    if (!(wanted == m_proxy.filter()))
        m_proxy.setFilter(wanted);
}

void FilterBar::showSiteAndMethod(const QString &siteCode, SettlementMethod method)
{
    const QSignalBlocker siteBlocker(m_site);
    const QSignalBlocker methodBlocker(m_method);
    m_site->setCurrentIndex(std::max(0, m_site->findData(siteCode)));
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(method))));
    apply();
}

void FilterBar::setText(const QString &text)
{
    m_text->setText(text);
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::clear()
{
    const QList<QObject *> inputs{m_text, m_site, m_method, m_status, m_stagedOnly};
    for (QObject *input : inputs)
        input->blockSignals(true);
    m_text->clear();
    m_site->setCurrentIndex(0);
    m_method->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_stagedOnly->setChecked(false);
    for (QObject *input : inputs)
        input->blockSignals(false);
    apply();
}

} // namespace billing
