// The Link header of a list page (issue 20): the cursor of the rel="next" link, as the
// client reads it to ask for the next page while this one still arrives.
#include "NextPageLink.h"

#include <QTest>

using namespace billing;

class TestNextPageLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cursor_data();
    void cursor();
    void formatReadsBack();
    void oversizedHeaderIsIgnored();
};

void TestNextPageLink::cursor_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("cursor");

    QTest::newRow("as the server sends it")
        << QByteArray(R"(</api/v1/workspaces?limit=5000&cursor=c1.42>; rel="next")") << "c1.42";
    QTest::newRow("escaped cursor")
        << QByteArray(R"(</api/v1/workspaces?cursor=a%2Bb%26c%3D>; rel="next")") << "a+b&c=";
    QTest::newRow("absolute URI") << QByteArray(R"(<https://bc.example/w?cursor=x>; rel="next")")
                                  << "x";
    QTest::newRow("unquoted rel") << QByteArray("</w?cursor=x>;rel=next") << "x";
    QTest::newRow("rel list, any case")
        << QByteArray(R"(</w?cursor=x>; rel="prefetch NEXT")") << "x";
    QTest::newRow("after another link")
        << QByteArray(R"(</w?cursor=p>; rel="prev", </w?cursor=n>; rel="next")") << "n";
    QTest::newRow("quoted comma and semicolon before")
        << QByteArray(R"(</w?cursor=p>; title="a, b; c", </w?cursor=n>; rel="next")") << "n";
    QTest::newRow("other parameters")
        << QByteArray(R"(</w?cursor=n>; type="x"; rel="next")") << "n";
    QTest::newRow("no next") << QByteArray(R"(</w?cursor=p>; rel="prev")") << "";
    QTest::newRow("next without a cursor") << QByteArray(R"(</w?limit=5>; rel="next")") << "";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("rel next in a title only")
        << QByteArray(R"(</w?cursor=n>; title="rel=\"next\"")") << "";
    QTest::newRow("unterminated target") << QByteArray(R"(</w?cursor=n; rel="next")") << "";
    QTest::newRow("unterminated quote") << QByteArray(R"(</w?cursor=n>; rel="next)") << "";
    QTest::newRow("garbage before") << QByteArray(R"(x</w?cursor=n>; rel="next")") << "";
    QTest::newRow("nextpage is not next") << QByteArray(R"(</w?cursor=n>; rel="nextpage")") << "";
}

void TestNextPageLink::cursor()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, cursor);
    QCOMPARE(NextPageLink::cursor(header), cursor);
}

void TestNextPageLink::formatReadsBack()
{
    const QByteArray header = NextPageLink::format("/api/v1/workspaces?site=cn&cursor=c1.9%2B");
    QCOMPARE(header, QByteArray(R"(</api/v1/workspaces?site=cn&cursor=c1.9%2B>; rel="next")"));
    QCOMPARE(NextPageLink::cursor(header), QStringLiteral("c1.9+"));
}

void TestNextPageLink::oversizedHeaderIsIgnored()
{
    QByteArray header = NextPageLink::format("/w?cursor=n");
    QCOMPARE(NextPageLink::cursor(header), QStringLiteral("n"));
    header.append(", ").append(QByteArray(NextPageLink::kMaxHeaderBytes, 'x'));
    QCOMPARE(NextPageLink::cursor(header), QString());
}

QTEST_GUILESS_MAIN(TestNextPageLink)
#include "tst_nextpagelink.moc"
