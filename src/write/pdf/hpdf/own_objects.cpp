// OwnObjects: numbers after libharu's, values in one string, and the headers libharu's references point at.
#include "write/pdf/hpdf/own_objects.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>

namespace brief::pdf {

OwnObjects::OwnObjects(HPDF_Doc doc) : doc_(doc), first_(doc->xref->entries->count) {}

std::uint32_t OwnObjects::reserve() {
    spans_.emplace_back(unset, 0);
    return first_ + static_cast<std::uint32_t>(spans_.size() - 1);
}

void OwnObjects::set_dictionary(std::uint32_t number, std::string_view entries, std::string_view more) {
    if (number < first_ || number - first_ >= spans_.size()) throw Error("PDF object " + std::to_string(number) + " was never reserved");
    auto& span = spans_[number - first_];
    if (span.first != unset) throw Error("PDF object " + std::to_string(number) + " was given two values");
    const std::size_t at = bytes_.size();
    bytes_ += "<<\n";
    bytes_ += entries;
    bytes_ += more;
    bytes_ += ">>";
    span = {at, bytes_.size() - at};
}

std::optional<std::string_view> OwnObjects::value(std::size_t k) const {
    const auto& [at, size] = spans_.at(k);
    if (at == unset) return std::nullopt;
    return std::string_view(bytes_).substr(at, size);
}

void* OwnObjects::target(std::uint32_t number) {
    if (number < first_ || number - first_ >= spans_.size()) throw Error("PDF object " + std::to_string(number) + " was never reserved");
    HPDF_Obj_Header& h = targets_.emplace_back();
    h.obj_id = number | HPDF_OTYPE_INDIRECT; // so libharu adds a reference (a proxy) to it
    h.gen_no = 0;
    h.obj_class = HPDF_OCLASS_UNKNOWN; // looked up as a dictionary or array, libharu finds neither
    return &h;
}

void OwnObjects::refer(HPDF_Dict dict, const char* key, std::uint32_t number) {
    check(doc_, HPDF_Dict_Add(dict, key, target(number)), "referring to an object");
}

void OwnObjects::refer(HPDF_Array array, std::uint32_t number) {
    check(doc_, HPDF_Array_Add(array, target(number)), "referring to an object");
}

} // namespace brief::pdf
