// OwnPages: numbers reserved in pairs (page, content), the page tree's kids, each page's bytes.
#include "write/pdf/hpdf/pages.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/content.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

namespace brief::pdf {

std::string font_name(std::size_t k) { return "F" + std::to_string(k + 1); }

std::string image_name(std::size_t k) { return "X" + std::to_string(k + 1); }

OwnPages::OwnPages(HPDF_Doc doc, OwnObjects& own, std::size_t count, double width, double height) : own_(own) {
    HPDF_Dict root = doc->root_pages;
    auto kids = static_cast<HPDF_Array>(HPDF_Dict_GetItem(root, "Kids", HPDF_OCLASS_ARRAY));
    if (kids == nullptr) throw haru_error(doc, "listing the pages");
    parent_ = object_number(root);
    for (std::size_t i = 0; i < count; ++i) {
        numbers_.push_back(own_.reserve());
        (void)own_.reserve(); // its content stream: number(i) + 1
        own_.refer(kids, numbers_.back());
    }
    check(doc, HPDF_Dict_AddNumber(root, "Count", static_cast<HPDF_INT32>(count)), "listing the pages");
    root->before_write_fn = nullptr; // libharu's would count its own pages among the kids: none
    media_box_ = "/MediaBox [0 0 ";
    append_number(media_box_, width);
    media_box_ += ' ';
    append_number(media_box_, height);
    media_box_ += "]\n";
}

void OwnPages::write(std::size_t i, std::string_view flate, const PageResources& resources,
                     const std::vector<std::uint32_t>& annots) {
    const std::uint32_t page = number(i), content = page + 1;
    entries_ = "/Length ";
    append_decimal(entries_, flate.size());
    entries_ += "\n/Filter /FlateDecode\n";
    own_.set_stream(content, entries_, flate);
    const auto names = [this](std::string_view key, std::string (*name)(std::size_t), const std::vector<std::uint32_t>& objects) {
        if (objects.empty()) return;
        entries_ += key;
        entries_ += " <<";
        for (std::size_t k = 0; k < objects.size(); ++k) {
            entries_ += " /";
            entries_ += name(k);
            entries_ += ' ';
            append_reference(entries_, objects[k]);
        }
        entries_ += " >>";
    };
    entries_ = "/Type /Page\n";
    entries_ += media_box_;
    entries_ += "/Contents ";
    append_reference(entries_, content);
    entries_ += "\n/Resources << /ProcSet [/PDF /Text /ImageB /ImageC /ImageI]";
    names(" /Font", font_name, resources.fonts);
    names(" /XObject", image_name, resources.images);
    entries_ += " >>\n/Parent ";
    append_reference(entries_, parent_);
    if (!annots.empty()) {
        entries_ += "\n/Annots [";
        for (const std::uint32_t a : annots) {
            entries_ += ' ';
            append_reference(entries_, a);
        }
        entries_ += ']';
    }
    entries_ += "\n/StructParents ";
    append_decimal(entries_, i);
    entries_ += "\n/Tabs /S\n";
    own_.set_dictionary(page, entries_);
}

} // namespace brief::pdf
