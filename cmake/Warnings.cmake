# One warnings policy applied per target (never through global flags).
function(dddg_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

# LibTorch headers dominate compile time: every engine target shares one precompiled header,
# and its sources compile in batches of 8 (a unity build), because each translation unit pays
# about 10 s for the header's templates however small the file is (core: 3× less CPU time).
# -DDDDG_UNITY_BUILD=OFF compiles file by file, for a quicker edit–compile loop.
option(DDDG_UNITY_BUILD "Compile the LibTorch targets in batches of 8 sources" ON)
function(dddg_use_torch_pch target)
    if(TARGET dddg_core AND NOT target STREQUAL "dddg_core")
        target_precompile_headers(${target} REUSE_FROM dddg_core)
    else()
        target_precompile_headers(${target} PRIVATE "${PROJECT_SOURCE_DIR}/core/torch_pch.h")
    endif()
    if(DDDG_UNITY_BUILD)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
endfunction()
