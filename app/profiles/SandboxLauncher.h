#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace billing {

// Starts the bundled Billing Center (billing-center) as a local sandbox on a free loopback
// port, with demo data in its own data directory, and says where it listens. The
// marketplace (SPI) key is made up afresh for every start and handed over only through the
// environment, never on the command line where `ps` would show it.
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override; // stops the server

    // billing-center next to this executable.
    static QString defaultServerProgram();
    // <AppDataLocation>/sandbox
    static QString defaultDataDir();

    QString serverProgram() const { return m_program; }
    void setServerProgram(const QString &path) { m_program = path; }
    QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    int demoWorkspaces() const { return m_demoWorkspaces; }
    void setDemoWorkspaces(int count) { m_demoWorkspaces = count; }
    std::chrono::milliseconds startTimeout() const { return m_startTimeout; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeout = timeout; }

    // The command line start() uses (the SPI key is not part of it).
    QStringList arguments() const;

    // Emits ready() or failed() later. While the server runs, emits ready() again; while it
    // is starting, does nothing more.
    void start();
    // SIGTERM, then waits for the server to finish (SIGKILL if it will not).
    void stop();

    bool isStarting() const { return m_state == State::Starting; }
    bool isRunning() const { return m_state == State::Running; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);
    // The server ended after start() had succeeded, through stop() or on its own.
    void stopped();

private:
    enum class State { Idle, Starting, Running };

    void readStandardOutput();
    void readStandardError();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processError(QProcess::ProcessError error);
    void startTimedOut();
    void fail(const QString &message);
    void failLater(const QString &message);
    void terminateProcess();

    QString m_program;
    QString m_dataDir;
    int m_demoWorkspaces = 30;
    std::chrono::milliseconds m_startTimeout{std::chrono::seconds(30)};

    State m_state = State::Idle;
    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QByteArray m_stdoutBuffer;
    QString m_stderrTail;
    QUrl m_url;
};

} // namespace billing
