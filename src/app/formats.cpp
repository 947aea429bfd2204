// The table of backends. Adding a format is one line here and one library in CMakeLists.txt.
#include "app/formats.hpp"
#include "write/pdf/pdf.hpp"
#include "write/epub/epub.hpp"
#include "write/docx/docx.hpp"

namespace brief {

const std::vector<Format>& all_formats() {
    static const std::vector<Format> formats{
        {"pdf", "briefing.pdf", "typeset, tagged PDF/UA-1 briefing (PDF/A-1a with --pdfa)", write_pdf, prepare_pdf, true},
        {"epub", "briefing.epub", "EPUB 3 e-book with pop-up notes", write_epub},
        {"docx", "briefing.docx", "Word document with real footnotes", write_docx},
        {"xml", "briefing.xml", "Flat OPC WordprocessingML (one XML file Word opens)", write_flat_xml},
    };
    return formats;
}

std::string format_names() {
    std::string out;
    for (const auto& f : all_formats()) out += (out.empty() ? "" : ", ") + f.name;
    return out;
}

} // namespace brief
