# Font lookup (fontconfig) and libharu output fixes; included from this folder's CMakeLists.txt.
brief_unit_test(test_pdf_fixes fonts_test.cpp hpdf_fixes_test.cpp)
target_link_libraries(test_pdf_fixes PRIVATE brief_pdf_fonts brief_pdf_hpdf)
