# The log-in dialog (ui/login). Included from tests/ui/CMakeLists.txt.

# The real keychain: needs a session bus with an unlocked gnome-keyring (scripts/test).
billing_add_test(tst_login_dialog SOURCES tst_login_dialog.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server keychain TIMEOUT 180)

# No keychain at all: the UnavailableCredentialStore fault injector.
billing_add_test(tst_login_dialog_nokeychain SOURCES tst_login_dialog_nokeychain.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server TIMEOUT 180)

# The start-up flow: --server/--username → log-in → main window → log-out → log-in, and the
# registration wizard from the log-in dialog. Real server and keychain.
billing_add_test(tst_desktop_flow SOURCES tst_desktop_flow.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server keychain TIMEOUT 180)

# The offline copy offered when the server cannot be reached (never after a refused password).
billing_add_test(tst_login_offline SOURCES tst_login_offline.cpp StartupFixtures.h
    LIBS billing_ui billing_ui_test_support LABELS ui gui server export TIMEOUT 180)
