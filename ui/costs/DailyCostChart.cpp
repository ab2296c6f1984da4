#include "DailyCostChart.h"

#include "BillingCatalogue.h"
#include "CostItemNames.h"
#include "MoneyText.h"
#include "MonthStatement.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace billing {
namespace {
// One distinct colour per catalogue item, in catalogue order (the chart theme's own run out
// after five and fade).
const QColor kItemColors[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c),
                              QColor(0xd62728), QColor(0x9467bd), QColor(0x8c564b),
                              QColor(0xe377c2), QColor(0x7f7f7f), QColor(0xbcbd22)};
} // namespace

DailyCostChart::DailyCostChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_dayAxis(new QCategoryAxis(this))
    , m_amountAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("dailyCostChartView"));
    setAccessibleName(tr("Cost per day, by item"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // Up to 31 day labels and nine items: smaller than the window's text.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    chart()->legend()->setFont(small);
    m_dayAxis->setLabelsFont(small);
    m_amountAxis->setLabelsFont(small);
    // A label every five days: a bar category axis would elide 31 labels to "…".
    m_dayAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_dayAxis->setGridLineVisible(false);
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_amountAxis, Qt::AlignLeft);
}

void DailyCostChart::showStatement(const MonthStatement &statement)
{
    chart()->removeAllSeries();
    m_days.clear();
    for (const QString &label : m_dayAxis->categoriesLabels())
        m_dayAxis->remove(label);
    qint64 largest = 0;
    for (const DayTotal &day : statement.byDay) {
        const int dayOfMonth = day.day.day();
        if (m_days.isEmpty() || dayOfMonth % 5 == 0)
            m_dayAxis->append(QString::number(dayOfMonth), qreal(m_days.size()));
        m_days.append(day.day);
        largest = std::max(largest, day.cents);
    }
    m_dayAxis->setStartValue(-0.5);

    auto *series = new QStackedBarSeries;
    int colorIndex = -1;
    for (const BillingItem &item : BillingCatalogue::builtIn().items()) {
        ++colorIndex;
        QList<qreal> values;
        bool any = false;
        for (const DayTotal &day : statement.byDay) {
            qint64 cents = 0;
            for (const ItemCents &part : day.byItem) {
                if (part.item == item.code)
                    cents = part.cents;
            }
            any = any || cents != 0;
            values << qreal(cents) / 100; // bar height only
        }
        if (!any)
            continue;
        auto *set = new QBarSet(CostItemNames::item(item.code));
        set->setObjectName(QStringLiteral("barSet_%1").arg(item.code));
        set->append(values);
        const QColor color = kItemColors[colorIndex % std::size(kItemColors)];
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (index >= 0 && index < m_days.size())
                Q_EMIT dayClicked(m_days.at(index));
        });
        const QString currency = statement.currency;
        connect(
            set, &QBarSet::hovered, this,
            [this, set, currency, byDay = statement.byDay, code = item.code](bool on, int index) {
                if (!on || index < 0 || index >= byDay.size()) {
                    QToolTip::hideText();
                    return;
                }
                const DayTotal &day = byDay.at(index);
                qint64 cents = 0;
                for (const ItemCents &part : day.byItem) {
                    if (part.item == code)
                        cents = part.cents;
                }
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, %2: %3 (day: %4)")
                                       .arg(QLocale().toString(day.day, QLocale::ShortFormat),
                                            set->label(), money::moneyText(cents, currency),
                                            money::moneyText(day.cents, currency)),
                                   this);
            });
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    series->attachAxis(m_dayAxis);
    series->attachAxis(m_amountAxis);
    m_dayAxis->setRange(-0.5, qreal(std::max<qsizetype>(m_days.size(), 1)) - 0.5);
    m_amountAxis->setRange(0, std::max<qreal>(qreal(largest) / 100, 1));
    m_amountAxis->applyNiceNumbers();
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_amountAxis->setTitleText(statement.currency);
}

} // namespace billing
