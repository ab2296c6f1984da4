# Credentials, server profiles and the sandbox launcher (app/credentials, app/profiles).
# Included from tests/app/CMakeLists.txt.

# Pure logic: key normalisation, QtKeychain error mapping, the fault injector.
billing_add_test(tst_credentialstore_unit SOURCES tst_credentialstore_unit.cpp
    LIBS billing_app LABELS unit TIMEOUT 60)

# The real keychain: needs a session bus with an unlocked gnome-keyring (scripts/test).
billing_add_test(tst_credentialstore SOURCES tst_credentialstore.cpp
    LIBS billing_app LABELS keychain TIMEOUT 120)

# The same store with a session bus that cannot be reached and no keyring variables.
billing_add_test(tst_credentialstore_nodbus SOURCES tst_credentialstore_nodbus.cpp
    LIBS billing_app LABELS keychain TIMEOUT 120)
set_property(TEST tst_credentialstore_nodbus APPEND PROPERTY ENVIRONMENT
    "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus")
set_property(TEST tst_credentialstore_nodbus PROPERTY ENVIRONMENT_MODIFICATION
    "GNOME_KEYRING_CONTROL=unset:" "GNOME_KEYRING_PID=unset:" "DBUS_STARTER_ADDRESS=unset:"
    "DBUS_STARTER_BUS_TYPE=unset:" "DISPLAY=unset:" "WAYLAND_DISPLAY=unset:")

billing_add_test(tst_profilestore SOURCES tst_profilestore.cpp
    LIBS billing_app LABELS unit TIMEOUT 60)

# Starts the real billing-center when it is built; its cases skip at run time otherwise.
billing_add_test(tst_sandboxlauncher SOURCES tst_sandboxlauncher.cpp
    LIBS billing_app LABELS sandbox TIMEOUT 180)
if(TARGET billing-center)
    target_compile_definitions(tst_sandboxlauncher PRIVATE
        BILLING_CENTER_BIN="$<TARGET_FILE:billing-center>")
    add_dependencies(tst_sandboxlauncher billing-center)
else()
    target_compile_definitions(tst_sandboxlauncher PRIVATE BILLING_CENTER_BIN="")
endif()
