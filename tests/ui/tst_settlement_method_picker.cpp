// SettlementMethodPicker, the one radio-button picker of the registration wizard and the
// change-settlement dialog: object names, columns, updates in place, the choice it reports.
#include "SettlementMethodPicker.h"

#include <QGridLayout>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace billing;
using Option = SettlementMethodPicker::Option;

namespace {
Option option(SettlementMethod method, const QString &text, bool enabled = true,
              const QString &toolTip = {})
{
    return {.method = method,
            .text = text,
            .accessibleName = QStringLiteral("name ") + toWire(method),
            .enabled = enabled,
            .toolTip = toolTip};
}

QList<Option> allOptions()
{
    QList<Option> options;
    for (SettlementMethod method : allSettlementMethods())
        options.append(option(method, toWire(method)));
    return options;
}
} // namespace

class TestSettlementMethodPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectNames_data();
    void objectNames();
    void fillsColumnsRowByRow_data();
    void fillsColumnsRowByRow();
    void updatesButtonsInPlace();
    void reportsTheChoice();
    void disabledOptionCannotBeChosen();
};

void TestSettlementMethodPicker::objectNames_data()
{
    QTest::addColumn<SettlementMethod>("method");
    QTest::addColumn<QString>("objectName");
    QTest::newRow("billing center")
        << SettlementMethod::BillingCenter << QStringLiteral("billingCenterRadioButton");
    QTest::newRow("aliyun") << SettlementMethod::Aliyun << QStringLiteral("aliyunRadioButton");
    QTest::newRow("aws") << SettlementMethod::Aws << QStringLiteral("awsRadioButton");
    QTest::newRow("huawei") << SettlementMethod::Huawei << QStringLiteral("huaweiRadioButton");
    QTest::newRow("azure") << SettlementMethod::Azure << QStringLiteral("azureRadioButton");
}

void TestSettlementMethodPicker::objectNames()
{
    QFETCH(SettlementMethod, method);
    QFETCH(QString, objectName);
    QCOMPARE(SettlementMethodPicker::buttonObjectName(method), objectName);
    SettlementMethodPicker picker(1);
    picker.setOptions(allOptions());
    auto *radio = picker.findChild<QRadioButton *>(objectName);
    QVERIFY(radio);
    QCOMPARE(radio, picker.button(method));
    QCOMPARE(radio->accessibleName(), QStringLiteral("name ") + toWire(method));
}

void TestSettlementMethodPicker::fillsColumnsRowByRow_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("one column, first") << 1 << 0 << 0 << 0;
    QTest::newRow("one column, last") << 1 << 4 << 4 << 0;
    QTest::newRow("two columns, second") << 2 << 1 << 0 << 1;
    QTest::newRow("two columns, third") << 2 << 2 << 1 << 0;
    QTest::newRow("two columns, last") << 2 << 4 << 2 << 0;
    QTest::newRow("no columns counts as one") << 0 << 3 << 3 << 0;
}

void TestSettlementMethodPicker::fillsColumnsRowByRow()
{
    QFETCH(int, columns);
    QFETCH(int, index);
    QFETCH(int, row);
    QFETCH(int, column);
    SettlementMethodPicker picker(columns);
    picker.setOptions(allOptions());
    auto *grid = qobject_cast<QGridLayout *>(picker.layout());
    QVERIFY(grid);
    QRadioButton *radio = picker.button(allSettlementMethods().at(index));
    int gridRow = -1, gridColumn = -1, rowSpan = 0, columnSpan = 0;
    grid->getItemPosition(grid->indexOf(radio), &gridRow, &gridColumn, &rowSpan, &columnSpan);
    QCOMPARE(gridRow, row);
    QCOMPARE(gridColumn, column);
}

void TestSettlementMethodPicker::updatesButtonsInPlace()
{
    SettlementMethodPicker picker(2);
    picker.setOptions({option(SettlementMethod::Aliyun, QStringLiteral("Alibaba"), false,
                              QStringLiteral("not here"))});
    QRadioButton *aliyun = picker.button(SettlementMethod::Aliyun);
    QVERIFY(aliyun);
    QVERIFY(!aliyun->isEnabled());
    QCOMPARE(aliyun->toolTip(), QStringLiteral("not here"));

    picker.setOptions({option(SettlementMethod::Aliyun, QStringLiteral("Alibaba Cloud")),
                       option(SettlementMethod::Aws, QStringLiteral("AWS"))});
    QCOMPARE(picker.button(SettlementMethod::Aliyun), aliyun);
    QCOMPARE(aliyun->text(), QStringLiteral("Alibaba Cloud"));
    QVERIFY(aliyun->isEnabled());
    QVERIFY(aliyun->toolTip().isEmpty());
    QCOMPARE(picker.findChildren<QRadioButton *>().size(), 2);
    QVERIFY(picker.offers(SettlementMethod::Aws));
    QVERIFY(!picker.offers(SettlementMethod::Azure));
}

void TestSettlementMethodPicker::reportsTheChoice()
{
    SettlementMethodPicker picker(1);
    picker.setOptions(allOptions());
    QSignalSpy changed(&picker, &SettlementMethodPicker::methodChanged);
    QVERIFY(!picker.method().has_value());

    picker.setMethod(SettlementMethod::Aws);
    QVERIFY(picker.method() == SettlementMethod::Aws);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<SettlementMethod>(), SettlementMethod::Aws);

    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTest::mouseClick(picker.button(SettlementMethod::Huawei), Qt::LeftButton);
    QVERIFY(picker.method() == SettlementMethod::Huawei);
    QVERIFY(!picker.button(SettlementMethod::Aws)->isChecked());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<SettlementMethod>(), SettlementMethod::Huawei);

    // Checking the checked one again is no change.
    picker.setMethod(SettlementMethod::Huawei);
    QCOMPARE(changed.size(), 0);
}

void TestSettlementMethodPicker::disabledOptionCannotBeChosen()
{
    SettlementMethodPicker picker(2);
    picker.setOptions({option(SettlementMethod::BillingCenter, QStringLiteral("Billing Center")),
                       option(SettlementMethod::Azure, QStringLiteral("Azure (not yet supported)"),
                              false, QStringLiteral("not yet supported"))});
    picker.setMethod(SettlementMethod::BillingCenter);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QSignalSpy changed(&picker, &SettlementMethodPicker::methodChanged);
    QTest::mouseClick(picker.button(SettlementMethod::Azure), Qt::LeftButton);
    QVERIFY(picker.method() == SettlementMethod::BillingCenter);
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(TestSettlementMethodPicker)
#include "tst_settlement_method_picker.moc"
