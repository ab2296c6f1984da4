// PlanReader: good and bad plan files in both formats, with issues naming line and column.
#include "PlanReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace billing;

namespace {
const QByteArray kHeader = "id,name,site,language,method,aliyun_account_id,instance_id,status";
const QByteArray kId1 = "ws_00000000000000a1";
const QByteArray kId2 = "ws_00000000000000b2";

QByteArray jsonPlan(const QByteArray &workspaces, const QByteArray &version = "1")
{
    return "{\n  \"format\": \"billing-desk.workspaces\",\n  \"version\": " + version
           + ",\n  \"exportedAt\": \"2026-11-26T08:00:00Z\",\n  \"server\": "
             "\"http://127.0.0.1:8080\",\n  \"username\": \"demo\",\n  \"workspaces\": ["
           + workspaces + "]\n}\n";
}

QByteArray jsonRow(const QByteArray &id, const QByteArray &settlement)
{
    return "\n    {\"id\": \"" + id
           + "\", \"name\": \"n\", \"site\": \"cn1\", \"language\": "
             "\"zh\", \"settlement\": "
           + settlement + ", \"status\": \"active\"}";
}
} // namespace

class TestPlanReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFiles_data();
    void goodFiles();
    void badFiles_data();
    void badFiles();
    void oddNamesSurviveCsv();
    void encodingsAndSeparators_data();
    void encodingsAndSeparators();
    void unreadableFile();
};

void TestPlanReader::goodFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("lastLine");

    const QByteArray rows =
        jsonRow(kId1, R"({"method":"billing_center"})") + ","
        + jsonRow(
            kId2,
            R"({"method":"aliyun","aliyunAccountId":"1234567890123456","instanceId":"6227091","since":null})");
    QTest::newRow("json") << jsonPlan(rows) << int(Plan::Format::Json) << 2 << 9;
    QTest::newRow("json with BOM")
        << "\xEF\xBB\xBF" + jsonPlan(rows) << int(Plan::Format::Json) << 2 << 9;
    QTest::newRow("json CRLF") << jsonPlan(rows).replace("\n", "\r\n") << int(Plan::Format::Json)
                               << 2 << 9;
    QTest::newRow("json no rows") << jsonPlan("") << int(Plan::Format::Json) << 0 << 0;
    const QByteArray csv = kHeader + "\n" + kId1 + ",a,cn1,zh,billing_center,,,active\n" + kId2
                           + ",b,cn1,en,aliyun,1234567890123456,6227091,lock_pending\n";
    QTest::newRow("csv") << csv << int(Plan::Format::Csv) << 2 << 3;
    QTest::newRow("csv BOM and CRLF") << "\xEF\xBB\xBF" + QByteArray(csv).replace("\n", "\r\n")
                                      << int(Plan::Format::Csv) << 2 << 3;
    QTest::newRow("csv no final newline") << csv.chopped(1) << int(Plan::Format::Csv) << 2 << 3;
    QTest::newRow("csv blank lines") << kHeader + "\n\n" + kId1 + ",a,cn1,zh,aws,,,active\n\n"
                                     << int(Plan::Format::Csv) << 1 << 3;
    QTest::newRow("csv columns reordered")
        << "method,id,status,name,site,language,instance_id,aliyun_account_id\naws," + kId1
               + ",active,x,us1,en,,\n"
        << int(Plan::Format::Csv) << 1 << 2;
    QTest::newRow("csv multi-line name")
        << kHeader + "\n" + kId1 + ",\"two\nlines\",cn1,zh,aws,,,active\n" + kId2
               + ",b,cn1,zh,aws,,,active\n"
        << int(Plan::Format::Csv) << 2 << 4;
}

void TestPlanReader::goodFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(int, format);
    QFETCH(int, rows);
    QFETCH(int, lastLine);
    const PlanReadResult result = PlanReader().read(data);
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(int(result.plan.format), format);
    QCOMPARE(result.plan.rows.size(), rows);
    if (rows > 0)
        QCOMPARE(result.plan.rows.last().line, lastLine);
    if (rows == 2 && result.plan.rows.at(1).method == u"aliyun") {
        const PlanRow &row = result.plan.rows.at(1);
        QCOMPARE(row.id, QString::fromLatin1(kId2));
        QCOMPARE(row.aliyunAccountId, u"1234567890123456"_qs);
        QCOMPARE(row.instanceId, u"6227091"_qs);
    }
    if (format == int(Plan::Format::Json) && rows > 0) {
        QCOMPARE(result.plan.username, u"demo"_qs);
        QCOMPARE(result.plan.exportedAt, QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC));
    }
}

void TestPlanReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QByteArray good = jsonRow(kId1, R"({"method":"aws"})");
    QTest::newRow("truncated json") << jsonPlan(good).left(200) << 0 << 0 << u"not valid JSON"_qs;
    QTest::newRow("wrong version") << jsonPlan(good, "2") << 1 << 1 << u"unsupported version 2"_qs;
    QTest::newRow("version as text")
        << jsonPlan(good, "\"1\"") << 1 << 1 << u"unsupported version"_qs;
    QTest::newRow("another format")
        << QByteArray(R"({"format":"something.else","version":1,"workspaces":[]})") << 1 << 1
        << u"format"_qs;
    QTest::newRow("json array") << QByteArray("[]") << 1 << 1 << u"a plan is a JSON object"_qs;
    QTest::newRow("no workspaces")
        << QByteArray(R"({"format":"billing-desk.workspaces","version":1})") << 1 << 1
        << u"workspaces array"_qs;
    QTest::newRow("row not an object")
        << jsonPlan(good + ",\n    42") << 9 << 5 << u"JSON object"_qs;
    QTest::newRow("row without settlement")
        << jsonPlan(good + ",\n    {\"id\": \"" + kId2 + "\"}") << 9 << 5 << u"settlement"_qs;
    QTest::newRow("method not a string")
        << jsonPlan(jsonRow(kId1, R"({"method":3})")) << 8 << 5 << u"settlement.method"_qs;
    QTest::newRow("id missing") << jsonPlan(R"(
    {"settlement": {"method": "aws"}})")
                                << 8 << 5 << u"id is missing"_qs;

    QTest::newRow("csv missing columns") << QByteArray("id,name,site,method\nws_1,a,cn1,aws\n") << 1
                                         << 1 << u"missing columns: language"_qs;
    QTest::newRow("csv unknown column") << kHeader + ",colour\n" << 1 << 9 << u"colour"_qs;
    QTest::newRow("csv repeated column") << kHeader + ",site\n" << 1 << 9 << u"repeated"_qs;
    QTest::newRow("csv short row after multi-line name")
        << kHeader + "\n" + kId1 + ",\"a\r\nb\",cn1,zh,aws,,,active\r\n" + kId2 + ",b,cn1\r\n"
        << 4 << 4 << u"3 fields where the header has 8"_qs;
    QTest::newRow("csv unterminated quote") << kHeader + "\n" + kId1 + ",\"open,cn1,zh,aws,,,x\n"
                                            << 2 << 1 << u"not valid CSV"_qs;
    QTest::newRow("csv stray quote") << kHeader + "\n" + kId1 + ",a\"b,cn1,zh,aws,,,x\n"
                                     << 2 << 1 << u"not valid CSV"_qs;
    QTest::newRow("csv not utf-8") << kHeader + "\n" + kId1 + ",caf\xe9,cn1,zh,aws,,,active\n"
                                   << 2 << 2 << u"UTF-8"_qs;
    QTest::newRow("csv empty") << QByteArray() << 1 << 1 << u"empty"_qs;
    QTest::newRow("csv header without separator")
        << QByteArray("\r\nid name site language\nws_1 a cn1 zh\n") << 2 << 1
        << u"none of the expected columns (id, name, site, language, method, "
           "aliyun_account_id, huawei_account_id, instance_id, subscription_id, status) "
           "separated by commas, semicolons or tabs; it reads \"id name site language\""_qs;
    QTest::newRow("csv semicolons, stray quote")
        << QByteArray(kHeader + "\n" + kId1 + ",a\"b,cn1,zh,aws,,,x\n").replace(',', ';') << 2 << 1
        << u"not valid CSV"_qs;
    QTest::newRow("csv id missing") << kHeader + "\n,a,cn1,zh,aws,,,active\n"
                                    << 2 << 1 << u"id is missing"_qs;
}

void TestPlanReader::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const PlanReadResult result = PlanReader().read(data);
    QVERIFY(!result.ok());
    const PlanIssue &issue = result.issues.first();
    const QString text = issue.toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    if (line > 0)
        QCOMPARE(issue.line, line);
    if (column > 0)
        QCOMPARE(issue.column, column);
    if (issue.line > 0)
        QVERIFY2(text.startsWith(u"line %1, column %2"_qs.arg(issue.line).arg(issue.column)),
                 qPrintable(text));
}

void TestPlanReader::oddNamesSurviveCsv()
{
    const QStringList names{u"Sales, EMEA"_qs,           u"\"Blue\" team"_qs, u"two\r\nlines"_qs,
                            u"生产环境-可观测性"_qs,     u"  spaced  "_qs,    u"O'Brien's lab"_qs,
                            u"data, \"raw\" & cooked"_qs};
    QByteArray csv = kHeader + "\r\n";
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString quoted = names.at(i);
        quoted.replace(u"\""_qs, u"\"\""_qs);
        csv += QStringLiteral("ws_%1,\"%2\",cn1,zh,aws,,,active\r\n")
                   .arg(i, 16, 16, QLatin1Char('0'))
                   .arg(quoted)
                   .toUtf8();
    }
    const PlanReadResult result = PlanReader().readCsv(csv);
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.plan.rows.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(result.plan.rows.at(i).name, names.at(i));
    QCOMPARE(result.plan.rows.at(3).line, 6); // after the two-line name
}

void TestPlanReader::encodingsAndSeparators_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<char>("separator");

    // A comma inside the name needs quotes only where the comma separates.
    const auto plan = [](QChar separator, bool quoteHeader = false) -> QString {
        QStringList header = QString::fromLatin1(kHeader).split(u',');
        if (quoteHeader) {
            for (QString &name : header)
                name = u'"' + name + u'"';
        }
        const QString name = separator == u',' ? u"\"中文, 名称\""_qs : u"中文, 名称"_qs;
        const QStringList row{
            QString::fromLatin1(kId1), name, u"cn1"_qs, u"zh"_qs, u"aws"_qs, {}, {}, u"active"_qs};
        return header.join(separator) + u"\r\n" + row.join(separator) + u"\r\n";
    };
    const QString text = plan(u',');
    QStringEncoder gb18030("GB18030");
    QStringEncoder utf16le(QStringConverter::Utf16LE);
    QStringEncoder utf16be(QStringConverter::Utf16BE);
    const QByteArray gb = gb18030(text);
    const QByteArray le = utf16le(text);
    const QByteArray be = utf16be(text);
    QTest::newRow("utf-8") << text.toUtf8() << u"UTF-8"_qs << ',';
    QTest::newRow("utf-8 BOM") << "\xEF\xBB\xBF" + text.toUtf8() << u"UTF-8"_qs << ',';
    QTest::newRow("gb18030") << gb << u"GB18030"_qs << ',';
    QTest::newRow("utf-16le BOM") << "\xFF\xFE" + le << u"UTF-16LE"_qs << ',';
    QTest::newRow("utf-16le") << le << u"UTF-16LE"_qs << ',';
    QTest::newRow("utf-16be BOM") << "\xFE\xFF" + be << u"UTF-16BE"_qs << ',';
    QTest::newRow("semicolons") << plan(u';').toUtf8() << u"UTF-8"_qs << ';';
    QTest::newRow("tabs") << plan(u'\t').toUtf8() << u"UTF-8"_qs << '\t';
    QTest::newRow("semicolons, quoted header") << plan(u';', true).toUtf8() << u"UTF-8"_qs << ';';
}

void TestPlanReader::encodingsAndSeparators()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, encoding);
    QFETCH(char, separator);
    const PlanReadResult result = PlanReader().read(data);
    QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.separator, separator);
    QCOMPARE(result.plan.rows.size(), 1);
    const PlanRow &row = result.plan.rows.first();
    QCOMPARE(row.id, QString::fromLatin1(kId1));
    QCOMPARE(row.name, u"中文, 名称"_qs);
    QCOMPARE(row.method, u"aws"_qs);
    QCOMPARE(row.status, u"active"_qs);
    QCOMPARE(row.line, 2);
}

void TestPlanReader::unreadableFile()
{
    const PlanReadResult result = PlanReader().readFile(u"/nonexistent/plan.json"_qs);
    QVERIFY(!result.ok());
    QCOMPARE(result.issues.first().line, 0);
    QVERIFY(result.issues.first().toString().contains(u"/nonexistent/plan.json"_qs));
}

QTEST_GUILESS_MAIN(TestPlanReader)
#include "tst_planreader.moc"
