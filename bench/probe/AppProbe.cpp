// billing-desk-probe: the desktop start-up of billing-desk from the point where a session
// exists (the log-in dialog is skipped: the benchmark hands the token over on stdin) to the
// main window on screen. As the app does, it shows the profile's offline copy from the data
// folder at once (none in an empty one). It prints "shown <rows in the table>" once the window
// is exposed; with --memory it then waits until the sync is done (every workspace in the
// table) and prints "memory <rows> <resident KiB> <peak KiB>".
#include "ApplicationInfo.h"
#include "BillingClient.h"
#include "Branding.h"
#include "HugePageHeap.h"
#include "MainWindow.h"
#include "ServerProfile.h"
#include "Translations.h"
#include "WorkspaceSession.h"
#include "WorkspaceTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <string>

namespace {
QByteArray statusField(const QByteArray &status, const char *field)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0);
    }
    return "0";
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("billing-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("billing-desk"));
    billing::HugePageHeap::restartWithHugePagesIfUseful(argv); // as billing-desk does
    QGuiApplication::setDesktopFileName(billing::applicationId());
    QApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    QStringLiteral("Load every workspace, report memory."));
    const QCommandLineOption compress(
        QStringLiteral("compress"),
        QStringLiteral("gzip both ways, as to a remote server (the server is a WAN proxy)."));
    const QCommandLineOption afterSave(
        QStringLiteral("after-save"),
        QStringLiteral("With --memory: say \"loaded\", then the memory once the offline copy is "
                       "saved (a first start always saves it)."));
    parser.addOptions({server, memory, compress, afterSave});
    parser.process(app);

    billing::Translations::install(billing::Translations::systemLanguage());
    QApplication::setApplicationDisplayName(QStringLiteral("Billing Desk"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/billing/icons/billing-desk-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    const billing::Branding branding = billing::Branding::load();

    std::string token;
    std::getline(std::cin, token);
    const QUrl url(parser.value(server));
    QNetworkAccessManager network;
    billing::BillingClient client(&network, url);
    if (parser.isSet(compress))
        client.setCompression(billing::BillingClient::Compression::Always);
    client.setSession(billing::SessionInfo{QString::fromStdString(token), {}, {}});
    const billing::ServerProfile profile{QStringLiteral("bench"), QStringLiteral("Benchmark"), url,
                                         QStringLiteral("demo"), false};
    billing::WorkspaceSession session(
        client, profile, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    session.beginReadingCachedCopy(); // as DesktopFlow::signIn does
    billing::ClientError syncError;
    bool syncDone = false;
    QEventLoop synced;
    QObject::connect(&session, &billing::WorkspaceSession::syncFinished, &synced,
                     [&](const billing::ClientError &error) {
                         syncError = error;
                         syncDone = true;
                         synced.quit();
                     });
    // The copy is written on a thread after the sync; its bytes are freed once it is on disk.
    bool copySaved = false;
    QEventLoop saved;
    QObject::connect(&session, &billing::WorkspaceSession::cacheSaveFinished, &saved, [&] {
        copySaved = true;
        saved.quit();
    });

    billing::MainWindow window(session, branding, false);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;
    say("shown " + QByteArray::number(session.model().rowCount()));
    if (!parser.isSet(memory))
        return 0;

    if (!syncDone && session.isSyncing())
        synced.exec();
    if (syncError.isError()) {
        say("error " + syncError.detail.toUtf8());
        return 3;
    }
    // Memory as the window keeps it: once the copy's bytes are written and freed, as when the
    // copy was written on the GUI thread before the sync finished.
    if (parser.isSet(afterSave)) {
        say("loaded " + QByteArray::number(session.model().rowCount()));
        if (!copySaved)
            saved.exec();
    }
    QCoreApplication::processEvents();
    window.repaint();
    QFile status(QStringLiteral("/proc/self/status"));
    const QByteArray fields = status.open(QIODevice::ReadOnly) ? status.readAll() : QByteArray();
    say("memory " + QByteArray::number(session.model().rowCount()) + ' '
        + statusField(fields, "VmRSS:") + ' ' + statusField(fields, "VmHWM:"));
    return 0;
}
