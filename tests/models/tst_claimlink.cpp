#include "ClaimCode.h"
#include "ClaimLink.h"

#include <QTest>

using namespace billing;

class TestClaimLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void code_data();
    void code();
    void typing_data();
    void typing();
    void messagesAreDistinct();
    void link_data();
    void link();
    void sameServer_data();
    void sameServer();
};

void TestClaimLink::code_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ClaimCode::Error>("error");

    using E = ClaimCode::Error;
    QTest::newRow("shown form") << "ABCD-EFGH"
                                << "ABCDEFGH" << E::None;
    QTest::newRow("no dash") << "ABCDEFGH"
                             << "ABCDEFGH" << E::None;
    QTest::newRow("lower case padded") << "  abcd-efgh\n"
                                       << "ABCDEFGH" << E::None;
    QTest::newRow("spaces inside") << "AB CD EF GH"
                                   << "ABCDEFGH" << E::None;
    QTest::newRow("digits") << "2345-6789"
                            << "23456789" << E::None;
    QTest::newRow("en dash") << QString::fromUtf16(u"WXYZ\u2013K7M9") << "WXYZK7M9" << E::None;
    QTest::newRow("empty") << ""
                           << "" << E::Empty;
    QTest::newRow("only dashes") << " - "
                                 << "" << E::Empty;
    QTest::newRow("zero") << "ABCD-EFG0"
                          << "" << E::BadCharacter;
    QTest::newRow("letter O") << "OBCD-EFGH"
                              << "" << E::BadCharacter;
    QTest::newRow("one") << "1BCD-EFGH"
                         << "" << E::BadCharacter;
    QTest::newRow("letter I") << "ABCD-EFGI"
                              << "" << E::BadCharacter;
    QTest::newRow("punctuation") << "ABCD_EFGH"
                                 << "" << E::BadCharacter;
    QTest::newRow("short") << "ABCD-EFG"
                           << "" << E::WrongLength;
    QTest::newRow("long") << "ABCD-EFGHJ"
                          << "" << E::WrongLength;
}

void TestClaimLink::code()
{
    QFETCH(QString, input);
    QFETCH(QString, value);
    QFETCH(ClaimCode::Error, error);
    const ClaimCode code = ClaimCode::parse(input);
    QCOMPARE(code.error, error);
    QCOMPARE(code.value, value);
    QCOMPARE(code.ok(), error == ClaimCode::Error::None);
    QCOMPARE(code.message().isEmpty(), code.ok());
    if (code.ok())
        QCOMPARE(code.display(), value.left(4) + u'-' + value.mid(4));
}

void TestClaimLink::typing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("partial") << "ab"
                             << "AB";
    QTest::newRow("four") << "abcd"
                          << "ABCD";
    QTest::newRow("five") << "abcde"
                          << "ABCD-E";
    QTest::newRow("pasted spaced") << " abcd efgh "
                                   << "ABCD-EFGH";
    QTest::newRow("bad kept") << "abc0e"
                              << "ABC0-E";
}

void TestClaimLink::typing()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QCOMPARE(ClaimCode::typing(input), shown);
}

void TestClaimLink::messagesAreDistinct()
{
    const QString empty = ClaimCode::parse({}).message();
    const QString similar = ClaimCode::parse(QStringLiteral("ABCD-EFG0")).message();
    const QString other = ClaimCode::parse(QStringLiteral("ABCD-EFG#")).message();
    const QString length = ClaimCode::parse(QStringLiteral("ABC")).message();
    QVERIFY(similar.contains(u'0'));
    QVERIFY(other.contains(u'#'));
    QCOMPARE(QSet<QString>({empty, similar, other, length}).size(), 4);
}

void TestClaimLink::link_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ClaimLink::Error>("error");
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("code");

    using E = ClaimLink::Error;
    const QUrl local(QStringLiteral("http://127.0.0.1:8443"));
    QTest::newRow("encoded server")
        << "billingdesk://claim?server=http%3A%2F%2F127.0.0.1%3A8443&code=ABCD-EFGH" << E::None
        << local << "ABCDEFGH";
    QTest::newRow("lower-case code, path in server")
        << "billingdesk://claim?server=https%3A%2F%2Fbilling.example.com%2Fcenter%2F&code=k7m9wxyz"
        << E::None << QUrl(QStringLiteral("https://billing.example.com/center/")) << "K7M9WXYZ";
    QTest::newRow("scheme in capitals, no slashes")
        << "BillingDesk:claim?server=http%3A%2F%2F127.0.0.1%3A8443&code=ABCD-EFGH" << E::None
        << local << "ABCDEFGH";
    QTest::newRow("padded")
        << "  billingdesk://claim?server=http%3A%2F%2F127.0.0.1%3A8443&code=ABCDEFGH\n"
        << E::None << local << "ABCDEFGH";
    QTest::newRow("web link") << "https://billing.example.com/claim?code=ABCD-EFGH" << E::NotALink
                              << QUrl() << "";
    QTest::newRow("not a url") << "ABCD-EFGH" << E::NotALink << QUrl() << "";
    QTest::newRow("other action")
        << "billingdesk://open?server=http%3A%2F%2F127.0.0.1%3A8443&code=ABCD-EFGH"
        << E::UnknownAction << QUrl() << "";
    QTest::newRow("no server") << "billingdesk://claim?code=ABCD-EFGH" << E::BadServer << QUrl()
                               << "";
    QTest::newRow("server not web")
        << "billingdesk://claim?server=file%3A%2F%2F%2Fetc%2Fpasswd&code=ABCD-EFGH" << E::BadServer
        << QUrl() << "";
    QTest::newRow("server with credentials")
        << "billingdesk://claim?server=https%3A%2F%2Fu%3Ap%40evil.example&code=ABCD-EFGH"
        << E::BadServer << QUrl() << "";
    QTest::newRow("no code") << "billingdesk://claim?server=http%3A%2F%2F127.0.0.1%3A8443"
                             << E::BadCode << local << "";
    QTest::newRow("bad code")
        << "billingdesk://claim?server=http%3A%2F%2F127.0.0.1%3A8443&code=ABCD-EFG0" << E::BadCode
        << local << "";
}

void TestClaimLink::link()
{
    QFETCH(QString, text);
    QFETCH(ClaimLink::Error, error);
    QFETCH(QUrl, server);
    QFETCH(QString, code);
    const ClaimLink link = ClaimLink::parse(text);
    QCOMPARE(link.error, error);
    QCOMPARE(link.message().isEmpty(), link.ok());
    QCOMPARE(link.code.value, code);
    if (!server.isEmpty())
        QCOMPARE(link.server, server);
    QCOMPARE(ClaimLink::looksLikeLink(text), error != ClaimLink::Error::NotALink);
    if (error == ClaimLink::Error::BadCode)
        QVERIFY(link.message().contains(link.code.message()));
}

void TestClaimLink::sameServer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << "http://127.0.0.1:8443"
                               << "http://127.0.0.1:8443" << true;
    QTest::newRow("trailing slash") << "https://b.example.com/"
                                    << "https://b.example.com" << true;
    QTest::newRow("host case") << "https://B.Example.com"
                               << "https://b.example.com" << true;
    QTest::newRow("default port") << "https://b.example.com:443"
                                  << "https://b.example.com" << true;
    QTest::newRow("other port") << "http://127.0.0.1:8443"
                                << "http://127.0.0.1:8444" << false;
    QTest::newRow("other host") << "https://a.example.com"
                                << "https://b.example.com" << false;
    QTest::newRow("other scheme") << "http://b.example.com"
                                  << "https://b.example.com" << false;
    QTest::newRow("other path") << "https://b.example.com/x"
                                << "https://b.example.com/y" << false;
}

void TestClaimLink::sameServer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(ClaimLink::sameServer(QUrl(a), QUrl(b)), same);
    QCOMPARE(ClaimLink::sameServer(QUrl(b), QUrl(a)), same);
}

QTEST_GUILESS_MAIN(TestClaimLink)
#include "tst_claimlink.moc"
