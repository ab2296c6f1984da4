#include "CredentialsLog.h"

namespace billing {
Q_LOGGING_CATEGORY(lcCredentials, "billing.credentials")
} // namespace billing
