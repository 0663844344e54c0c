# Finds every third-party package once and exposes it as a target; no global flags.
find_package(Torch REQUIRED)
find_package(ZLIB REQUIRED)
find_package(nlohmann_json 3 REQUIRED) # JSON parsing (header-only)
find_package(OpenSSL REQUIRED COMPONENTS Crypto) # SHA-256 of the dataset files
find_package(spdlog REQUIRED)
find_package(PNG REQUIRED) # writing PNG files (reading goes through OpenCV)
find_package(CLI11 CONFIG REQUIRED) # the command line's flags and --help
find_package(Threads REQUIRED)

# LibTorch's config only gives variables; wrap them in one target so flags stay per target.
add_library(dddg_torch INTERFACE)
add_library(dddg::torch ALIAS dddg_torch)
target_link_libraries(dddg_torch INTERFACE ${TORCH_LIBRARIES})
target_compile_options(dddg_torch INTERFACE ${TORCH_CXX_FLAGS})

set(DDDG_HAVE_CUDA OFF)
if(TORCH_CUDA_LIBRARIES OR CAFFE2_USE_CUDA)
    set(DDDG_HAVE_CUDA ON)
endif()

# Data-parallel training (SPEC §9) on LibTorch's c10d: its Gloo process group needs Gloo's
# headers (Debian: libgloo-dev); Debian's c10 logs through glog, which we quieten.
set(DDDG_HAVE_C10D OFF)
find_package(Gloo CONFIG QUIET)
find_path(DDDG_GLOO_INCLUDE gloo/context.h HINTS ${TORCH_INCLUDE_DIRS})
if(DDDG_GLOO_INCLUDE AND EXISTS "${TORCH_INSTALL_PREFIX}/include/torch/csrc/distributed/c10d/ProcessGroupGloo.hpp"
   OR DDDG_GLOO_INCLUDE AND EXISTS "/usr/include/torch/csrc/distributed/c10d/ProcessGroupGloo.hpp")
    set(DDDG_HAVE_C10D ON)
endif()
find_path(DDDG_GLOG_INCLUDE glog/logging.h)
find_library(DDDG_GLOG_LIBRARY glog)
option(DDDG_NCCL "use ProcessGroupNCCL for CUDA runs (a CUDA LibTorch built with NCCL)" OFF)

set(DDDG_HAVE_OPENCV OFF)
if(DDDG_WITH_OPENCV AND NOT DDDG_HEADLESS)
    find_package(OpenCV QUIET COMPONENTS core imgproc imgcodecs videoio photo)
    if(OpenCV_FOUND)
        set(DDDG_HAVE_OPENCV ON)
    else()
        message(STATUS "OpenCV not found: image files are read only as PNG grids are written")
    endif()
endif()
message(STATUS "DDDG: headless=${DDDG_HEADLESS} opencv=${DDDG_HAVE_OPENCV} cuda=${DDDG_HAVE_CUDA} c10d=${DDDG_HAVE_C10D}")

# The GUI: Qt 6 Widgets (+ Charts, OpenGL widgets, Test, Linguist) and Dear ImGui (Debian's
# static libimgui through pkg-config: it has no CMake config).
if(NOT DDDG_HEADLESS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts OpenGL OpenGLWidgets Test LinguistTools)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
    include(GNUInstallDirs)
endif()
