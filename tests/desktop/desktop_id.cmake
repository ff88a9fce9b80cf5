# cmake -DID=desktop-id -DSOURCE=src/ui/application.cpp -P desktop_id.cmake
file(READ ${SOURCE} text)
string(REGEX MATCH "setDesktopFileName\\([^)]*\\)" call "${text}")
if(NOT call)
  message(FATAL_ERROR "no setDesktopFileName call in ${SOURCE}")
endif()
string(FIND "${call}" "\"${ID}\"" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${SOURCE} has ${call}; the desktop file is resources/desktop/${ID}.desktop, "
                      "so the app must pass \"${ID}\"")
endif()
message("${SOURCE}: ${call}")
