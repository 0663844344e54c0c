# core/ and the Qt-free trainer must never include Qt (design §2): fails listing offenders.
file(GLOB_RECURSE sources "${ROOT}/core/*.h" "${ROOT}/core/*.cpp"
     "${ROOT}/training/trainer*.h" "${ROOT}/training/trainer*.cpp"
     "${ROOT}/training/metrics_log.*" "${ROOT}/training/training_observer.h"
     "${ROOT}/training/fid_monitor.*")
set(offenders "")
foreach(file IN LISTS sources)
    file(STRINGS "${file}" hits REGEX "#[ \t]*include[ \t]*[<\"](Q[A-Za-z]|qt)")
    if(hits)
        list(APPEND offenders "${file}: ${hits}")
    endif()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${ROOT}/core")
endif()
if(offenders)
    message(FATAL_ERROR "Qt included in the Qt-free layers:\n${offenders}")
endif()
message(STATUS "checked ${count} files: no Qt includes")
