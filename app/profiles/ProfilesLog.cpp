#include "ProfilesLog.h"

namespace billing {
Q_LOGGING_CATEGORY(lcProfiles, "billing.profiles")
} // namespace billing
