// Inline DrawingML pictures (wp:inline, a:graphic, pic:pic) sized in EMU and related to their media parts.
#include "write/docx/drawing.hpp"

#include "write/xml.hpp"

#include <algorithm>
#include <cmath>

namespace brief::docx {

namespace {

/// Namespaces of DrawingML in a WordprocessingML part (§20.4 wordprocessingDrawing, §20.1 main,
/// §20.2 picture). They are declared on the elements that use them, as the parts' roots declare
/// only w: and r:.
constexpr const char* wp_ns = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
constexpr const char* a_ns = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* pic_ns = "http://schemas.openxmlformats.org/drawingml/2006/picture";

void set_emu(pugi::xml_node e, Extent size) {
    e.append_attribute("cx") = static_cast<long long>(size.cx);
    e.append_attribute("cy") = static_cast<long long>(size.cy);
}

std::int64_t scaled(std::int64_t v, double factor) { return std::max<std::int64_t>(1, std::llround(static_cast<double>(v) * factor)); }

/// pic:pic (§20.2.2.5): its name and description, the blip naming the media relationship
/// stretched over the frame, and the frame's size.
void add_pic(pugi::xml_node graphic_data, const Picture& p, const std::string& rid, std::string_view alt, Extent size) {
    auto pic = graphic_data.append_child("pic:pic");
    pic.append_attribute("xmlns:pic") = pic_ns;
    auto nv = pic.append_child("pic:nvPicPr");
    auto c_nv = nv.append_child("pic:cNvPr");
    c_nv.append_attribute("id") = 0;
    xml::set_attr(c_nv, "name", media_target(p).substr(6));
    if (!alt.empty()) xml::set_attr(c_nv, "descr", alt);
    nv.append_child("pic:cNvPicPr");
    auto fill = pic.append_child("pic:blipFill");
    xml::set_attr(fill.append_child("a:blip"), "r:embed", rid);
    fill.append_child("a:stretch").append_child("a:fillRect");
    auto sp = pic.append_child("pic:spPr");
    auto xfrm = sp.append_child("a:xfrm");
    auto off = xfrm.append_child("a:off");
    off.append_attribute("x") = 0;
    off.append_attribute("y") = 0;
    set_emu(xfrm.append_child("a:ext"), size);
    auto geom = sp.append_child("a:prstGeom");
    geom.append_attribute("prst") = "rect";
    geom.append_child("a:avLst");
}

/// The id of the part's relationship to the picture's media part, added on first use.
std::string relate(Relationships& rels, const Picture& p) {
    const std::string target = media_target(p);
    for (const auto& e : rels.entries())
        if (e.type == rel::image && e.target == target) return e.id;
    return rels.add(rel::image, target);
}

} // namespace

Extent natural_extent(const Picture& p) {
    const double dpi = p.dpi > 0 ? p.dpi : 96.0;
    auto emu = [dpi](int pixels) { return std::max<std::int64_t>(1, std::llround(pixels * emu_per_inch / dpi)); };
    return {emu(p.width), emu(p.height)};
}

Extent fit_extent(Extent size, std::int64_t max_cx, std::int64_t max_cy) {
    if (size.cx <= 0 || size.cy <= 0) return size;
    const double factor = std::min({1.0, static_cast<double>(max_cx) / size.cx, static_cast<double>(max_cy) / size.cy});
    return factor >= 1.0 ? size : Extent{scaled(size.cx, factor), scaled(size.cy, factor)};
}

Extent at_height(Extent size, std::int64_t cy) {
    if (size.cx <= 0 || size.cy <= 0) return {cy, cy};
    return {scaled(size.cx, static_cast<double>(cy) / size.cy), cy};
}

std::string media_target(const Picture& p) { return "media/" + p.id + (p.media_type == "image/png" ? ".png" : ".jpeg"); }

Media::Media(const std::vector<Picture>& pictures, Limits limits) : pictures_(pictures), limits_(limits) {}

const Picture* Media::find(const Image& image) const {
    if (image.picture.empty()) return nullptr;
    for (const auto& p : pictures_)
        if (p.id == image.picture) return &p;
    return nullptr;
}

void Media::add_used(const Picture& picture) {
    if (std::find(used_.begin(), used_.end(), &picture) == used_.end()) used_.push_back(&picture);
}

/// §20.4.2.8 inline: a drawing in the line of text, its extent, its docPr (§20.4.2.5: a unique
/// id, a name, and descr, the alternative text Word and screen readers show), the aspect
/// locked, then the graphic.
void Media::add_drawing(pugi::xml_node run, Relationships& rels, const Picture& p, std::string_view alt, std::int64_t height) {
    const Extent natural = natural_extent(p);
    const Extent size = height == 0 ? fit_extent(natural, limits_.width, limits_.height) : at_height(natural, height < 0 ? limits_.line : height);
    const std::string rid = relate(rels, p);
    if (std::find(used_.begin(), used_.end(), &p) == used_.end()) used_.push_back(&p);
    const int id = ++drawings_;
    auto in = run.append_child("w:drawing").append_child("wp:inline");
    in.append_attribute("xmlns:wp") = wp_ns;
    in.append_attribute("xmlns:a") = a_ns;
    for (const char* d : {"distT", "distB", "distL", "distR"}) in.append_attribute(d) = 0;
    set_emu(in.append_child("wp:extent"), size);
    auto effect = in.append_child("wp:effectExtent");
    for (const char* side : {"l", "t", "r", "b"}) effect.append_attribute(side) = 0;
    auto doc_pr = in.append_child("wp:docPr");
    doc_pr.append_attribute("id") = id;
    xml::set_attr(doc_pr, "name", "Picture " + std::to_string(id));
    if (!alt.empty()) xml::set_attr(doc_pr, "descr", alt);
    in.append_child("wp:cNvGraphicFramePr").append_child("a:graphicFrameLocks").append_attribute("noChangeAspect") = 1;
    auto data = in.append_child("a:graphic").append_child("a:graphicData");
    data.append_attribute("uri") = pic_ns;
    add_pic(data, p, rid, alt, size);
}

} // namespace brief::docx
