# The desktop's decisions without widgets (app/login, app/desktop, app/workspaces). Included
# from tests/ui/CMakeLists.txt.

# The main window's enabled commands and the Overview's counts.
billing_add_test(tst_main_window_action_rules SOURCES tst_main_window_action_rules.cpp
    LIBS billing_app LABELS ui unit)
billing_add_test(tst_workspace_overview SOURCES tst_workspace_overview.cpp
    LIBS billing_app LABELS ui unit)
