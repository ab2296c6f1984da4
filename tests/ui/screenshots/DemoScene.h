#pragma once

// The main window on the demo account of a sandbox billing-center of its own, shown at the
// size of the pictures: where the main window's and the activity's screens start from.
#include "Branding.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ScreenCatalog.h"

#include <QTest>

namespace billing::test {

struct DemoScene : QObject {
    static constexpr int kDemoWorkspaces = 300;

    MainWindowFixture fixture{kDemoWorkspaces};
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<MainWindow> window;
    ~DemoScene() override
    {
        window.reset();
        session.reset();
    }
};

// Bound to the demo account's own subscriptions for AWS and Azure.
inline SettlementChange changeTo(SettlementMethod method)
{
    return MainWindowFixture::target(method);
}

// A synced, shown main window owned by `context`; nullptr with context.error set.
inline DemoScene *makeScene(ScreenContext &context)
{
    auto *scene = context.own(std::make_unique<DemoScene>());
    if (!scene->fixture.start(&context.error))
        return nullptr;
    scene->session = scene->fixture.newSession();
    if (!MainWindowFixture::sync(*scene->session, &context.error))
        return nullptr;
    scene->window = std::make_unique<MainWindow>(*scene->session, Branding::builtIn(), true);
    scene->window->resize(1280, 760);
    scene->window->show();
    if (!QTest::qWaitForWindowExposed(scene->window.get()))
        context.error = QStringLiteral("the main window was not exposed");
    return context.error.isEmpty() ? scene : nullptr;
}

} // namespace billing::test
