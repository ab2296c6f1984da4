#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

namespace billing::load {

class LoadStats;

// Log-ins on a few lanes for the whole run, every one an Argon2id check on the server, so
// that the report can show whether they hold up the administrators' reads.
class LoginActor : public QObject
{
    Q_OBJECT
public:
    LoginActor(const QUrl &baseUrl, QString username, QString password, LoadStats &stats, int lanes,
               QObject *parent = nullptr);

    void start();
    void stop() { m_stopping = true; }

    static inline const QString kKind = QStringLiteral("POST sessions (log-in lanes)");

Q_SIGNALS:
    void finished();

private:
    void next();

    QUrl m_url;
    QByteArray m_body;
    LoadStats &m_stats;
    int m_lanes;
    int m_inFlight = 0;
    bool m_stopping = false;
    QNetworkAccessManager m_nam;
};

} // namespace billing::load
