# BylineDebFonts.cmake — run by CPack (CPACK_PRE_BUILD_SCRIPTS) on the staged Debian package:
# the bundled DejaVu fonts are the very files of Debian's fonts-dejavu-core, so the package links
# to those (and depends on fonts-dejavu-core) instead of shipping copies, as Debian asks of
# packages. `cmake --install` is left alone: an installed tree keeps its own fonts and works on
# any system.
set(fonts DejaVuSans.ttf DejaVuSans-Bold.ttf DejaVuSerif.ttf)
file(GLOB_RECURSE staged LIST_DIRECTORIES false
     "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/byline/assets/fonts/DejaVuSans.ttf")
foreach(first ${staged})
  get_filename_component(dir "${first}" DIRECTORY)
  foreach(font ${fonts})
    file(REMOVE "${dir}/${font}")
    # share/byline/assets/fonts -> share/fonts: relative, as Debian wants within /usr.
    file(CREATE_LINK "../../../fonts/truetype/dejavu/${font}" "${dir}/${font}" SYMBOLIC)
  endforeach()
endforeach()
