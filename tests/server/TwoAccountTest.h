#pragma once

#include "ApiHelpers.h"
#include "TestServer.h"

#include <QObject>

namespace billing::test {

// The base of server tests that need two accounts: the real sandbox server, an anonymous
// client, and alice's and bob's clients with their sessions.
class TwoAccountTest : public QObject
{
protected:
    // Starts the server with its clock at `now` and registers "<prefix>N" and "<prefix>bobN";
    // an error message, or empty.
    QString startWithTwoAccounts(const QDateTime &now, const QString &prefix)
    {
        if (!m_server.start())
            return m_server.errorString();
        m_anon.setBaseUrl(m_server.baseUrl());
        const HttpReply clock = setClock(m_anon, now);
        if (clock.status != 200)
            return QStringLiteral("set clock: ") + clock.describe();
        m_aliceSession = registerAccount(m_anon, uniqueName(prefix));
        m_bobSession = registerAccount(m_anon, uniqueName(prefix + QStringLiteral("bob")));
        if (!m_aliceSession.ok() || !m_bobSession.ok())
            return m_aliceSession.error + m_bobSession.error;
        m_alice.setBaseUrl(m_server.baseUrl());
        m_bob.setBaseUrl(m_server.baseUrl());
        m_alice.setToken(m_aliceSession.token);
        m_bob.setToken(m_bobSession.token);
        return {};
    }

    // Moves the server clock; both log in again (sessions last 12 h of server time).
    QString moveClockTo(const QDateTime &time)
    {
        const HttpReply reply = setClock(m_anon, time);
        if (reply.status != 200)
            return QStringLiteral("set clock: ") + reply.describe();
        for (auto [client, session] :
             {std::pair{&m_alice, &m_aliceSession}, std::pair{&m_bob, &m_bobSession}}) {
            const Session fresh = login(m_anon, session->username, session->password);
            if (!fresh.ok())
                return fresh.error;
            client->setToken(fresh.token);
        }
        return {};
    }

    TestServer m_server;
    HttpClient m_anon;
    HttpClient m_alice;
    HttpClient m_bob;
    Session m_aliceSession;
    Session m_bobSession;
};

} // namespace billing::test
