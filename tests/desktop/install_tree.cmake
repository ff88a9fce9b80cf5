# cmake -DBUILD=build-dir -DPREFIX=empty-folder -DID=desktop-id -P install_tree.cmake
# Installs BUILD into PREFIX and checks the tree the .deb is made of (cmake/Packaging.cmake).
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (is the lumbar-relief target built?)")
endif()

set(expected
  bin/lumbar-relief
  share/applications/${ID}.desktop
  share/metainfo/${ID}.metainfo.xml
  share/icons/hicolor/scalable/apps/lumbar-relief.svg
  share/doc/lumbar-relief/copyright
  share/doc/lumbar-relief/README.md
  share/doc/lumbar-relief/changelog.gz)
foreach(size 16 22 24 32 48 64 128 256 512)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/lumbar-relief.png)
endforeach()
set(missing)
foreach(file IN LISTS expected)
  if(NOT EXISTS ${PREFIX}/${file})
    list(APPEND missing ${file})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed under ${PREFIX}: ${missing}")
endif()
list(LENGTH expected count)
message("all ${count} expected files installed")

# What the menu entry launches and shows is in the tree: Exec's program in bin/, Icon's name among the icons.
file(STRINGS ${PREFIX}/share/applications/${ID}.desktop exec_line REGEX "^Exec=")
file(STRINGS ${PREFIX}/share/applications/${ID}.desktop icon_line REGEX "^Icon=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec_program "${exec_line}")
string(REGEX REPLACE "^Icon=" "" icon_name "${icon_line}")
if(NOT EXISTS ${PREFIX}/bin/${exec_program})
  message(FATAL_ERROR "the desktop file runs '${exec_program}', which is not in ${PREFIX}/bin")
endif()
if(NOT EXISTS ${PREFIX}/share/icons/hicolor/scalable/apps/${icon_name}.svg)
  message(FATAL_ERROR "the desktop file's icon '${icon_name}' is not installed")
endif()

execute_process(COMMAND ${PREFIX}/bin/lumbar-relief --version RESULT_VARIABLE rc OUTPUT_VARIABLE version
                ERROR_VARIABLE version)
message("installed lumbar-relief --version: ${version}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the installed binary does not run (exit ${rc})")
endif()

# appstreamcli validate-tree reads the metainfo with its desktop file and icons, as a software centre would.
find_program(appstreamcli appstreamcli)
if(NOT appstreamcli)
  message(FATAL_ERROR "appstreamcli not found: install appstream (scripts/test installs it)")
endif()
execute_process(COMMAND ${appstreamcli} validate-tree --no-net --strict ${PREFIX} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("appstreamcli validate-tree --no-net --strict: exit ${rc}\n${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the installed tree does not validate")
endif()
