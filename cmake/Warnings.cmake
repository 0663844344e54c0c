# One warnings policy applied per target (never through global flags).
function(dddg_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

# LibTorch headers dominate compile time: every engine target shares one precompiled header.
function(dddg_use_torch_pch target)
    if(TARGET dddg_core AND NOT target STREQUAL "dddg_core")
        target_precompile_headers(${target} REUSE_FROM dddg_core)
    else()
        target_precompile_headers(${target} PRIVATE "${PROJECT_SOURCE_DIR}/core/torch_pch.h")
    endif()
endfunction()
