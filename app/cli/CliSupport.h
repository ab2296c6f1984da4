#pragma once

#include "CliCommand.h"
#include "KeychainSession.h"

namespace billing {

inline int exitCodeFor(const KeychainSession::Result &result)
{
    switch (result.outcome) {
    case KeychainSession::Outcome::Ok:
        return ExitOk;
    case KeychainSession::Outcome::NotLoggedIn:
        return ExitNotLoggedIn;
    case KeychainSession::Outcome::KeychainError:
        return ExitKeychain;
    case KeychainSession::Outcome::ServerError:
        return ExitFailure;
    }
    return ExitFailure;
}

// The end of a command that writes a file: the write's error (exit 1), or `summary`.
inline int reportWritten(CliEnvironment &environment, bool written, const QString &error,
                         const QString &summary)
{
    if (!written) {
        environment.err << error << Qt::endl;
        return ExitFailure;
    }
    environment.out << summary << Qt::endl;
    return ExitOk;
}

} // namespace billing
