#pragma once

// The main window's Costs tab as the GUI tests and screens reach it, and waits for what it
// loads.
#include "CostsController.h"
#include "CostsTab.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "WalletMonitor.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace billing::test {

// True once the Costs controller has finished the load it is running, loaded.
inline bool waitForCosts(CostsController &costs)
{
    if (costs.state() == CostsController::State::Loading) {
        QSignalSpy changed(&costs, &CostsController::stateChanged);
        if (!QTest::qWaitFor([&] { return costs.state() != CostsController::State::Loading; },
                             MainWindowFixture::kSlowMs))
            return false;
    }
    return costs.state() == CostsController::State::Loaded;
}

// Shows the Costs tab and waits for its month and the wallet.
inline bool showCosts(MainWindow &window)
{
    window.tabs()->setCurrentIndex(MainWindow::CostsTabIndex);
    if (!waitForCosts(window.costs()))
        return false;
    return QTest::qWaitFor([&] { return !window.wallet().isLoading(); },
                           MainWindowFixture::kSlowMs);
}

// Reads the wallet again and waits for the answer.
inline bool refreshWallet(WalletMonitor &wallet)
{
    QSignalSpy changed(&wallet, &WalletMonitor::changed);
    wallet.refresh();
    return changed.wait(MainWindowFixture::kSlowMs) && !wallet.error().isError();
}

} // namespace billing::test
