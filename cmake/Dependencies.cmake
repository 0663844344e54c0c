# Finds every third-party package once and exposes it as a target; no global flags.
find_package(Torch REQUIRED)
find_package(ZLIB REQUIRED)
find_package(nlohmann_json 3 REQUIRED) # JSON parsing (header-only)
find_package(OpenSSL REQUIRED COMPONENTS Crypto) # SHA-256 of the dataset files
find_package(spdlog REQUIRED)
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

set(DDDG_HAVE_OPENCV OFF)
if(DDDG_WITH_OPENCV AND NOT DDDG_HEADLESS)
    find_package(OpenCV QUIET COMPONENTS core imgproc imgcodecs videoio photo)
    if(OpenCV_FOUND)
        set(DDDG_HAVE_OPENCV ON)
    else()
        message(STATUS "OpenCV not found: image files are read only as PNG grids are written")
    endif()
endif()
message(STATUS "DDDG: headless=${DDDG_HEADLESS} opencv=${DDDG_HAVE_OPENCV} cuda=${DDDG_HAVE_CUDA}")

# The GUI: Qt 6 Widgets (+ Charts, OpenGL widgets, Test, Linguist) and Dear ImGui (Debian's
# static libimgui through pkg-config: it has no CMake config).
if(NOT DDDG_HEADLESS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts OpenGL OpenGLWidgets Test LinguistTools)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
    include(GNUInstallDirs)
endif()
