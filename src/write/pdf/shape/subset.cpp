// subset_font: hb-subset with the glyph ids kept (every hb_subset_* call of brief is here).
#include "write/pdf/shape/subset.hpp"

#include "core/error.hpp"

#include <hb-subset.h>
#include <hb.h>

namespace brief::pdf {

std::string subset_font(const Typeface& face, const std::vector<std::uint32_t>& glyphs) {
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (input == nullptr) throw Error("hb-subset: out of memory");
    hb_set_t* keep = hb_subset_input_glyph_set(input);
    hb_set_add(keep, 0);
    for (const std::uint32_t g : glyphs) hb_set_add(keep, g);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "kern", "morx", "mort", "kerx", "DSIG", "vhea", "vmtx",
                            "VORG", "MATH", "STAT", "meta"})
        hb_set_add(drop, hb_tag_from_string(tag, -1));
    hb_face_t* cut = hb_subset_or_fail(static_cast<hb_face_t*>(face.raw_face()), input);
    hb_subset_input_destroy(input);
    if (cut == nullptr) throw Error("hb-subset could not subset " + face.info().postscript_name);
    hb_blob_t* blob = hb_face_reference_blob(cut);
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    std::string program(data != nullptr ? data : "", length);
    hb_blob_destroy(blob);
    hb_face_destroy(cut);
    if (program.empty()) throw Error("hb-subset gave an empty font for " + face.info().postscript_name);
    return program;
}

} // namespace brief::pdf
