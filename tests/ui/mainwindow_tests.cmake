# The main window (issue 5, items 2 and 4): WorkspaceSession without widgets, then the
# window driven with QTest against the real sandbox billing-center and its demo account.
billing_add_test(tst_workspace_session SOURCES tst_workspace_session.cpp MainWindowFixture.h
    LIBS billing_app billing_test_support LABELS server workspaces TIMEOUT 120)
billing_add_test(tst_main_window SOURCES tst_main_window.cpp MainWindowFixture.h
    LIBS billing_ui billing_test_support LABELS ui gui server workspaces TIMEOUT 180)
billing_add_test(tst_main_window_files SOURCES tst_main_window_files.cpp MainWindowFixture.h
    LIBS billing_ui billing_test_support LABELS ui gui server workspaces export TIMEOUT 180)
# Issue 7: the main window with the keyboard alone, sync progress with Stop, and errors
# shown in the window (real sandbox billing-center).
billing_add_test(tst_keyboard_main_window SOURCES tst_keyboard_main_window.cpp
    AccessibilityWalk.cpp AccessibilityWalk.h MainWindowFixture.h ShownMainWindow.h
    LIBS billing_ui billing_test_support LABELS ui gui server workspaces TIMEOUT 120)
billing_add_test(tst_main_window_feedback SOURCES tst_main_window_feedback.cpp
    MainWindowFixture.h ShownMainWindow.h LIBS billing_ui billing_test_support
    LABELS ui gui server workspaces TIMEOUT 120)
# Issue 18: a claim code from the sandbox markets or the change dialog reaches the claim
# dialog in the running window (real sandbox billing-center).
billing_add_test(tst_bind_routes SOURCES tst_bind_routes.cpp MainWindowFixture.h
    LIBS billing_ui billing_ui_test_support billing_test_support LABELS ui gui server
    TIMEOUT 180)
