// The Costs tab on the demo account (90 settled days of bills): the month before the current
// one, fully settled, with a day's lines opened from the chart.
#include "CostsLookup.h"
#include "DailyCostChart.h"
#include "DayLines.h"
#include "DemoScene.h"

#include <QBarSet>
#include <QComboBox>
#include <QStackedBarSeries>

namespace billing::test {
namespace {

QWidget *costs(ScreenContext &context)
{
    DemoScene *scene = makeScene(context);
    if (!scene)
        return nullptr;
    MainWindow &window = *scene->window;
    if (!showCosts(window)) {
        context.error = QStringLiteral("the costs did not load");
        return nullptr;
    }
    QComboBox *months = window.costsTab()->monthComboBox();
    months->setCurrentIndex(1);
    Q_EMIT months->activated(1);
    if (!waitForCosts(window.costs())) {
        context.error = QStringLiteral("the previous month did not load");
        return nullptr;
    }
    const auto series = window.costsTab()->chart()->chart()->series();
    auto *bars = series.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(series.first());
    if (bars && !bars->barSets().isEmpty())
        Q_EMIT bars->barSets().first()->clicked(10);
    auto *lines = window.findChild<DayLines *>();
    if (!lines || !QTest::qWaitFor([lines] { return !lines->isLoading(); }, 60000))
        context.error = QStringLiteral("the day's lines did not load");
    return &window;
}
} // namespace

void addCostsScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("main-window-costs"), costs);
}

} // namespace billing::test
