#include "TrustedCa.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace billing {
namespace {
// A free function has no tr context of its own; this names the one lupdate files the text under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::TrustedCa)
};
} // namespace

QString trustCaFileFromEnvironment()
{
    const QString path = qEnvironmentVariable(kCaFileVariable);
    return path.isEmpty() ? QString() : trustCaFile(path);
}

QString trustCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Text::tr("%1: cannot read %2: %3")
            .arg(QLatin1String(kCaFileVariable), path, file.errorString());
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Text::tr("%1: %2 holds no PEM certificate.")
            .arg(QLatin1String(kCaFileVariable), path);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Adding certificates stops Qt loading the system's on demand: add those first.
    QList<QSslCertificate> trusted = configuration.caCertificates();
    if (trusted.isEmpty())
        trusted = QSslConfiguration::systemCaCertificates();
    trusted += certificates;
    configuration.setCaCertificates(trusted);
    QSslConfiguration::setDefaultConfiguration(configuration);
    qCInfo(lcNet) << "trusting" << certificates.size() << "certificate(s) of" << path;
    return {};
}

} // namespace billing
