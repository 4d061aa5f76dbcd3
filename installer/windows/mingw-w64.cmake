# CMake toolchain file: cross-build for 64-bit Windows with Debian's MinGW-w64 (posix thread model).
#
# Used for the dependencies (Qt, QCustomPlot) and for Följa itself by installer/windows/build.sh.
# FOLJA_WIN_PREFIX (cache variable or environment) is the folder that holds the cross-built
# dependencies (OpenSSL, SQLCipher, argon2, Qt, QCustomPlot); it is searched before MinGW's own root.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_folja_triplet x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_folja_triplet}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_folja_triplet}-g++-posix)
set(CMAKE_RC_COMPILER ${_folja_triplet}-windres)
set(CMAKE_AR ${_folja_triplet}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${_folja_triplet}-gcc-ranlib-posix CACHE FILEPATH "")

if(NOT FOLJA_WIN_PREFIX AND DEFINED ENV{FOLJA_WIN_PREFIX})
    set(FOLJA_WIN_PREFIX "$ENV{FOLJA_WIN_PREFIX}")
endif()
set(FOLJA_WIN_PREFIX "${FOLJA_WIN_PREFIX}" CACHE PATH "Cross-built Windows dependencies")
# try_compile projects get the variable too.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES FOLJA_WIN_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${_folja_triplet})
if(FOLJA_WIN_PREFIX)
    list(PREPEND CMAKE_FIND_ROOT_PATH "${FOLJA_WIN_PREFIX}")
endif()
# Programs (moc, rcc, lrelease, pkg-config) run on the build machine; libraries, headers and CMake
# packages come only from the Windows roots.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config must only see the cross-built .pc files, never the Linux ones.
if(FOLJA_WIN_PREFIX)
    set(ENV{PKG_CONFIG_LIBDIR} "${FOLJA_WIN_PREFIX}/lib/pkgconfig")
    set(ENV{PKG_CONFIG_PATH} "")
    set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
endif()

# Tools that must run under Wine (tests) are started through it.
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
