#pragma once

// A main window on a new session of MainWindowFixture, shown, once the sync its first show
// starts has finished: where the window's keyboard and feedback tests start from.
#include "Branding.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"

#include <QTest>

namespace billing::test {

class ShownMainWindow
{
public:
    // Starts the fixture's server; false with *error set when the window cannot be shown
    // synced.
    bool open(MainWindowFixture &fixture, QString *error)
    {
        if (!fixture.start(error))
            return false;
        m_session = fixture.newSession();
        QSignalSpy synced(m_session.get(), &WorkspaceSession::syncFinished);
        m_window = std::make_unique<MainWindow>(*m_session, Branding::builtIn(), true);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            *error = QStringLiteral("the window is not shown");
            return false;
        }
        if (!QTest::qWaitFor([&synced] { return !synced.isEmpty(); }, MainWindowFixture::kSlowMs)) {
            *error = QStringLiteral("the first sync did not finish");
            return false;
        }
        const auto result = synced.first().first().value<ClientError>();
        *error = result.detail;
        return !result.isError();
    }

    void close()
    {
        m_window.reset();
        m_session.reset();
    }

    WorkspaceSession &session() const { return *m_session; }
    MainWindow &window() const { return *m_window; }

private:
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace billing::test
