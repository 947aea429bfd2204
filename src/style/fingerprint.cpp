// fingerprint_style: the style's fields in their declaration order, each into one Fingerprint.
#include "style/fingerprint.hpp"

#include "core/fingerprint.hpp"

namespace brief {

namespace {

void add(Fingerprint& f, const Color& c) { f.add(int{c.r}).add(int{c.g}).add(int{c.b}); }

} // namespace

std::uint64_t fingerprint_style(const Style& s) {
    Fingerprint f;
    f.add(s.name).add(s.file);
    const PageStyle& p = s.page;
    f.add(p.size).add(p.width).add(p.height).add(p.margin_top).add(p.margin_bottom).add(p.margin_inner).add(p.margin_outer);
    f.add(s.fonts.body).add(s.fonts.heading).add(s.fonts.mono).add(s.fonts.fallbacks.size());
    for (const auto& family : s.fonts.fallbacks) f.add(family);
    const SizeStyle& z = s.sizes;
    for (const double v : {z.body, z.leading, z.title, z.heading1, z.heading2, z.heading3, z.footnote, z.footnote_leading,
                           z.running, z.code, z.paragraph_indent, z.paragraph_space})
        f.add(v);
    for (const Color* c : {&s.colors.text, &s.colors.heading, &s.colors.link, &s.colors.rule, &s.colors.muted}) add(f, *c);
    add(f, s.marking.color);
    add(f, s.marking.background);
    f.add(s.marking.size);
    f.add(s.running.head_left).add(s.running.head_right).add(s.running.foot_left).add(s.running.foot_right);
    f.add(s.extra_css);
    return f.value();
}

} // namespace brief
