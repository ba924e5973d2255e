# Warnings for our own targets only; third-party headers come in as SYSTEM.
add_library(charthouse_warnings INTERFACE)
target_compile_options(charthouse_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                       -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(CHARTHOUSE_WERROR)
  target_compile_options(charthouse_warnings INTERFACE -Werror)
endif()

if(CHARTHOUSE_SANITIZE OR CHARTHOUSE_FUZZ)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(CHARTHOUSE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CHARTHOUSE_FUZZ needs clang's libFuzzer: configure with CC=clang-14 CXX=clang++-14")
  endif()
  # Coverage instrumentation for the libraries; only the fuzz executables link libFuzzer's main().
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# charthouse_module(NAME SOURCES... LINK lib...): one static library per core module, so a module
# builds and tests on its own and the dependency arrows stay visible in CMake.
function(charthouse_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_LINK} PRIVATE charthouse_warnings)
endfunction()
