#include "SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace billing {

Q_LOGGING_CATEGORY(lcSingleInstance, "billing.ui.singleinstance", QtInfoMsg)

namespace {
constexpr qint64 kMaxMessageBytes = 64 * 1024;
const QByteArray kAcknowledgement = QByteArrayLiteral("ok\n");

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("user") : name;
}
} // namespace

QString SingleInstance::defaultSocketName()
{
    const QString application = QCoreApplication::applicationName().isEmpty()
                                    ? QStringLiteral("billing-desk")
                                    : QCoreApplication::applicationName();
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(application + u".socket");
    return QDir(QDir::tempPath()).filePath(application + u'-' + userName() + u".socket");
}

SingleInstance::SingleInstance(QString socketName, QObject *parent)
    : QObject(parent)
    , m_socketName(std::move(socketName))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socketName);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens: no first start, or a stale socket of a crashed one
    const QByteArray message =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        qCWarning(lcSingleInstance)
            << "the running Billing Desk did not take the command line:" << socket.errorString();
        return false;
    }
    QByteArray answer;
    while (answer.size() < kAcknowledgement.size() && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    if (answer != kAcknowledgement) {
        qCWarning(lcSingleInstance) << "the running Billing Desk did not confirm the command line";
        return false;
    }
    qCInfo(lcSingleInstance) << "handed the command line to the running Billing Desk";
    return true;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    }
    bool listening = m_server->listen(m_socketName);
    if (!listening && m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // handOver() found nobody answering on it: a crashed first start left it behind
        // (with UserAccessOption Qt usually replaces such a file by itself).
        qCInfo(lcSingleInstance) << "removing a stale socket" << m_socketName;
        QLocalServer::removeServer(m_socketName);
        listening = m_server->listen(m_socketName);
    }
    if (listening) {
        qCInfo(lcSingleInstance) << "listening for later starts on" << m_socketName;
        return true;
    }
    qCWarning(lcSingleInstance) << "cannot listen for later starts on" << m_socketName << ":"
                                << m_server->errorString();
    return false;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket);
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessageBytes) {
            qCWarning(lcSingleInstance) << "ignoring an oversized message from a later start";
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(kMaxMessageBytes);
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isArray()) {
        qCWarning(lcSingleInstance) << "ignoring a message that is not a command line";
        socket->abort();
        return;
    }
    QStringList arguments;
    for (const QJsonValue &value : document.array())
        arguments << value.toString();
    socket->write(kAcknowledgement);
    socket->flush();
    // The arguments may hold a claim code: their number only.
    qCInfo(lcSingleInstance) << "a later start handed over its command line of" << arguments.size()
                             << "arguments";
    Q_EMIT commandLineReceived(arguments);
}

} // namespace billing
