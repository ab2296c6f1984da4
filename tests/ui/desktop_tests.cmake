# The desktop's decisions without widgets (app/login, app/desktop, app/workspaces). Included
# from tests/ui/CMakeLists.txt.

# The log-in and the start-up flow: the real billing-center and the real keychain (a session
# bus with an unlocked gnome-keyring, scripts/test); UnavailableCredentialStore for no keychain.
billing_add_test(tst_login_controller SOURCES tst_login_controller.cpp StartupFixtures.h StartupTestBase.h
    LIBS billing_ui_test_support LABELS ui server keychain TIMEOUT 180)
billing_add_test(tst_startup_flow SOURCES tst_startup_flow.cpp StartupFixtures.h StartupTestBase.h
    LIBS billing_ui_test_support LABELS ui server keychain TIMEOUT 180)

# The main window's enabled commands and the Overview's counts.
billing_add_test(tst_main_window_action_rules SOURCES tst_main_window_action_rules.cpp
    LIBS billing_app LABELS ui unit)
billing_add_test(tst_workspace_overview SOURCES tst_workspace_overview.cpp OverviewFixtures.h
    LIBS billing_app LABELS ui unit)
