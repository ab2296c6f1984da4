#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace billing {
class BillingClient;
class BulkApplyEngine;
} // namespace billing

namespace billing::bench {

class FlippingSets;

struct BulkApplyRun {
    double ms = -1; // apply() to finished
    int applied = 0;
    QString error; // empty when every change of the set was applied
};

// Flips one set of `sets` through the bulk engine and `client`, with the journal on disk as
// WorkspaceSession runs it (saved when staged, before the timer starts, as staging does in
// the app); `sets` follows the workspaces the server returned. `configure` may tune the
// engine first.
BulkApplyRun runBulkApply(BillingClient &client, FlippingSets &sets, int set,
                          const std::function<void(BulkApplyEngine &)> &configure = {});

} // namespace billing::bench
