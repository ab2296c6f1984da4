#include "SandboxLauncher.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifndef BILLING_CENTER_BIN
#define BILLING_CENTER_BIN ""
#endif

using namespace billing;
using namespace std::chrono_literals;

namespace {
// BILLING_CENTER_BIN from the environment, else the path CMake compiled in.
QString serverBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("BILLING_CENTER_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral(BILLING_CENTER_BIN) : fromEnvironment;
}

bool writeScript(const QString &path, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Reply {
    QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
    int status = 0;
    QByteArray body;
};

Reply httpRequest(const QUrl &url, const QByteArray &verb, const QByteArray &bearer = {},
                  const QJsonObject &body = {})
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, verb, payload));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply result;
    if (!finished.wait(15000))
        return result;
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    return result;
}
} // namespace

class TestSandboxLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaults();
    void commandLineAndSpiKey();
    void missingBinaryFails();
    void earlyExitFails();
    void silentServerTimesOut();
    void realServerAnswersHealthz();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxLauncher> m_launcher;
};

void TestSandboxLauncher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_launcher = std::make_unique<SandboxLauncher>();
    m_launcher->setDataDir(m_dir->filePath(u"data"_qs));
    m_launcher->setDemoWorkspaces(5);
}

void TestSandboxLauncher::cleanup()
{
    m_launcher.reset();
    m_dir.reset();
}

void TestSandboxLauncher::defaults()
{
    const SandboxLauncher launcher;
    QCOMPARE(QFileInfo(launcher.serverProgram()).fileName(), u"billing-center"_qs);
    QCOMPARE(QFileInfo(launcher.serverProgram()).absolutePath(),
             QCoreApplication::applicationDirPath());
    QVERIFY(launcher.dataDir().endsWith(u"/sandbox"));
    QVERIFY(!launcher.isRunning());
    QVERIFY(!launcher.isStarting());
    QVERIFY(launcher.url().isEmpty());
}

void TestSandboxLauncher::commandLineAndSpiKey()
{
    // A stand-in server that reports what it was given, then idles like the real one.
    const QString fake = m_dir->filePath(u"fake-server"_qs);
    QVERIFY(writeScript(fake, "printf '%s' \"$BILLING_CENTER_SPI_KEY\" > \"$PWD/spi-key\"\n"
                              "printf '%s\\n' \"$@\" > \"$PWD/args\"\n"
                              "echo 'a banner that is not the listening line'\n"
                              "echo 'listening http://127.0.0.1:1'\n"
                              "exec sleep 60\n"));
    m_launcher->setServerProgram(fake);
    QSignalSpy ready(m_launcher.get(), &SandboxLauncher::ready);
    QSignalSpy failed(m_launcher.get(), &SandboxLauncher::failed);
    QSignalSpy stopped(m_launcher.get(), &SandboxLauncher::stopped);

    m_launcher->start();
    QVERIFY(m_launcher->isStarting());
    QVERIFY(ready.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.first().first().toUrl(), QUrl(u"http://127.0.0.1:1"_qs));
    QVERIFY(m_launcher->isRunning());
    QCOMPARE(m_launcher->url(), QUrl(u"http://127.0.0.1:1"_qs));

    const QString data = m_launcher->dataDir();
    const QStringList args =
        QString::fromUtf8(readAll(data + u"/args"_qs)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(args, (QStringList{u"--listen"_qs, u"127.0.0.1:0"_qs, u"--sandbox"_qs,
                                u"--demo-workspaces"_qs, u"5"_qs, u"--db"_qs,
                                data + u"/billing-center.sqlite"_qs, u"--mail-dir"_qs,
                                data + u"/mail"_qs}));
    QCOMPARE(args, m_launcher->arguments());
    QVERIFY(QFileInfo(data + u"/mail"_qs).isDir());
    QCOMPARE(QFileInfo(data).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());

    const QByteArray firstKey = readAll(data + u"/spi-key"_qs);
    QVERIFY2(firstKey.size() >= 32, firstKey.constData());
    for (const QString &arg : args)
        QVERIFY(!arg.contains(QString::fromLatin1(firstKey)));

    // A second start while running only repeats where it listens.
    m_launcher->start();
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.count(), 2);
    QCOMPARE(ready.last().first().toUrl(), QUrl(u"http://127.0.0.1:1"_qs));

    m_launcher->stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!m_launcher->isRunning());
    QVERIFY(m_launcher->url().isEmpty());

    // Every start makes up a new key.
    m_launcher->start();
    QVERIFY(ready.wait(10000));
    const QByteArray secondKey = readAll(data + u"/spi-key"_qs);
    QVERIFY(secondKey.size() >= 32);
    QVERIFY(secondKey != firstKey);
    m_launcher->stop();
    QCOMPARE(stopped.count(), 2);
    QCOMPARE(failed.count(), 0);
}

void TestSandboxLauncher::missingBinaryFails()
{
    const QString missing = m_dir->filePath(u"no-such-dir/billing-center"_qs);
    m_launcher->setServerProgram(missing);
    QSignalSpy ready(m_launcher.get(), &SandboxLauncher::ready);
    QSignalSpy failed(m_launcher.get(), &SandboxLauncher::failed);
    m_launcher->start();
    QCOMPARE(failed.count(), 0); // reported from the event loop, not from inside start()
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(missing), qPrintable(message));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!m_launcher->isRunning());
    QVERIFY(!m_launcher->isStarting());
}

void TestSandboxLauncher::earlyExitFails()
{
    const QString broken = m_dir->filePath(u"broken-server"_qs);
    QVERIFY(writeScript(broken, "echo 'error: cannot open the database' >&2\nexit 3\n"));
    m_launcher->setServerProgram(broken);
    QSignalSpy ready(m_launcher.get(), &SandboxLauncher::ready);
    QSignalSpy failed(m_launcher.get(), &SandboxLauncher::failed);
    m_launcher->start();
    QVERIFY(failed.wait(10000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"exit code 3"), qPrintable(message));
    QVERIFY2(message.contains(u"cannot open the database"), qPrintable(message));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!m_launcher->isRunning());
}

void TestSandboxLauncher::silentServerTimesOut()
{
    const QString silent = m_dir->filePath(u"silent-server"_qs);
    QVERIFY(writeScript(silent, "echo $$ > \"$PWD/pid\"\nexec sleep 60\n"));
    m_launcher->setServerProgram(silent);
    m_launcher->setStartTimeout(500ms);
    QSignalSpy ready(m_launcher.get(), &SandboxLauncher::ready);
    QSignalSpy failed(m_launcher.get(), &SandboxLauncher::failed);
    m_launcher->start();
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(ready.count(), 0);
    QVERIFY(!m_launcher->isStarting());

    // The process was ended, not left behind.
    const QByteArray pid = readAll(m_launcher->dataDir() + u"/pid"_qs).trimmed();
    QVERIFY(!pid.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(u"/proc/"_qs + QString::fromLatin1(pid)), 5000);
}

void TestSandboxLauncher::realServerAnswersHealthz()
{
    const QString binary = serverBinary();
    if (binary.isEmpty() || !QFileInfo(binary).isExecutable())
        QSKIP(qPrintable(u"billing-center is not built (looked for \"%1\")"_qs.arg(binary)));
    m_launcher->setServerProgram(binary);
    m_launcher->setStartTimeout(60s);
    QSignalSpy ready(m_launcher.get(), &SandboxLauncher::ready);
    QSignalSpy failed(m_launcher.get(), &SandboxLauncher::failed);
    QSignalSpy stopped(m_launcher.get(), &SandboxLauncher::stopped);

    m_launcher->start();
    QVERIFY2(ready.wait(60000) || !failed.isEmpty(), "neither ready nor failed within 60 s");
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QUrl url = ready.first().first().toUrl();
    QCOMPARE(url.scheme(), u"http"_qs);
    QCOMPARE(url.host(), u"127.0.0.1"_qs);
    QVERIFY(url.port() > 0);
    QCOMPARE(m_launcher->url(), url);
    QVERIFY(QFileInfo::exists(m_launcher->dataDir() + u"/billing-center.sqlite"_qs));

    const Reply health = httpRequest(url.resolved(QUrl(u"/healthz"_qs)), "GET");
    QCOMPARE(health.error, QNetworkReply::NoError);
    QCOMPARE(health.status, 200);
    QCOMPARE(QJsonDocument::fromJson(health.body).object().value(u"status").toString(), u"ok"_qs);

    // --sandbox --demo-workspaces 5 reached the server: the demo account has five workspaces.
    const Reply session = httpRequest(
        url.resolved(QUrl(u"/api/v1/sessions"_qs)), "POST", {},
        QJsonObject{{u"username"_qs, u"demo"_qs}, {u"password"_qs, u"demo-pass-2026"_qs}});
    QCOMPARE(session.status, 201);
    const QByteArray token =
        QJsonDocument::fromJson(session.body).object().value(u"token").toString().toUtf8();
    QVERIFY(!token.isEmpty());
    const Reply workspaces =
        httpRequest(url.resolved(QUrl(u"/api/v1/workspaces"_qs)), "GET", token);
    QCOMPARE(workspaces.status, 200);
    QCOMPARE(QJsonDocument::fromJson(workspaces.body).object().value(u"total").toInt(), 5);

    m_launcher->stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!m_launcher->isRunning());
    const Reply afterStop = httpRequest(url.resolved(QUrl(u"/healthz"_qs)), "GET");
    QCOMPARE(afterStop.error, QNetworkReply::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
