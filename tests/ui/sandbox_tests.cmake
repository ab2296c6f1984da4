# The Sandbox markets window against the real sandbox billing-center.
billing_add_test(tst_sandbox_markets_window
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandbox_markets_window.cpp
    LIBS billing_ui billing_ui_test_support LABELS ui gui server TIMEOUT 180)
