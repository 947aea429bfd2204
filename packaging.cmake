# CPack: a Debian package of the installed tree, `cpack -G DEB` in the build folder. Its Depends
# are the shared libraries' packages (dpkg-shlibdeps) plus the data brief reads at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME brief)
set(CPACK_PACKAGE_VENDOR "brief")
set(CPACK_PACKAGE_CONTACT "brief maintainers <brief@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "turn a folder of news articles into one attributed briefing")
set(CPACK_PACKAGE_DESCRIPTION "brief reads news articles (Markdown with YAML front matter) and writes one
briefing as a typeset PDF, an EPUB 3, a DOCX and flat WordprocessingML, each with source
attribution footnotes.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Found by name at run time, so no library dependency names them: the fonts the styles use (and
# their fallbacks), the hyphenation patterns, and the sRGB profile of PDF/A.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-noto-core, fonts-dejavu-core, fonts-droid-fallback, fonts-wqy-zenhei, fonts-nanum, hyphen-en-us, icc-profiles-free")
# The other languages' hyphenation patterns: without them those articles are set unhyphenated.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "hyphen-de, hyphen-fr, hyphen-es, hyphen-it, hyphen-ru, hyphen-pt-pt, hyphen-pt-br, hyphen-nl")
include(CPack)
