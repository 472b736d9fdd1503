# BylineInstall.cmake — `cmake --install` and `cpack -G DEB`.
#
# Layout (GNUInstallDirs, relative to the prefix):
#   bin/byline                         the program
#   share/byline/quizzes/…             bundled packs and their articles  } the data folder,
#   share/byline/assets/fonts/…        fonts and their licence           } found by datadir.c
#   share/byline/assets/web/…          the live classroom's student page }
#   share/doc/byline/                  README, docs/, copyright
#   share/man/man1/byline.1.gz         the manual page
#   share/applications/, share/metainfo/, share/icons/hicolor/  desktop entry, AppStream, icons
# The program finds the data folder relative to its own location (datadir.h), so the same build
# works installed in /usr/local, in /usr (the package) or in a prefix moved elsewhere.
include(GNUInstallDirs)

set(BYLINE_APP_ID org.bylinequiz.Byline)
set(BYLINE_INSTALL_DATA ${CMAKE_INSTALL_DATADIR}/byline)
file(RELATIVE_PATH BYLINE_REL_DATADIR "${CMAKE_INSTALL_FULL_BINDIR}"
     "${CMAKE_INSTALL_FULL_DATADIR}/byline")
set_property(SOURCE game/core/datadir.c APPEND PROPERTY COMPILE_DEFINITIONS
             BYLINE_REL_DATADIR="${BYLINE_REL_DATADIR}"
             BYLINE_INSTALL_DATADIR="${CMAKE_INSTALL_FULL_DATADIR}/byline"
             BYLINE_BUILD_DIR="${CMAKE_BINARY_DIR}"
             BYLINE_SOURCE_DATA_DIR="${BYLINE_DATA_DIR}")

# --- generated files: manual page (gzip -n: reproducible), metainfo, copyright ---------------
string(TIMESTAMP BYLINE_RELEASE_DATE "%Y-%m-%d" UTC)
configure_file(dist/byline.1 ${CMAKE_BINARY_DIR}/dist/byline.1 @ONLY)
configure_file(dist/${BYLINE_APP_ID}.metainfo.xml ${CMAKE_BINARY_DIR}/dist/${BYLINE_APP_ID}.metainfo.xml @ONLY)
configure_file(dist/changelog ${CMAKE_BINARY_DIR}/dist/changelog @ONLY)
file(READ dist/copyright.in BYLINE_COPYRIGHT)
file(READ assets/fonts/LICENSE-DejaVu.txt BYLINE_FONT_LICENSE)
string(CONFIGURE "${BYLINE_COPYRIGHT}${BYLINE_FONT_LICENSE}" BYLINE_COPYRIGHT @ONLY)
file(WRITE ${CMAKE_BINARY_DIR}/dist/copyright "${BYLINE_COPYRIGHT}")
find_program(GZIP_EXECUTABLE gzip REQUIRED)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/dist/byline.1.gz
                   COMMAND ${GZIP_EXECUTABLE} -9nf -k ${CMAKE_BINARY_DIR}/dist/byline.1
                   DEPENDS ${CMAKE_BINARY_DIR}/dist/byline.1 VERBATIM)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/dist/changelog.gz
                   COMMAND ${GZIP_EXECUTABLE} -9nf -k ${CMAKE_BINARY_DIR}/dist/changelog
                   DEPENDS ${CMAKE_BINARY_DIR}/dist/changelog VERBATIM)
add_custom_target(byline_dist ALL DEPENDS ${CMAKE_BINARY_DIR}/dist/byline.1.gz
                  ${CMAKE_BINARY_DIR}/dist/changelog.gz)

# --- install rules ---------------------------------------------------------------------------
install(TARGETS byline RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY quizzes/ DESTINATION ${BYLINE_INSTALL_DATA}/quizzes
        FILES_MATCHING PATTERN "*.json" PATTERN "*.txt")
install(FILES assets/fonts/DejaVuSans.ttf assets/fonts/DejaVuSans-Bold.ttf
              assets/fonts/DejaVuSerif.ttf assets/fonts/LICENSE-DejaVu.txt
        DESTINATION ${BYLINE_INSTALL_DATA}/assets/fonts)
# The live classroom's student page, served to browsers by `byline live`.
install(FILES assets/web/index.html assets/web/app.js assets/web/app.css assets/web/favicon.svg
        DESTINATION ${BYLINE_INSTALL_DATA}/assets/web)
# app.js's ES modules, one concern each (game/net/net_http.c serves each by name)
install(DIRECTORY assets/web/js/ DESTINATION ${BYLINE_INSTALL_DATA}/assets/web/js FILES_MATCHING PATTERN "*.js")
install(FILES README.md ${CMAKE_BINARY_DIR}/dist/copyright ${CMAKE_BINARY_DIR}/dist/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(FILES ${CMAKE_BINARY_DIR}/dist/byline.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES dist/${BYLINE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/dist/${BYLINE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES dist/byline.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
  install(FILES dist/byline-${size}.png RENAME byline.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Debian package: cpack -G DEB ------------------------------------------------------------
set(BYLINE_PACKAGE_CONTACT "Byline maintainers <maintainers@users.noreply.r-seed-5de14fed.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME byline)
set(CPACK_PACKAGE_VENDOR "Byline")
set(CPACK_PACKAGE_CONTACT "${BYLINE_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline classroom quiz about reading the news")
# The synopsis is the summary above; CPack indents these lines and turns the empty one into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Students read a real news article and answer questions about it: who said
a quote, what is claimed and by whom, when things happened and in what
order. After every answer Byline shows the supporting passage, highlighted
in the article.

Teachers write quiz packs as JSON and check them with 'byline check', run a
pack on a projector for a class in teams, draft a pack from an article, and
export packs to Moodle (GIFT, Moodle XML) and to QTI 2.1 for Canvas or
Blackboard. Three practice packs are included.")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # Depends from the libraries the ELF links
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# The fonts are fonts-dejavu-core's own files: link to them rather than ship copies.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/BylineDebFonts.cmake)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
