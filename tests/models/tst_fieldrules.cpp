// The contract's field rules (models/contract/FieldRules): one verdict per input, good, bad
// and edge rows. The wording of each side is tested where it lives (tst_server_registration,
// tst_registration_controller); tst_contract_parity holds the two sides to the same verdicts.
#include "FieldRules.h"

#include <QHash>
#include <QTest>

using namespace billing;

namespace {
FieldVerdict check(const QString &field, const QString &input)
{
    using namespace FieldRules;
    static const QHash<QString, FieldVerdict (*)(const QString &)> rules{
        {u"username"_qs, checkUsername}, {u"password"_qs, checkPassword},
        {u"email"_qs, checkEmail},       {u"phone"_qs, checkPhone},
        {u"company"_qs, checkCompany},   {u"name"_qs, checkWorkspaceName},
        {u"language"_qs, checkLanguage},
    };
    return rules.value(field)(input);
}

void row(const char *name, const char *field, const QString &input, FieldVerdict verdict)
{
    QTest::newRow(name) << QString::fromLatin1(field) << input << verdict;
}
} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void charactersAreCountedAsSeen();
};

void TestFieldRules::verdicts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<FieldVerdict>("verdict");
    using V = FieldVerdict;

    row("username 3", "username", u"abc"_qs, V::Ok);
    row("username 32", "username", QString(32, u'u'), V::Ok);
    row("username all classes", "username", u"a.B_c-9"_qs, V::Ok);
    row("username empty", "username", {}, V::Missing);
    row("username 2", "username", u"ab"_qs, V::TooShort);
    row("username 33", "username", QString(33, u'u'), V::TooLong);
    row("username space", "username", u"john doe"_qs, V::BadCharacters);
    row("username umlaut", "username", u"jürgen"_qs, V::BadCharacters);
    row("username trailing newline", "username", u"abc\n"_qs, V::BadCharacters);

    row("password 8", "password", u"12345678"_qs, V::Ok);
    row("password 128", "password", QString(128, u'p'), V::Ok);
    row("password empty", "password", {}, V::Missing);
    row("password 7", "password", u"1234567"_qs, V::TooShort);
    row("password 129", "password", QString(129, u'p'), V::TooLong);
    row("password 4 emoji", "password", QString::fromUcs4(U"🔑").repeated(4), V::TooShort);

    row("email tagged", "email", u"First.Last+tag@sub.example.co"_qs, V::Ok);
    row("email empty", "email", {}, V::Missing);
    row("email no tld", "email", u"user@example"_qs, V::BadFormat);
    row("email two ats", "email", u"a@@example.com"_qs, V::BadFormat);
    row("email padded", "email", u" a@example.com"_qs, V::BadFormat);
    row("email trailing newline", "email", u"a@example.com\n"_qs, V::BadFormat);
    row("email 255", "email", QString(243, u'a') + u"@example.com"_qs, V::TooLong);

    row("phone 6 digits", "phone", u"123456"_qs, V::Ok);
    row("phone + and 20 digits", "phone", u"+"_qs + QString(20, u'1'), V::Ok);
    row("phone spaces and dashes", "phone", u"+86 10-8888 6666"_qs, V::Ok);
    row("phone empty", "phone", {}, V::Missing);
    row("phone 5 digits", "phone", u"12345"_qs, V::TooShort);
    row("phone 21 digits", "phone", QString(21, u'1'), V::TooLong);
    row("phone double dash", "phone", u"138--0000"_qs, V::BadFormat);
    row("phone letters", "phone", u"+86 CALL-ME"_qs, V::BadFormat);

    row("company padded", "company", u"  Acme  "_qs, V::Ok);
    row("company 128 CJK", "company", QString(128, QChar(0x516C)), V::Ok);
    row("company blank", "company", u" \t "_qs, V::Missing);
    row("company 129", "company", QString(129, u'c'), V::TooLong);

    row("workspace name 64 emoji", "name", QString::fromUcs4(U"🚀").repeated(64), V::Ok);
    row("workspace name blank", "name", u"\t"_qs, V::Missing);
    row("workspace name 65", "name", QString(65, u'w'), V::TooLong);

    row("language zh", "language", u"zh"_qs, V::Ok);
    row("language en", "language", u"en"_qs, V::Ok);
    row("language empty", "language", {}, V::Missing);
    row("language upper case", "language", u"EN"_qs, V::BadFormat);
}

void TestFieldRules::verdicts()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(FieldVerdict, verdict);
    QCOMPARE(check(field, input), verdict);
}

void TestFieldRules::charactersAreCountedAsSeen()
{
    QCOMPARE(FieldRules::characterCount(QString::fromUcs4(U"a🚀b")), 3);
    QCOMPARE(FieldRules::characterCount({}), 0);
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
