# The preferences dialog (ui/preferences) and the keyboard / screen-reader walk over the
# registration wizard and the preferences. Included from tests/ui/CMakeLists.txt.

# The real keychain: needs a session bus with an unlocked gnome-keyring (scripts/test).
billing_add_test(tst_preferences_dialog SOURCES tst_preferences_dialog.cpp
    LIBS billing_ui LABELS ui gui keychain TIMEOUT 120)

billing_add_test(tst_accessibility SOURCES tst_accessibility.cpp
    AccessibilityWalk.cpp AccessibilityWalk.h
    LIBS billing_ui LABELS ui gui TIMEOUT 120)
