#pragma once

// The main window's history view and Activity tab as the GUI tests and screens reach them,
// and waits for what they load.
#include "ActivityTab.h"
#include "EventLoader.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "WorkspaceHistory.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace billing::test {

inline WorkspaceHistory *historyOf(const MainWindow &window)
{
    return window.findChild<WorkspaceHistory *>();
}

inline ActivityTab *activityTabOf(const MainWindow &window)
{
    return window.findChild<ActivityTab *>(QStringLiteral("activityTab"));
}

// True once `loader` has finished the load it is waiting for or running, with this result.
inline bool waitForLoad(EventLoader &loader,
                        EventLoader::State expected = EventLoader::State::Loaded)
{
    if (loader.state() == EventLoader::State::Loading) {
        QSignalSpy finished(&loader, &EventLoader::finished);
        if (!finished.wait(MainWindowFixture::kSlowMs))
            return false;
    }
    return loader.state() == expected;
}

// Selects this one workspace and waits for its history in the details pane.
inline bool selectAndLoadHistory(MainWindow &window, const QString &workspaceId)
{
    window.tabs()->setCurrentIndex(MainWindow::WorkspacesTab);
    window.selectWorkspaces({workspaceId});
    WorkspaceHistory *history = historyOf(window);
    return history && history->workspaceId() == workspaceId && waitForLoad(history->loader());
}

// Shows the Activity tab and waits for the log it loads.
inline bool showActivity(MainWindow &window)
{
    ActivityTab *tab = activityTabOf(window);
    if (!tab)
        return false;
    window.tabs()->setCurrentIndex(MainWindow::ActivityTabIndex);
    return waitForLoad(tab->loader());
}

} // namespace billing::test
