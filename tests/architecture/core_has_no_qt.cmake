# Every engine target — core/, training/ (with distributed/) and the headless `dddg` CLI —
# must never include Qt (design §2): fails listing offenders.
file(GLOB_RECURSE sources "${ROOT}/core/*.h" "${ROOT}/core/*.cpp"
     "${ROOT}/training/*.h" "${ROOT}/training/*.cpp"
     "${ROOT}/cli/*.h" "${ROOT}/cli/*.cpp")
set(offenders "")
foreach(file IN LISTS sources)
    file(STRINGS "${file}" hits REGEX "#[ \t]*include[ \t]*[<\"](Q[A-Za-z]|qt)")
    if(hits)
        list(APPEND offenders "${file}: ${hits}")
    endif()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${ROOT}/core, training or cli")
endif()
if(offenders)
    message(FATAL_ERROR "Qt included in the Qt-free engine:\n${offenders}")
endif()
message(STATUS "checked ${count} files: no Qt includes")
