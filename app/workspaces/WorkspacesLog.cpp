#include "WorkspacesLog.h"

Q_LOGGING_CATEGORY(lcWorkspaces, "billing.workspaces", QtInfoMsg)
