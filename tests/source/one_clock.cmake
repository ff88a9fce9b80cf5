# Time is read in one place: no clock read anywhere in src/ outside the clock's own file (src/ui/app/clock.cpp), so
# every class that needs the time takes the injected Clock and tests can move it.
#   cmake -DSOURCE_DIR=<repo> -P one_clock.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h")
set(found "")
foreach(source IN LISTS sources)
  if(source MATCHES "/src/ui/app/clock\\.cpp$")
    continue()
  endif()
  file(STRINGS "${source}" lines REGEX
       "currentDateTime|currentDate\\(|currentMSecsSinceEpoch|QTime::currentTime|steady_clock::now|system_clock::now")
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(NOT line MATCHES "^//")
      list(APPEND found "${source}: ${line}")
    endif()
  endforeach()
endforeach()
if(found)
  list(JOIN found "\n" shown)
  message(FATAL_ERROR "clock reads outside src/ui/app/clock.cpp (use the injected Clock):\n${shown}")
endif()
