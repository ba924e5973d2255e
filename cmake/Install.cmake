# Installation (GNUInstallDirs) and the Debian package (CPack, dependencies computed by dpkg-shlibdeps).
include(GNUInstallDirs)

set(CHARTHOUSE_APP_ID io.github.charthouse.Charthouse)
install(TARGETS charthouse charthouse-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES packaging/linux/${CHARTHOUSE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/linux/${CHARTHOUSE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES packaging/linux/${CHARTHOUSE_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES packaging/linux/charthouse-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES packaging/linux/charthouse-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME charthouse-cli)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME charthouse)
set(CPACK_PACKAGE_VENDOR "The Charthouse developers")
set(CPACK_PACKAGE_CONTACT "The Charthouse developers <charthouse@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Keep Helm charts in OCI registries (desktop app and CLI)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker-registry, apache2-utils")
set(CPACK_STRIP_FILES ON)
include(CPack)
