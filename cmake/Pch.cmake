# Precompiled headers of the libraries (billing_precompile_qt(target)): QtCore's headers that
# nearly every source includes. Parsing them was about half of each source's compile (a clean
# CI build compiles ~420 library sources); precompiled once per library, every source of it
# reuses them. QtCore only, so models/ stays on QtCore. GCC refuses a precompiled header built
# with other flags (-Winvalid-pch, an error in CI), and BILLING_PCH=OFF turns them all off.
option(BILLING_PCH "Precompile the Qt headers of each library and test directory" ON)
set(BILLING_QT_CORE_PCH
    <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QHash> <QtCore/QJsonArray>
    <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonValue> <QtCore/QList>
    <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QUrl> <QtCore/QVariant>
    <functional> <memory> <optional>)

function(billing_precompile_qt target)
    if(BILLING_PCH)
        target_precompile_headers(${target} PRIVATE ${BILLING_QT_CORE_PCH})
    endif()
endfunction()
