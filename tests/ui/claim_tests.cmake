# Claiming marketplace subscriptions: the billingdesk:// link handler (two real billing-desk
# processes) and the claim dialog. Included from tests/ui/CMakeLists.txt.
billing_add_test(tst_link_handler SOURCES tst_link_handler.cpp
    LABELS ui gui TIMEOUT 120)
target_compile_definitions(tst_link_handler PRIVATE BILLING_DESK_BIN="$<TARGET_FILE:billing-desk>")
add_dependencies(tst_link_handler billing-desk)

# The claim dialog driven with QTest; look-ups and claims go to the real sandbox billing-center.
billing_add_test(tst_claim_dialog SOURCES tst_claim_dialog.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server TIMEOUT 180)

# A claim link in the running desktop: waits for the sign-in, asks before sending a code to
# another server, says why a broken link cannot be used. Real server and keychain.
billing_add_test(tst_claim_link_flow SOURCES tst_claim_link_flow.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server keychain TIMEOUT 180)
