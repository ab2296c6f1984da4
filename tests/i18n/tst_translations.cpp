// The Simplified Chinese translation is complete: every message of billingdesk_zh_CN.ts is
// finished, and every tr() string of the current sources is in it. The second check runs
// lupdate on the sources, as the update_translations target does, into a temporary file.
// While several parts add strings at once (translations/pending/*.tsv) this fails until
// scripts/lib/merge-pending-translations has merged them.
#include "TsFile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace billing::test;

namespace {
constexpr int kListed = 25; // enough to act on, short enough to read

bool isLive(const TsMessage &message)
{
    return message.type != u"vanished" && message.type != u"obsolete";
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(u'L'));
    return found;
}

QString listed(const QStringList &problems)
{
    QStringList shown = problems.mid(0, kListed);
    if (problems.size() > kListed)
        shown << QStringLiteral("… and %1 more").arg(problems.size() - kListed);
    return shown.join(u'\n');
}
} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMessageIsTranslated();
    void placeholdersAreKept();
    void everySourceStringIsInTheTsFile();
    void everyStringHasAClassContext();

private:
    TsFile m_chinese;
    TsFile m_current; // lupdate's view of the sources now
};

void TranslationsTest::initTestCase()
{
    m_chinese = TsFile::read(QStringLiteral(BILLING_ZH_TS));
    QVERIFY2(m_chinese.error.isEmpty(), qPrintable(m_chinese.error));
    QVERIFY2(m_chinese.messages.size() > 100, "billingdesk_zh_CN.ts holds almost nothing");
}

void TranslationsTest::everyMessageIsTranslated()
{
    QStringList problems;
    for (const TsMessage &message : std::as_const(m_chinese.messages)) {
        if (!isLive(message))
            continue;
        const bool empty = message.translations.isEmpty()
                           || std::any_of(message.translations.begin(), message.translations.end(),
                                          [](const QString &t) { return t.trimmed().isEmpty(); });
        if (message.type == u"unfinished")
            problems << QStringLiteral("unfinished: ") + message.where();
        else if (empty)
            problems << QStringLiteral("empty: ") + message.where();
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("billingdesk_zh_CN.ts is not complete:\n") + listed(problems)));
}

void TranslationsTest::placeholdersAreKept()
{
    QStringList problems;
    for (const TsMessage &message : std::as_const(m_chinese.messages)) {
        if (!isLive(message) || message.type == u"unfinished")
            continue;
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != expected)
                problems << message.where() + QStringLiteral(" → ") + translation;
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("translations that lose or add a %1/%n placeholder:\n")
                        + listed(problems)));
}

void TranslationsTest::everySourceStringIsInTheTsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    const QString root = QStringLiteral(BILLING_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The same sources and options as translations/CMakeLists.txt.
    lupdate.start(QStringLiteral(BILLING_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QStringLiteral("-target-language"), QStringLiteral("zh_CN"),
                   root + QStringLiteral("/models"), root + QStringLiteral("/app"),
                   root + QStringLiteral("/ui"), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(90000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    m_current = TsFile::read(fresh);
    const TsFile &current = m_current;
    QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
    QVERIFY2(current.messages.size() > 100, "lupdate found almost no tr() string");

    QSet<QString> translated;
    for (const TsMessage &message : std::as_const(m_chinese.messages)) {
        if (isLive(message) && message.type != u"unfinished")
            translated.insert(message.key());
    }
    QStringList missing;
    for (const TsMessage &message : current.messages) {
        if (!translated.contains(message.key()))
            missing << message.where();
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("tr() strings without a Chinese translation (run the "
                                       "update_translations target, then translate them in "
                                       "billingdesk_zh_CN.ts):\n")
                        + listed(missing)));
}

// A tr() in a free function is filed by lupdate under the bare namespace, while a local
// helper usually translates under a class context at run time: the translation is never
// found. Such files declare a context class (Q_DECLARE_TR_FUNCTIONS) and call its tr().
void TranslationsTest::everyStringHasAClassContext()
{
    if (m_current.messages.isEmpty())
        QSKIP("lupdate did not run");
    QStringList problems;
    for (const TsMessage &message : std::as_const(m_current.messages)) {
        if (!message.context.contains(QStringLiteral("::")))
            problems << message.where();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("tr() strings outside a class context (lupdate files them "
                                       "where the run-time lookup will not find them):\n")
                        + listed(problems)));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
