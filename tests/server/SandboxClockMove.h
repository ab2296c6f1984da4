#pragma once

#include "ApiHelpers.h"
#include "HttpClient.h"

namespace billing::test {

// Moves the sandbox clock to `to`. Sessions live 12 hours of that clock, so a session with a
// username logs in again at the new time (its token replaced). False when either step fails.
inline bool moveClockAndLogIn(HttpClient &anon, Session &session, const QDateTime &to)
{
    if (setClock(anon, to).status != 200)
        return false;
    if (session.username.isEmpty())
        return true;
    const Session again = login(anon, session.username, session.password);
    session.token = again.token;
    return again.ok();
}

} // namespace billing::test
