#pragma once

#include <QString>

namespace billing::test {

// A certificate authority made for one test run with the openssl tool, and a server
// certificate it signed for 127.0.0.1 and localhost: the files `billing-center --tls-cert
// --tls-key` serves and a client trusts through caPath().
class ThrowawayCa
{
public:
    // Writes ca.pem, server.pem and server.key into dir; false with *error on failure.
    bool create(const QString &dir, QString *error);

    QString caPath() const { return m_dir + QStringLiteral("/ca.pem"); }
    QString certificatePath() const { return m_dir + QStringLiteral("/server.pem"); }
    QString keyPath() const { return m_dir + QStringLiteral("/server.key"); }

private:
    bool run(const QStringList &arguments, QString *error) const;
    QString m_dir;
};

} // namespace billing::test
