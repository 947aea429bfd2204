# Font lookup (fontconfig), libharu output fixes and brief's own stream writing; included from
# this folder's CMakeLists.txt.
brief_unit_test(test_pdf_fixes fonts_test.cpp hpdf_fixes_test.cpp streams_test.cpp)
target_link_libraries(test_pdf_fixes PRIVATE brief_pdf_fonts brief_pdf_hpdf ZLIB::ZLIB Fontconfig::Fontconfig ${CMAKE_DL_LIBS})
