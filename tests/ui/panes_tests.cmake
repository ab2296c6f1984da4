# The main window's panes: overview chart, notifications view, details pane.
billing_add_test(tst_overview_tab SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_overview_tab.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/OverviewFixtures.h
    LIBS billing_ui LABELS ui gui unit TIMEOUT 60)
billing_add_test(tst_details_pane SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_details_pane.cpp
    LIBS billing_ui LABELS ui gui unit TIMEOUT 60)
billing_add_test(tst_notifications_view
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_notifications_view.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server TIMEOUT 120)
