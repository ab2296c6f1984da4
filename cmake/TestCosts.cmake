# ctest runs the costliest tests first (COST), so that on 2 cores a long test does not start
# last and run alone. A clean clone has no timings of its own (Testing/Temporary/
# CTestCostData.txt): these are seconds measured here, the longest ones only.
# billing_set_test_costs(): sets COST on those of the list defined in the current directory
# (a test's properties can be set only where it was added); call it after the directory's
# add_test()s.
set(BILLING_TEST_COSTS
    packaging_deb=82
    tst_server_settlement_writes_postgresql=66
    tst_server_metering_postgresql=38
    bench_smoke=35
    tst_server_metering_usage_postgresql=33
    tst_server_process_postgresql=30
    tst_server_crash=29
    tst_server_connections_postgresql=24
    tst_server_metering=22
    tst_settlement_crash=22
    tst_server_wallet_postgresql=21
    tst_server_metering_usage=20
    tst_server_storage=20
    tst_server_multiprocess=17
    tst_server_connections=17
    tst_server_cloudswitch_postgresql=16
    tst_server_sessions_postgresql=14
    tst_server_demobills_postgresql=14
    tst_server_abuse_postgresql=14
    tst_server_settlement_writes=12
    tst_server_sessions=12
    tst_server_abuse=11)

function(billing_set_test_costs)
    foreach(entry IN LISTS BILLING_TEST_COSTS)
        string(REPLACE "=" ";" pair "${entry}")
        list(GET pair 0 name)
        list(GET pair 1 cost)
        if(TEST ${name})
            set_tests_properties(${name} PROPERTIES COST ${cost})
        endif()
    endforeach()
endfunction()
