// The billingdesk:// link handler opened twice: the real billing-desk, started as the
// desktop file starts it (with the link as its argument), while another one runs. The
// first start shows its log-in; no Billing Center needs to answer for the hand-over.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
const QString kCode = QStringLiteral("K7M9-WXYZ");
const QString kSocket = QStringLiteral("billing-desk.socket");
// Nothing listens on the discard port: the first start goes on to its log-in form.
const QString kServer = QStringLiteral("http://127.0.0.1:9");

struct Run {
    int exitCode = -1; // -1: crashed or still running after the timeout
    QString err;
};
} // namespace

class TestLinkHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondStartHandsTheLinkToTheFirst();
    void staleSocketOfACrashedFirstIsTakenOver();
    void cleanup();

private:
    QProcessEnvironment environment() const;
    QString link() const;
    Run startLink() const; // billing-desk <link>, as the desktop entry starts it
    bool startFirst();
    // Waits until the first start's log holds `text` `count` times.
    bool firstLogged(const QByteArray &text, int count = 1);
    QString socketPath() const { return QDir(m_runtime.path()).filePath(kSocket); }

    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
    std::unique_ptr<QProcess> m_first;
    QByteArray m_firstLog;
};

void TestLinkHandler::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QProcessEnvironment TestLinkHandler::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("billing.*.info=true"));
    return env;
}

QString TestLinkHandler::link() const
{
    return u"billingdesk://claim?server=" + QString::fromLatin1(QUrl::toPercentEncoding(kServer))
           + u"&code=" + kCode;
}

Run TestLinkHandler::startLink() const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(BILLING_DESK_BIN), {link()});
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

bool TestLinkHandler::startFirst()
{
    m_first = std::make_unique<QProcess>();
    m_first->setProcessEnvironment(environment());
    m_first->setProcessChannelMode(QProcess::SeparateChannels);
    m_first->start(QStringLiteral(BILLING_DESK_BIN), {QStringLiteral("--server"), kServer});
    m_firstLog.clear();
    return m_first->waitForStarted(10000) && firstLogged("listening for later starts on");
}

bool TestLinkHandler::firstLogged(const QByteArray &text, int count)
{
    return QTest::qWaitFor(
        [&] {
            m_firstLog += m_first->readAllStandardError();
            return m_firstLog.count(text) >= count;
        },
        20000);
}

void TestLinkHandler::cleanup()
{
    if (m_first) {
        m_first->kill();
        m_first->waitForFinished(5000);
        m_first.reset();
    }
    QFile::remove(socketPath());
}

void TestLinkHandler::secondStartHandsTheLinkToTheFirst()
{
    QVERIFY(startFirst());

    const Run second = startLink();
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains(u"handed the command line to the running Billing Desk"),
             qPrintable(second.err));

    QVERIFY(firstLogged("a later start handed over its command line of 2 arguments"));
    QCOMPARE(m_first->state(), QProcess::Running); // the first keeps running
    // The claim code went over the socket, never into a log.
    QVERIFY(!m_firstLog.contains(kCode.toUtf8()));
    QVERIFY(!m_firstLog.contains(QString(kCode).remove(u'-').toUtf8()));
    QVERIFY(!second.err.contains(kCode));

    // Opened again: handed over again.
    const Run third = startLink();
    QCOMPARE(third.exitCode, 0);
    QVERIFY(firstLogged("a later start handed over its command line", 2));
}

void TestLinkHandler::staleSocketOfACrashedFirstIsTakenOver()
{
    QVERIFY(startFirst());
    m_first->kill(); // SIGKILL: the socket file stays behind
    QVERIFY(m_first->waitForFinished(5000));
    QVERIFY(QFileInfo(socketPath()).exists());

    // The new first start listens on the same path (Qt replaces the dead socket, or
    // SingleInstance removes it) ...
    QVERIFY(startFirst());
    // ... and later starts reach it, not the dead one.
    const Run second = startLink();
    QCOMPARE(second.exitCode, 0);
    QVERIFY(firstLogged("a later start handed over its command line"));
}

QTEST_GUILESS_MAIN(TestLinkHandler)
#include "tst_link_handler.moc"
