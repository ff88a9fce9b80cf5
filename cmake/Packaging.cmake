# Install rules and the Debian package (CPack). Included at the end of the top-level CMakeLists.txt.
#   cmake --install BUILD [--prefix DIR]     the binary, the menu entry, AppStream metainfo, icons, copyright
#   cd BUILD && cpack -G DEB                 lumbar-relief_<version>_<arch>.deb (scripts/package does both)
# Only the app is installed or packaged, so nothing here applies when the GUI is off (the core-asan preset).
if(NOT LUMBAR_BUILD_GUI)
  return()
endif()

include(GNUInstallDirs)

# The desktop id: the menu entry's file name, the AppStream component id, and what the app passes to
# QGuiApplication::setDesktopFileName (src/ui/app/application.cpp), which must stay the same string.
set(LUMBAR_DESKTOP_ID "org.lumbarrelief.LumbarRelief")
set(LUMBAR_DESKTOP_DIR "${PROJECT_SOURCE_DIR}/resources/desktop")
set(LUMBAR_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons")
# The PNG sizes under resources/icons/hicolor/, made once from the SVG; tests/desktop checks every one installs.
set(LUMBAR_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(LUMBAR_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/lumbar-relief)
# The project has no address of its own yet: set this when there is one (-DLUMBAR_PACKAGE_MAINTAINER=...).
set(LUMBAR_PACKAGE_MAINTAINER "The Lumbar Relief authors <lumbar-relief@example.org>"
    CACHE STRING "Maintainer field of the Debian package (Name <address>)")

# The target is defined in src/app; installing it from here is allowed since CMake 3.13.
install(TARGETS lumbar-relief RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# qt_standard_project_setup() gives installed programs an RPATH of $ORIGIN:$ORIGIN/../lib, for bundles that ship
# their libraries; this one uses the system's Qt only, and Debian wants no RPATH at all.
set_target_properties(lumbar-relief PROPERTIES INSTALL_RPATH "")
install(FILES "${LUMBAR_DESKTOP_DIR}/${LUMBAR_DESKTOP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${LUMBAR_DESKTOP_DIR}/${LUMBAR_DESKTOP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${LUMBAR_ICON_DIR}/lumbar-relief.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS LUMBAR_ICON_SIZES)
  install(FILES "${LUMBAR_ICON_DIR}/hicolor/${size}x${size}/apps/lumbar-relief.png"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
# Debian wants the licence as share/doc/<package>/copyright, and a changelog.gz beside it.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${LUMBAR_DOC_DIR} RENAME copyright)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION ${LUMBAR_DOC_DIR})

# The changelog is made from the newest <release> of the AppStream file, so the release is written down once
# (tests/desktop's metainfo_release_current checks that it is this version): its version, date and first
# paragraph, dated with date(1) and compressed with gzip -9n as lintian wants.
set(_lumbar_metainfo_file "${LUMBAR_DESKTOP_DIR}/${LUMBAR_DESKTOP_ID}.metainfo.xml")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_lumbar_metainfo_file}")
file(READ "${_lumbar_metainfo_file}" _lumbar_metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"" _lumbar_release "${_lumbar_metainfo}")
set(_lumbar_release_version "${CMAKE_MATCH_1}")
set(_lumbar_release_date "${CMAKE_MATCH_2}")
string(REGEX MATCH "<release version=[^>]*>[ \n]*<description>[ \n]*<p>([^<]*)</p>" _lumbar_release_text
       "${_lumbar_metainfo}")
set(_lumbar_release_text "${CMAKE_MATCH_1}")
if(NOT _lumbar_release_text)
  set(_lumbar_release_text "Release ${_lumbar_release_version}.")
endif()
find_program(LUMBAR_GZIP gzip)
find_program(LUMBAR_DATE date)
if(_lumbar_release AND LUMBAR_GZIP AND LUMBAR_DATE)
  execute_process(COMMAND ${LUMBAR_DATE} -u -R -d "${_lumbar_release_date}" OUTPUT_VARIABLE _lumbar_rfc2822_date
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(_lumbar_changelog "${PROJECT_BINARY_DIR}/packaging/changelog")
  file(WRITE "${_lumbar_changelog}"
       "lumbar-relief (${_lumbar_release_version}) unstable; urgency=medium\n\n"
       "  * ${_lumbar_release_text}\n\n"
       " -- ${LUMBAR_PACKAGE_MAINTAINER}  ${_lumbar_rfc2822_date}\n")
  execute_process(COMMAND ${LUMBAR_GZIP} -9nf "${_lumbar_changelog}")
  install(FILES "${_lumbar_changelog}.gz" DESTINATION ${LUMBAR_DOC_DIR})
else()
  message(STATUS "No changelog.gz in the package: need a <release> in the metainfo, gzip and date")
endif()

# --- CPack: one .deb ------------------------------------------------------------------------------------------
# No Homepage field: project()'s HOMEPAGE_URL is a placeholder on example.org (the AppStream file leaves its url
# out for the same reason). The maintainer is LUMBAR_PACKAGE_MAINTAINER, above.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lumbar-relief)
set(CPACK_PACKAGE_VENDOR "The Lumbar Relief authors")
set(CPACK_PACKAGE_CONTACT "${LUMBAR_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LUMBAR_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description; CPack puts the summary above it and indents it as Debian's control format wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Lumbar Relief is a desktop app for people with a pinched nerve in the lower
back (lumbar radiculopathy, often called sciatica) and for the physical
therapists who treat them: a library of exercises with steps, dosage and stop
rules, routines and a routine builder with PDF handouts, a player with timed
holds, beeps and spoken cues, a private history of symptoms, and a check for
the warning signs that need urgent care. It works offline, with no account.

It is education, not a diagnosis.")
# dpkg-shlibdeps (dpkg-dev) finds the libraries the binary links. These are plugins Qt loads at run time, which
# it cannot see: the SQLite driver for the history and the offline voice. Not listed because shlibdeps already
# brings them: libqt6svg6 (the binary links Qt SVG; the package also holds the SVG icon engine and image plugins),
# libqt6gui6 (the X11 platform plugin is in it) and libqt6multimedia6 (its FFmpeg and GStreamer backends).
# qt6-qpa-plugins holds only the VNC and TUIO plugins, so it is not needed.
# Native Wayland windows need qt6-wayland; without it Qt uses X11 (XWayland), so it is only recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-speech-flite-plugin")
# Qt's own Spanish (dialog buttons), loaded when the system has it, comes with qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
