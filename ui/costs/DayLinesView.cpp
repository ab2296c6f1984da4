#include "DayLinesView.h"

#include "CostItemNames.h"
#include "DayLines.h"
#include "MoneyText.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace billing {

DayLinesView::DayLinesView(DayLines &lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(lines)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dayLinesView"));
    m_title->setObjectName(QStringLiteral("dayLinesTitleLabel"));
    m_title->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("dayLinesTreeWidget"));
    m_tree->setAccessibleName(tr("Bill lines of the day"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels(
        {tr("Workspace"), tr("Item"), tr("Quantity"), tr("Amount"), tr("Payer"), tr("Status")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    connect(&m_lines, &DayLines::changed, this, &DayLinesView::showLines);
    showLines();
}

void DayLinesView::showLines()
{
    m_tree->clear();
    if (!m_lines.day().isValid()) {
        m_title->setText(tr("Click a day in the chart to see its bill lines."));
        return;
    }
    const QString day = QLocale().toString(m_lines.day(), QLocale::LongFormat);
    if (m_lines.isLoading()) {
        m_title->setText(tr("Loading the bill lines of %1…").arg(day));
        return;
    }
    if (m_lines.error().isError()) {
        m_title->setText(tr("The bill lines of %1 could not be loaded: %2")
                             .arg(day, m_lines.error().userMessage()));
        return;
    }
    const QString currency =
        m_lines.lines().isEmpty() ? QString() : m_lines.lines().constFirst().currency;
    m_title->setText(tr("%n bill line(s) of %1, %2 in all.", nullptr, int(m_lines.lines().size()))
                         .arg(day, money::moneyText(m_lines.totalCents(), currency)));
    QList<QTreeWidgetItem *> rows;
    rows.reserve(m_lines.lines().size());
    for (const BillLine &line : m_lines.lines()) {
        auto *row = new QTreeWidgetItem;
        row->setText(0, line.workspaceName.isEmpty() ? line.workspaceId : line.workspaceName);
        row->setToolTip(0, line.workspaceId);
        row->setText(1, CostItemNames::item(line.item));
        row->setText(2, money::quantityText(line.quantity));
        row->setText(3, money::moneyText(line.amountCents, line.currency));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(4, CostItemNames::payer(toWire(line.payerMethod), line.payerInstanceId));
        row->setText(5, CostItemNames::status(toWire(line.status)));
        if (!line.pushError.isEmpty())
            row->setToolTip(5, line.pushError);
        rows << row;
    }
    m_tree->addTopLevelItems(rows);
}

} // namespace billing
