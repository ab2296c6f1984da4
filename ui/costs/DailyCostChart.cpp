#include "DailyCostChart.h"

#include "BillingCatalogue.h"
#include "CostItemNames.h"
#include "MoneyText.h"
#include "MonthStatement.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace billing {

DailyCostChart::DailyCostChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_dayAxis(new QBarCategoryAxis(this))
    , m_amountAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("dailyCostChartView"));
    setAccessibleName(tr("Cost per day, by item"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->addAxis(m_dayAxis, Qt::AlignBottom);
    chart()->addAxis(m_amountAxis, Qt::AlignLeft);
}

void DailyCostChart::showStatement(const MonthStatement &statement)
{
    chart()->removeAllSeries();
    m_days.clear();
    QStringList categories;
    qint64 largest = 0;
    for (const DayTotal &day : statement.byDay) {
        m_days.append(day.day);
        categories << QString::number(day.day.day());
        largest = std::max(largest, day.cents);
    }
    m_dayAxis->clear();
    m_dayAxis->append(categories);

    auto *series = new QStackedBarSeries;
    for (const BillingItem &item : BillingCatalogue::builtIn().items()) {
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
    m_amountAxis->setRange(0, std::max<qreal>(qreal(largest) / 100, 1));
    m_amountAxis->applyNiceNumbers();
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_amountAxis->setTitleText(statement.currency);
}

} // namespace billing
