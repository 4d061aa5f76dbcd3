# The shipped ptable is what tools/ptable/generate_ptable.py makes with the documented parameters
# (resources/cellkey/README.md). Run by ctest with -DPYTHON=… -DSOURCE_DIR=….
execute_process(
    COMMAND ${PYTHON} ${SOURCE_DIR}/tools/ptable/generate_ptable.py --D 2 --V 1 --keys 256
    OUTPUT_VARIABLE generated
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "generate_ptable.py failed (${rc})")
endif()
file(READ ${SOURCE_DIR}/resources/cellkey/ptable.csv shipped)
if(NOT generated STREQUAL shipped)
    message(FATAL_ERROR "resources/cellkey/ptable.csv differs from what generate_ptable.py makes")
endif()
message(STATUS "ptable reproduced")
