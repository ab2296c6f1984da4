#include "WorkspaceCostView.h"

#include "CostItemNames.h"
#include "CostsController.h"
#include "MoneyText.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace billing {

WorkspaceCostView::WorkspaceCostView(CostsController &costs, QWidget *parent)
    : QWidget(parent)
    , m_costs(costs)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("workspaceCostView"));
    m_title->setObjectName(QStringLiteral("workspaceCostTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("workspaceCostLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    connect(&m_costs, &CostsController::stateChanged, this, &WorkspaceCostView::showCost);
}

void WorkspaceCostView::select(const QString &workspaceId)
{
    m_workspaceId = workspaceId;
    m_costs.ensureLoaded();
    showCost();
}

void WorkspaceCostView::showCost()
{
    m_title->setText(tr("Cost in %1").arg(CostItemNames::month(m_costs.month())));
    if (m_costs.state() == CostsController::State::Loading && !m_costs.hasStatement()) {
        m_text->setText(tr("Loading…"));
        return;
    }
    if (m_costs.state() == CostsController::State::Failed && !m_costs.hasStatement()) {
        m_text->setText(tr("Not available: %1").arg(m_costs.error().userMessage()));
        return;
    }
    const auto month = m_costs.workspaceMonth(m_workspaceId);
    if (!month) {
        m_text->setText(tr("No cost this month."));
        return;
    }
    QStringList lines{tr("Total: %1").arg(money::moneyText(month->totalCents, month->currency))};
    for (const ItemCents &item : month->byItem) {
        lines << tr("%1: %2").arg(CostItemNames::item(item.item),
                                  money::moneyText(item.cents, month->currency));
    }
    m_text->setText(lines.join(u'\n'));
}

} // namespace billing
