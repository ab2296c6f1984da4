# Installation (`cmake --install`) and the Debian package (`cpack -G DEB`): both executables,
# the application icon, the .desktop entry and the AppStream metainfo.
include(GNUInstallDirs)

set(BILLING_APP_ID org.billingdesk.BillingDesk)
set(billing_resources ${PROJECT_SOURCE_DIR}/resources)
set(BILLING_ICON_SIZES 16 24 32 48 64 128 256)

install(TARGETS billing-desk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET billing-center)
    install(TARGETS billing-center RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES ${billing_resources}/${BILLING_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${billing_resources}/${BILLING_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${billing_resources}/icons/billing-desk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${BILLING_APP_ID}.svg)
foreach(size IN LISTS BILLING_ICON_SIZES)
    install(FILES ${billing_resources}/icons/billing-desk-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${BILLING_APP_ID}.png)
endforeach()

# The PNGs are committed; after editing the SVG, regenerate them with
#   cmake --build <dir> --target render_icons     (rsvg-convert, Debian package librsvg2-bin)
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    set(billing_render_commands)
    foreach(size IN LISTS BILLING_ICON_SIZES)
        list(APPEND billing_render_commands
             COMMAND ${RSVG_CONVERT} -w ${size} -h ${size}
                     -o ${billing_resources}/icons/billing-desk-${size}.png
                     ${billing_resources}/icons/billing-desk.svg)
    endforeach()
    add_custom_target(render_icons ${billing_render_commands}
                      COMMENT "Rendering the application icon's PNG sizes from its SVG" VERBATIM)
endif()

# Debian package. Library dependencies come from dpkg-shlibdeps; the rest are what Qt and
# QtKeychain load at run time (platform plugin, SQLite driver, Secret Service client).
set(CPACK_PACKAGE_NAME billing-desk)
set(CPACK_PACKAGE_VENDOR "Billing Desk developers")
set(CPACK_PACKAGE_CONTACT "Billing Desk developers <billing-desk@example.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workspace settlement for billing administrators")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Billing Desk lists the workspaces of an observability account with their site and "
    "settlement method, and changes how they are settled, one by one or in bulk. It keeps "
    "passwords in the system keychain. The package also holds billing-center, the reference "
    "Billing Center server that Billing Desk starts as its local sandbox.")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://billing.example.com")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | keepassxc | kwalletmanager, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
