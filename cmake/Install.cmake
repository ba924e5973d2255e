# Installation (GNUInstallDirs) and the Debian package (CPack; dependencies computed by dpkg-shlibdeps).
#
#   cmake --install build --prefix /usr/local     # bin/, share/applications, share/metainfo, share/icons, ...
#   cd build && cpack                             # charthouse_<version>_<arch>.deb
#
# Included from the top-level CMakeLists.txt after the charthouse and charthouse-cli targets are defined.
# Only those two programs are installed: no test, benchmark or static library. Translations are compiled into
# the programs (Qt resources), so there is nothing to install for them.
include_guard(GLOBAL)
foreach(target charthouse charthouse-cli)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "cmake/Install.cmake is included before the ${target} target is defined")
  endif()
endforeach()

include(GNUInstallDirs)

set(CHARTHOUSE_APP_ID io.github.charthouse.Charthouse)
set(CHARTHOUSE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)
# share/doc/<package name>, whatever the project is called (GNUInstallDirs would say share/doc/Charthouse).
set(CHARTHOUSE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/charthouse)

install(TARGETS charthouse charthouse-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CHARTHOUSE_PACKAGING_DIR}/${CHARTHOUSE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CHARTHOUSE_PACKAGING_DIR}/${CHARTHOUSE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CHARTHOUSE_PACKAGING_DIR}/${CHARTHOUSE_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CHARTHOUSE_PACKAGING_DIR}/charthouse-cli.bash-completion
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME charthouse-cli)
install(FILES ${CHARTHOUSE_PACKAGING_DIR}/copyright DESTINATION ${CHARTHOUSE_INSTALL_DOCDIR})

# The man page, compressed as Debian policy asks (gzip -9n: no name or time stamp, so the build is
# reproducible); uncompressed when there is no gzip.
find_program(CHARTHOUSE_GZIP gzip)
if(CHARTHOUSE_GZIP)
  set(man_page ${CMAKE_BINARY_DIR}/packaging/man1/charthouse-cli.1)
  add_custom_command(OUTPUT ${man_page}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${CHARTHOUSE_PACKAGING_DIR}/charthouse-cli.1 ${man_page}
    COMMAND ${CHARTHOUSE_GZIP} -9 -n -f ${man_page}
    DEPENDS ${CHARTHOUSE_PACKAGING_DIR}/charthouse-cli.1
    COMMENT "Compressing the charthouse-cli man page"
    VERBATIM)
  add_custom_target(charthouse_man_page ALL DEPENDS ${man_page}.gz)
  install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  install(FILES ${CHARTHOUSE_PACKAGING_DIR}/charthouse-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# ---- The Debian package: `cpack` in the build directory ----
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME charthouse)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Charthouse developers")
set(CPACK_PACKAGE_CONTACT "The Charthouse developers <charthouse@example.invalid>")
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/charthouse/charthouse)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Keep Helm charts in OCI registries (desktop app and CLI)")
# The extended description: CPack indents it and turns the empty line into Debian's " ." paragraph break.
set(CPACK_PACKAGE_DESCRIPTION
    "Charthouse saves Helm charts into the local chart cache of Helm 3.0-3.6 (an OCI
image layout), pushes them to any OCI distribution registry and pulls them back,
with every blob checked against its digest.

It contains the desktop application, charthouse, with a chart table, drag and
drop, a details view and background transfers, and charthouse-cli, whose chart
and registry commands mirror Helm's for scripts. Registry passwords are kept in
the system keychain (Secret Service).")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # charthouse_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Qt, QtKeychain, libarchive, yaml-cpp, zlib... from the binaries
# What the programs load at run time, which dpkg-shlibdeps cannot see: Qt's own translations (qtbase_ko.qm, for
# the buttons of Qt's dialogs) and the platform plugins that are not in libqt6gui6 (on Debian 12 xcb and
# offscreen are in libqt6gui6; other Qt 6 builds put more in qt6-qpa-plugins). libqt6svg6, which also holds
# the SVG image and icon-engine plugins, comes from dpkg-shlibdeps: charthouse links QtSvg.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
# A Secret Service for `registry login` and the Registries dialog (QtKeychain's own recommendation).
# gpg-agent for `chart save --sign` (GPGME's libgpgme11 already brings gpg, which verifying needs).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, gpg-agent")
# `registry serve` runs docker-registry and hashes passwords with htpasswd; a Hangul font for the Korean UI.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "docker-registry, apache2-utils, fonts-nanum | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON) # the values above reach CPackConfig.cmake as written

# `cpack --config CPackSourceConfig.cmake`: a source tarball without build trees or version-control data.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME charthouse-${PROJECT_VERSION})
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/\\.cache/" "/build[^/]*/" "/_CPack_Packages/" "\\.swp$" "~$")

include(CPack)
