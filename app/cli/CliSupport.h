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

} // namespace billing
