# The store's only door is core/access (docs/architecture.md). Fails when
#  - a file under ui/ or app/ includes a store/ header, or
#  - a target outside core/ (tests/ and benchmarks/ aside) links folja_store: directly, or through
#    an INTERFACE target (folja_core) or the public link interface of another target. A PRIVATE
#    link of a core library (folja_access → folja_store, "$<LINK_ONLY:...>") does not count: it
#    gives the linker the archive but no headers or usage to the caller.
#
#   cmake -DSOURCE_DIR=<project> -DGRAPH=<link-graph.txt> -P check_store_door.cmake

cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR OR NOT GRAPH)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=... -DGRAPH=... -P check_store_door.cmake")
endif()
set(problems "")

# --- includes -------------------------------------------------------------------------------------
foreach(area ui app)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${area}/*.h" "${SOURCE_DIR}/${area}/*.hpp" "${SOURCE_DIR}/${area}/*.cpp")
    foreach(f ${files})
        file(STRINGS ${f} hits REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](store/|access/storedoor\\.h|access/auditwriter\\.h)")
        foreach(h ${hits})
            file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
            string(STRIP "${h}" h)
            string(APPEND problems "  ${rel}: ${h}\n")
        endforeach()
    endforeach()
endforeach()

# --- links ----------------------------------------------------------------------------------------
if(NOT EXISTS ${GRAPH})
    message(FATAL_ERROR "no link graph at ${GRAPH}: configure the project first")
endif()
file(STRINGS ${GRAPH} lines)
set(all_targets "")
foreach(line ${lines})
    string(REPLACE "\t" ";" fields "${line}")
    list(LENGTH fields n)
    if(n LESS 3)
        continue()
    endif()
    list(GET fields 0 name)
    list(GET fields 2 dir)
    set(link "")
    set(ilink "")
    if(n GREATER 3)
        list(GET fields 3 link)
    endif()
    if(n GREATER 4)
        list(GET fields 4 ilink)
    endif()
    string(REPLACE "," ";" link "${link}")
    string(REPLACE "," ";" ilink "${ilink}")
    list(APPEND all_targets ${name})
    set(DIR_${name} "${dir}")
    set(LINK_${name} "${link}")
    set(ILINK_${name} "${ilink}")
endforeach()

foreach(t ${all_targets})
    set(dir "${DIR_${t}}")
    if(dir MATCHES "^(core|tests|benchmarks)(/|$)")
        continue()
    endif()
    # Breadth-first through what the target links and what those targets pass on publicly.
    set(queue ${LINK_${t}} ${ILINK_${t}})
    set(seen "")
    while(queue)
        list(POP_FRONT queue dep)
        if(dep MATCHES "^\\$<LINK_ONLY:")
            continue() # a PRIVATE link of a static library: the archive only
        endif()
        if(dep IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${dep})
        if(dep STREQUAL "folja_store")
            string(APPEND problems "  target ${t} (${dir}) links folja_store (reached: ${seen})\n")
            break()
        endif()
        if(DEFINED ILINK_${dep})
            list(APPEND queue ${ILINK_${dep}})
        endif()
    endwhile()
endforeach()

if(problems)
    message(FATAL_ERROR "The store is reachable outside core/access:\n${problems}"
                        "ui/ and app/ reach data only through core/access (link folja_core_api, not folja_core).")
endif()
message(STATUS "store door sealed: no store include under ui/ or app/, no folja_store link outside core")
