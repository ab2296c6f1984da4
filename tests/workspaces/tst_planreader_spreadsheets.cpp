// PlanReader on CSV plans as spreadsheets save them (tests/fixtures/spreadsheets/csv): every
// encoding and separator reads to the plan of the app's own export, and says how it was read.
#include "PlanReader.h"
#include "PlanValidator.h"
#include "SiteTable.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringEncoder>
#include <QTest>

using namespace billing;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(BILLING_SPREADSHEET_FIXTURES "/csv/") + name;
}

QByteArray bytesOf(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList valuesOf(const PlanRow &row)
{
    return QStringList{QString::number(row.line)} + row.values();
}

const PlanRow *rowWithId(const Plan &plan, const QString &id)
{
    for (const PlanRow &row : plan.rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}
} // namespace

class TestPlanReaderSpreadsheets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAsExport_data();
    void sameAsExport();
    void utf16BigEndian();
    void windowsCodePage936();
    void brokenUtf16IsAnError();
    void strayByteInUtf8StaysUtf8();
    void neitherUtf8NorGb18030LosesNothing();
    void headerWithoutKnownSeparator();

private:
    void compareWithExport(const PlanReadResult &result);

    PlanReadResult m_export;
};

void TestPlanReaderSpreadsheets::initTestCase()
{
    m_export = PlanReader().readFile(fixture(u"export-utf8.csv"_qs));
    QVERIFY2(m_export.ok(), qPrintable(m_export.issues.value(0).toString()));
    QCOMPARE(m_export.encoding, u"UTF-8"_qs);
    QCOMPARE(m_export.separator, ',');
    QCOMPARE(m_export.plan.rows.size(), 20);
    // The baseline itself says what the generator wrote, not just what the reader made of it.
    QCOMPARE(m_export.plan.rows.first().name, u"生产环境-可观测性"_qs);
    const QHash<QString, QString> names{{u"ws_00000000000000a5"_qs, u"数据平台, 华南"_qs},
                                        {u"ws_00000000000000a6"_qs, u"\"蓝色\" 团队"_qs},
                                        {u"ws_00000000000000a7"_qs, u"市场部;品牌"_qs},
                                        {u"ws_00000000000000a9"_qs, u"两行\n名称"_qs},
                                        {u"ws_00000000000000aa"_qs, u"-prod 生产"_qs},
                                        {u"ws_00000000000000ac"_qs, u"物流调度\t中心"_qs},
                                        {u"ws_00000000000000ad"_qs, u"𠮷野家 €"_qs}};
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const PlanRow *row = rowWithId(m_export.plan, it.key());
        QVERIFY2(row, qPrintable(it.key()));
        QCOMPARE(row->name, it.value());
    }
    QCOMPARE(m_export.plan.rows.last().line, 22); // after the two-line name
    QSet<QString> methods;
    for (const PlanRow &row : std::as_const(m_export.plan.rows))
        methods.insert(row.method);
    QCOMPARE(methods, (QSet<QString>{u"billing_center"_qs, u"aliyun"_qs, u"huawei"_qs, u"aws"_qs,
                                     u"azure"_qs}));
    const QList<PlanIssue> issues =
        PlanValidator(SiteTable::builtIn(), allSettlementMethods()).validate(m_export.plan);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).toString()));
}

void TestPlanReaderSpreadsheets::compareWithExport(const PlanReadResult &result)
{
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(int(result.plan.format), int(Plan::Format::Csv));
    QCOMPARE(result.plan.rows.size(), m_export.plan.rows.size());
    for (qsizetype i = 0; i < result.plan.rows.size(); ++i)
        QCOMPARE(valuesOf(result.plan.rows.at(i)), valuesOf(m_export.plan.rows.at(i)));
}

void TestPlanReaderSpreadsheets::sameAsExport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<char>("separator");
    QTest::addColumn<QString>("description");

    const auto add = [](const char *file, const QString &encoding, char separator,
                        const QString &description) {
        QTest::newRow(file) << QString::fromLatin1(file) << encoding << separator << description;
    };
    add("excel-utf8-bom-quoted.csv", u"UTF-8"_qs, ',', u"UTF-8, separated by commas"_qs);
    add("excel-gb18030-comma.csv", u"GB18030"_qs, ',', u"GB18030, separated by commas"_qs);
    add("excel-utf8-semicolon.csv", u"UTF-8"_qs, ';', u"UTF-8, separated by semicolons"_qs);
    add("excel-unicode-text.txt", u"UTF-16LE"_qs, '\t', u"UTF-16LE, separated by tabs"_qs);
    add("excel-gb18030-semicolon.csv", u"GB18030"_qs, ';', u"GB18030, separated by semicolons"_qs);
    add("utf16le-no-bom-tab.txt", u"UTF-16LE"_qs, '\t', u"UTF-16LE, separated by tabs"_qs);
    add("libreoffice-gb18030-semicolon.csv", u"GB18030"_qs, ';',
        u"GB18030, separated by semicolons"_qs);
    add("libreoffice-utf16-tab.txt", u"UTF-16LE"_qs, '\t', u"UTF-16LE, separated by tabs"_qs);
    add("libreoffice-utf8-semicolon.csv", u"UTF-8"_qs, ';', u"UTF-8, separated by semicolons"_qs);
}

void TestPlanReaderSpreadsheets::sameAsExport()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(char, separator);
    QFETCH(QString, description);
    QVERIFY2(bytesOf(file) != bytesOf(u"export-utf8.csv"_qs), "the fixture is the export itself");
    const PlanReadResult result = PlanReader().readFile(fixture(file));
    compareWithExport(result);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.separator, separator);
    QCOMPARE(result.csvText(), description);
}

void TestPlanReaderSpreadsheets::utf16BigEndian()
{
    const QString text = QString::fromUtf8(bytesOf(u"export-utf8.csv"_qs));
    QStringEncoder encoder(QStringConverter::Utf16BE);
    const QByteArray bigEndian = encoder(text);
    QByteArray withBom("\xFE\xFF");
    withBom.append(bigEndian);
    for (const QByteArray &data : {withBom, bigEndian}) {
        const PlanReadResult result = PlanReader().read(data);
        compareWithExport(result);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(result.encoding, u"UTF-16BE"_qs);
    }
}

void TestPlanReaderSpreadsheets::windowsCodePage936()
{
    // Excel on Chinese Windows writes code page 936: the euro sign as 0x80, which GB18030
    // refuses, and '?' for what the code page lacks.
    QByteArray data = bytesOf(u"excel-gb18030-comma.csv"_qs);
    QStringEncoder gb18030("GB18030");
    const QByteArray name = gb18030(u"𠮷野家 €"_qs);
    QByteArray cp936 = gb18030(u"?野家 "_qs);
    cp936.append('\x80');
    QVERIFY(data.contains(name));
    data.replace(name, cp936);
    const PlanReadResult result = PlanReader().read(data);
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.encoding, u"GBK"_qs);
    QCOMPARE(result.plan.rows.size(), m_export.plan.rows.size());
    for (qsizetype i = 0; i < result.plan.rows.size(); ++i) {
        PlanRow expected = m_export.plan.rows.at(i);
        if (expected.id == u"ws_00000000000000ad")
            expected.name = u"?野家 €"_qs;
        QCOMPARE(valuesOf(result.plan.rows.at(i)), valuesOf(expected));
    }
}

void TestPlanReaderSpreadsheets::brokenUtf16IsAnError()
{
    const QByteArray data = bytesOf(u"excel-unicode-text.txt"_qs);
    // An unpaired high surrogate in the name on line 3, then an odd byte at the end.
    QStringEncoder utf16(QStringConverter::Utf16LE);
    const QByteArray name = utf16(u"华东"_qs);
    const qsizetype at = data.indexOf(name);
    QVERIFY(at > 0 && at % 2 == 0);
    PlanReadResult result = PlanReader().read(QByteArray(data).insert(at, "\x00\xD8", 2));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().line, 3);
    QVERIFY2(result.issues.first().message.contains(u"not valid UTF-16LE"_qs),
             qPrintable(result.issues.first().message));
    QVERIFY(result.plan.rows.isEmpty());

    result = PlanReader().read(data + "A");
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().line, 23);
    QVERIFY(result.plan.rows.isEmpty());
}

void TestPlanReaderSpreadsheets::strayByteInUtf8StaysUtf8()
{
    // One Latin-1 byte in an otherwise UTF-8 file is a broken byte, not a reason to read the
    // Chinese names as GB18030 (they would all turn into other characters).
    QByteArray data = bytesOf(u"export-utf8.csv"_qs);
    const qsizetype at = data.indexOf("Virginia");
    QVERIFY(at > 0);
    data.insert(at + 6, '\xE9');
    const PlanReadResult result = PlanReader().read(data);
    QCOMPARE(result.encoding, u"UTF-8"_qs);
    QCOMPARE(result.issues.size(), 1);
    const PlanIssue &issue = result.issues.first();
    QCOMPARE(issue.line, 20);
    QCOMPARE(issue.column, 2);
    QVERIFY2(issue.message.contains(u"not valid UTF-8"_qs), qPrintable(issue.message));
    QCOMPARE(result.plan.rows.size(), 19);
    for (const PlanRow &row : result.plan.rows) {
        const PlanRow *original = rowWithId(m_export.plan, row.id);
        QVERIFY(original);
        QCOMPARE(valuesOf(row), valuesOf(*original));
    }
}

void TestPlanReaderSpreadsheets::neitherUtf8NorGb18030LosesNothing()
{
    QByteArray data = bytesOf(u"excel-gb18030-comma.csv"_qs);
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    const QByteArray name = gb18030(u"华东"_qs);
    const qsizetype at = data.indexOf(name);
    QVERIFY(at > 0);
    data.insert(at, '\xFF'); // no GB18030 sequence starts with 0xFF
    const PlanReadResult result = PlanReader().read(data);
    QVERIFY(!result.ok());
    QCOMPARE(result.encoding, u"UTF-8"_qs); // as written; nothing was decoded
    bool nameOfSecondRow = false;
    QSet<int> linesWithIssues;
    for (const PlanIssue &issue : result.issues) {
        QVERIFY2(issue.message.contains(u"neither valid UTF-8 nor GB18030"_qs),
                 qPrintable(issue.toString()));
        nameOfSecondRow = nameOfSecondRow || (issue.line == 3 && issue.column == 2);
        linesWithIssues.insert(issue.line);
    }
    QVERIFY(nameOfSecondRow);
    // Every row is either read exactly (the ASCII ones) or reported: none comes out altered.
    QCOMPARE(result.plan.rows.size() + linesWithIssues.size(), m_export.plan.rows.size());
    QVERIFY(!result.plan.rows.isEmpty());
    for (const PlanRow &row : result.plan.rows) {
        const PlanRow *original = rowWithId(m_export.plan, row.id);
        QVERIFY(original);
        QCOMPARE(valuesOf(row), valuesOf(*original));
    }
}

void TestPlanReaderSpreadsheets::headerWithoutKnownSeparator()
{
    QByteArray data = bytesOf(u"export-utf8.csv"_qs);
    const qsizetype headerEnd = data.indexOf("\r\n");
    data.replace(0, headerEnd, data.left(headerEnd).replace(',', '|'));
    for (const QByteArray &prefix : {QByteArray(), QByteArray("\r\n")}) {
        const PlanReadResult result = PlanReader().read(prefix + data);
        QCOMPARE(result.issues.size(), 1);
        const PlanIssue &issue = result.issues.first();
        QCOMPARE(issue.line, prefix.isEmpty() ? 1 : 2);
        QVERIFY2(issue.message.contains(u"commas, semicolons or tabs"_qs),
                 qPrintable(issue.message));
        QVERIFY2(issue.message.contains(u"\"id|name|site|language|method|aliyun_account_id|"_qs),
                 qPrintable(issue.message));
        QVERIFY2(!issue.message.contains(u"not valid CSV"_qs), qPrintable(issue.message));
        QCOMPARE(result.separator, char(0));
        QCOMPARE(result.csvText(), u"UTF-8"_qs);
    }
}

QTEST_GUILESS_MAIN(TestPlanReaderSpreadsheets)
#include "tst_planreader_spreadsheets.moc"
