# cmake -DMETAINFO=file -DVERSION=project-version -P metainfo_release.cmake
# The newest <release> (the first one) of the AppStream file is the project's version: a version bump in
# CMakeLists.txt needs a release entry, which is also where the package's changelog comes from.
file(READ ${METAINFO} text)
string(REGEX MATCH "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"" release "${text}")
if(NOT release)
  message(FATAL_ERROR "${METAINFO} has no <release version=\"...\" date=\"...\">")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "the newest release in ${METAINFO} is ${CMAKE_MATCH_1} (${CMAKE_MATCH_2}); "
                      "the project is ${VERSION}: add a <release> for it")
endif()
message("newest release ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2}, the project's version")
