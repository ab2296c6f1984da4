#include "SandboxLauncher.h"

#include "ApplicationInfo.h"
#include "ProfilesLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <array>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace billing {
namespace {
constexpr qsizetype kMaxStdoutLine = 4096;
constexpr qsizetype kStderrTail = 2000;
constexpr int kStopWaitMs = 10000;
constexpr int kKillWaitMs = 3000;

QByteArray freshSpiKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()),
                         qsizetype(words.size() * sizeof(quint32)));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// `listening http://HOST:PORT`
QUrl parseListeningLine(const QByteArray &line)
{
    static const QByteArray prefix("listening ");
    if (!line.startsWith(prefix))
        return {};
    const QUrl url(QString::fromUtf8(line.mid(prefix.size())), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty() || url.port() <= 0)
        return {};
    return url;
}
} // namespace

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
    , m_program(defaultServerProgram())
    , m_dataDir(defaultDataDir())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, &SandboxLauncher::startTimedOut);
}

SandboxLauncher::~SandboxLauncher()
{
    if (m_process) {
        m_process->disconnect(this);
        terminateProcess();
    }
}

QString SandboxLauncher::defaultServerProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(serverExecutableName());
}

QString SandboxLauncher::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/sandbox");
}

QStringList SandboxLauncher::arguments() const
{
    // Absolute: the server runs with the data folder as its working directory.
    const QDir dir(QFileInfo(m_dataDir).absoluteFilePath());
    return {QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--sandbox"),
            QStringLiteral("--demo-workspaces"),
            QString::number(m_demoWorkspaces),
            QStringLiteral("--db"),
            dir.filePath(QStringLiteral("billing-center.sqlite")),
            QStringLiteral("--mail-dir"),
            dir.filePath(QStringLiteral("mail"))};
}

void SandboxLauncher::start()
{
    if (m_state == State::Running) {
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Running)
                Q_EMIT ready(m_url);
        });
        return;
    }
    if (m_state == State::Starting)
        return;

    const QFileInfo program(m_program);
    if (!program.isFile() || !program.isExecutable()) {
        failLater(tr("The sandbox server was not found at %1. Reinstall Billing Desk or choose "
                     "another server.")
                      .arg(QDir::toNativeSeparators(m_program)));
        return;
    }
    const QDir dataDir(m_dataDir);
    if (m_dataDir.isEmpty() || !dataDir.mkpath(QStringLiteral("mail"))) {
        failLater(tr("Could not create the sandbox data folder %1.")
                      .arg(QDir::toNativeSeparators(m_dataDir)));
        return;
    }
    // The demo database holds password hashes: keep the folder to this user.
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BILLING_CENTER_SPI_KEY"),
                       QString::fromLatin1(freshSpiKey()));

    m_process = new QProcess(this);
    m_process->setProgram(program.absoluteFilePath());
    m_process->setArguments(arguments());
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(m_dataDir);
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Do not outlive us if we crash.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &SandboxLauncher::readStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            &SandboxLauncher::readStandardError);
    connect(m_process, &QProcess::finished, this, &SandboxLauncher::processFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxLauncher::processError);

    m_state = State::Starting;
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_url.clear();
    m_startTimer.start(m_startTimeout);
    qCInfo(lcProfiles) << "starting sandbox server" << m_process->program()
                       << m_process->arguments();
    m_process->start();
}

void SandboxLauncher::stop()
{
    if (!m_process)
        return;
    const bool wasRunning = m_state == State::Running;
    m_process->disconnect(this);
    terminateProcess();
    if (wasRunning)
        Q_EMIT stopped();
}

void SandboxLauncher::readStandardOutput()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (m_state != State::Starting) {
            qCDebug(lcProfiles) << "sandbox server:" << line;
            continue;
        }
        const QUrl url = parseListeningLine(line);
        if (!url.isValid()) {
            qCDebug(lcProfiles) << "sandbox server, not the listening line:" << line;
            continue;
        }
        m_startTimer.stop();
        m_state = State::Running;
        m_url = url;
        qCInfo(lcProfiles) << "sandbox server ready at" << url;
        Q_EMIT ready(url);
    }
    if (m_stdoutBuffer.size() > kMaxStdoutLine)
        m_stdoutBuffer.clear();
}

void SandboxLauncher::readStandardError()
{
    const QString text = QString::fromUtf8(m_process->readAllStandardError());
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        qCDebug(lcProfiles) << "sandbox server:" << line;
    m_stderrTail += text;
    m_stderrTail = m_stderrTail.right(kStderrTail);
}

void SandboxLauncher::processFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state == State::Starting) {
        readStandardError();
        const QString how = status == QProcess::CrashExit
                                ? tr("The sandbox server crashed while starting.")
                                : tr("The sandbox server stopped before it was ready "
                                     "(exit code %1).")
                                      .arg(exitCode);
        const QString lastWords = m_stderrTail.trimmed().section(u'\n', -1);
        fail(lastWords.isEmpty() ? how : how + u' ' + lastWords);
        return;
    }
    qCWarning(lcProfiles) << "sandbox server ended on its own, exit code" << exitCode;
    m_process->deleteLater();
    m_process = nullptr;
    m_state = State::Idle;
    m_url.clear();
    Q_EMIT stopped();
}

void SandboxLauncher::processError(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        fail(tr("The sandbox server at %1 could not be started: %2")
                 .arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
    }
}

void SandboxLauncher::startTimedOut()
{
    if (m_state != State::Starting)
        return;
    fail(tr("The sandbox server did not answer within %n second(s).", nullptr,
            int(std::chrono::ceil<std::chrono::seconds>(m_startTimeout).count())));
}

void SandboxLauncher::fail(const QString &message)
{
    qCWarning(lcProfiles) << "sandbox server failed:" << message;
    if (m_process) {
        m_process->disconnect(this);
        terminateProcess();
    }
    Q_EMIT failed(message);
}

void SandboxLauncher::failLater(const QString &message)
{
    QTimer::singleShot(0, this, [this, message] { fail(message); });
}

void SandboxLauncher::terminateProcess()
{
    m_startTimer.stop();
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(kStopWaitMs)) {
            qCWarning(lcProfiles) << "sandbox server ignored SIGTERM, killing it";
            m_process->kill();
            m_process->waitForFinished(kKillWaitMs);
        }
    }
    m_process->deleteLater();
    m_process = nullptr;
    m_state = State::Idle;
    m_url.clear();
}

} // namespace billing
