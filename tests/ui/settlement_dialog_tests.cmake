# The change-settlement dialog and the rules it shows (ui/settlement, app/settlement).
# Included from tests/ui/CMakeLists.txt.

# Pure logic: which rule forbids a change, in the server's order.
billing_add_test(tst_settlement_eligibility SOURCES tst_settlement_eligibility.cpp
    LIBS billing_app LABELS ui unit TIMEOUT 60)

# The dialog driven with QTest; Verify goes to the real sandbox billing-center.
billing_add_test(tst_change_settlement_dialog SOURCES tst_change_settlement_dialog.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server TIMEOUT 180)

# The settlement-method picker shared by the dialog and the registration wizard.
billing_add_test(tst_settlement_method_picker SOURCES tst_settlement_method_picker.cpp
    LIBS billing_ui LABELS ui gui unit TIMEOUT 60)

# Huawei Cloud IDs and claimed AWS / Azure subscriptions in the dialog, against the real
# sandbox billing-center.
billing_add_test(tst_marketplace_binding SOURCES tst_marketplace_binding.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server TIMEOUT 180)
