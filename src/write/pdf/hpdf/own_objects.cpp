// OwnObjects: numbers after libharu's, values in one string, and the headers libharu's references point at.
#include "write/pdf/hpdf/own_objects.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/errors.hpp"

#include <hpdf_doc.h>


namespace brief::pdf {

OwnObjects::OwnObjects(HPDF_Doc doc) : doc_(doc), first_(doc->xref->entries->count) {}

std::uint32_t OwnObjects::reserve() {
    spans_.push_back(unset);
    return first_ + static_cast<std::uint32_t>(spans_.size() - 1);
}

std::size_t OwnObjects::index_of(std::uint32_t number) const {
    if (number < first_ || number - first_ >= spans_.size()) throw Error("PDF object " + std::to_string(number) + " was never reserved");
    return number - first_;
}

void OwnObjects::begin(std::uint32_t number) {
    std::size_t& span = spans_[index_of(number)];
    if (span != unset) throw Error("PDF object " + std::to_string(number) + " was given two values");
    span = bytes_.size();
    append_decimal(bytes_, number);
    bytes_ += " 0 obj\n<<\n";
}

void OwnObjects::set_dictionary(std::uint32_t number, std::string_view entries, std::string_view more) {
    begin(number);
    bytes_ += entries;
    bytes_ += more;
    bytes_ += ">>\nendobj\n";
}

void OwnObjects::set_stream(std::uint32_t number, std::string_view entries, std::string_view data) {
    begin(number);
    bytes_ += entries;
    bytes_ += ">>\nstream\r\n"; // as libharu writes its streams
    bytes_ += data;
    bytes_ += "\nendstream\nendobj\n";
}

std::optional<std::size_t> OwnObjects::offset(std::size_t k) const {
    const std::size_t at = spans_.at(k);
    if (at == unset) return std::nullopt;
    return at;
}

void* OwnObjects::target(std::uint32_t number) {
    (void)index_of(number);
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
