# Issue 16: the settlement history and the audit log on the desktop. The words for an
# event, its table model and the Activity tab's filter without widgets; then the details
# pane's history and the Activity tab against the real sandbox billing-center.
billing_add_test(tst_event_descriptions SOURCES tst_event_descriptions.cpp EventFixtures.h
    LIBS billing_app LABELS ui unit activity TIMEOUT 60)
billing_add_test(tst_event_table_model SOURCES tst_event_table_model.cpp EventFixtures.h
    LIBS billing_app LABELS ui unit activity TIMEOUT 60)
billing_add_test(tst_activity_query SOURCES tst_activity_query.cpp EventFixtures.h
    LIBS billing_app LABELS ui unit activity TIMEOUT 60)

# Against the real billing-center (tests/support starts it).
billing_add_test(tst_workspace_history SOURCES tst_workspace_history.cpp MainWindowFixture.h
    LIBS billing_app billing_test_support LABELS ui server activity TIMEOUT 120)
billing_add_test(tst_history_pane SOURCES tst_history_pane.cpp ActivityLookup.h
    MainWindowFixture.h ShownMainWindow.h LIBS billing_ui billing_test_support
    LABELS ui gui server activity TIMEOUT 180)
billing_add_test(tst_activity_tab SOURCES tst_activity_tab.cpp ActivityLookup.h
    AccessibilityWalk.cpp AccessibilityWalk.h MainWindowFixture.h ShownMainWindow.h
    LIBS billing_ui billing_test_support LABELS ui gui server activity TIMEOUT 300)

# Issue 17: the Costs tab and the wallet banner against the real sandbox billing-center.
billing_add_test(tst_costs_tab SOURCES tst_costs_tab.cpp CostsLookup.h AccessibilityWalk.cpp
    AccessibilityWalk.h MainWindowFixture.h ShownMainWindow.h
    LIBS billing_ui billing_test_support LABELS ui gui server costs TIMEOUT 300)
billing_add_test(tst_wallet_banner SOURCES tst_wallet_banner.cpp CostsLookup.h WalletScenario.h
    MainWindowFixture.h ShownMainWindow.h
    LIBS billing_ui billing_test_support LABELS ui gui server costs TIMEOUT 300)
billing_add_test(tst_costs_controller SOURCES tst_costs_controller.cpp MainWindowFixture.h
    LIBS billing_app billing_test_support LABELS ui server costs TIMEOUT 180)
