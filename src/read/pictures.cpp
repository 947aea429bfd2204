// load_pictures: the folder rule for image paths, the reading, and one Picture per distinct file.
#include "read/pictures.hpp"

#include "core/files.hpp"
#include "image/picture.hpp"

#include <cctype>
#include <filesystem>
#include <map>

namespace brief {

namespace fs = std::filesystem;

namespace {

/// Markdown image addresses are percent-encoded by cmark; files are named by the decoded bytes.
std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool is_remote(std::string_view url) {
    const auto lower = [&](std::size_t n) {
        std::string out(url.substr(0, n));
        for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    return lower(7) == "http://" || lower(8) == "https://";
}

/// Why a local address may not be opened, or empty when it is a relative path inside the folder.
std::string refusal(std::string_view url, const std::string& path) {
    if (url.empty()) return "it names no file";
    const std::size_t colon = url.find(':');
    if (colon != std::string_view::npos && url.find('/') > colon) return "only files beside the article are read, not '" + std::string(url.substr(0, colon + 1)) + "' addresses";
    if (path.find('\0') != std::string::npos) return "its path holds a NUL byte";
    if (path.front() == '/' || path.front() == '\\') return "it is an absolute path; only files in the article's folder are read";
    if (path.front() == '~') return "a path from a home folder ('~') is not read; only files in the article's folder are";
    const fs::path normal = fs::path(path).lexically_normal();
    if (normal.empty() || *normal.begin() == "..") return "it leaves the article's folder ('..'); only files in that folder are read";
    return {};
}

/// Reads images with what the whole briefing shares: the pictures found so far, by content.
class PictureLoader {
  public:
    PictureLoader(Briefing& briefing, std::uintmax_t max_bytes, Diagnostics& diagnostics)
        : briefing_(briefing), max_bytes_(max_bytes), diagnostics_(diagnostics) {}

    void article(Article& a) {
        file_ = a.file;
        folder_ = fs::path(a.file).parent_path();
        if (folder_.empty()) folder_ = ".";
        blocks(a.blocks);
    }

  private:
    Briefing& briefing_;
    std::uintmax_t max_bytes_;
    Diagnostics& diagnostics_;
    std::string file_;
    fs::path folder_;
    std::map<std::string, std::string> by_path_;  ///< resolved path -> picture id ("" refused)
    std::map<std::string, std::size_t> by_bytes_; ///< file bytes' hash key -> index in pictures

    void blocks(Blocks& list) {
        for (auto& b : list) {
            if (auto* p = std::get_if<Paragraph>(&b.node)) inlines(p->content);
            else if (auto* h = std::get_if<Heading>(&b.node)) inlines(h->content);
            else if (auto* q = std::get_if<BlockQuote>(&b.node)) blocks(q->children);
            else if (auto* l = std::get_if<List>(&b.node)) for (auto& item : l->items) blocks(item.children);
            else if (auto* t = std::get_if<Table>(&b.node)) table(*t);
            else if (auto* f = std::get_if<Figure>(&b.node)) figure(b, *f);
        }
    }

    void table(Table& t) {
        for (auto& c : t.header.cells) inlines(c.content);
        for (auto& r : t.rows)
            for (auto& c : r.cells) inlines(c.content);
        inlines(t.caption);
    }

    void figure(Block& b, Figure& f) {
        Inlines content{Inline{f.image}};
        inlines(content);
        if (!std::get<Image>(content.front().node).picture.empty()) { // (a remote image, noted, has none)
            f.image = std::get<Image>(content.front().node);
            inlines(f.caption);
            return;
        }
        b.node = Paragraph{std::move(content), f.pos};
    }

    void inlines(Inlines& list) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto& node = list[i].node;
            if (auto* e = std::get_if<Emph>(&node)) inlines(e->children);
            else if (auto* s = std::get_if<Strong>(&node)) inlines(s->children);
            else if (auto* k = std::get_if<Strike>(&node)) inlines(k->children);
            else if (auto* l = std::get_if<Link>(&node)) inlines(l->children);
            else if (auto* n = std::get_if<Note>(&node)) inlines(n->content);
            else if (auto* im = std::get_if<Image>(&node)) {
                if (is_remote(im->url)) {
                    list.insert(list.begin() + static_cast<std::ptrdiff_t>(i) + 1, Inline{remote_note(*im)});
                    ++i;
                } else {
                    im->picture = load(*im);
                }
            }
        }
    }

    Note remote_note(const Image& im) {
        diagnostics_.warn(where(im), "remote image not fetched (brief makes no network requests); its description and address are shown",
                          "save the picture beside the article and name the file");
        Inlines content{Inline{Text{"Image not fetched: ", {}}}, Inline{Link{im.url, {}, {Inline{Text{im.url, {}}}}, {}, {}}}};
        return Note{NoteKind::author, std::move(content), {}, {}, 0, im.pos};
    }

    Location where(const Image& im) const { return {file_, im.pos.line, im.pos.column}; }

    std::string load(const Image& im) {
        const std::string path = percent_decode(im.url);
        if (std::string why = refusal(im.url, path.empty() ? "x" : path); !why.empty()) return refuse(im, why);
        std::error_code ec;
        const fs::path full = folder_ / fs::path(path).lexically_normal();
        const fs::path real = fs::weakly_canonical(full, ec);
        const fs::path root = fs::weakly_canonical(folder_, ec);
        const auto [inside, _] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
        if (ec || inside != root.end()) return refuse(im, "it resolves outside the article's folder (a symlink?); it is not opened");
        const auto seen = by_path_.find(real.string());
        if (seen != by_path_.end()) return seen->second.empty() ? refuse(im, "it could not be used (said above)") : seen->second;
        return by_path_[real.string()] = read(im, real);
    }

    std::string read(const Image& im, const fs::path& real) {
        std::error_code ec;
        if (!fs::is_regular_file(real, ec)) return refuse(im, "no such file: " + real.string());
        const auto size = fs::file_size(real, ec);
        if (ec || size > max_bytes_) return refuse(im, "the file is over the limit of " + std::to_string(max_bytes_) + " bytes (--max-file-size)");
        Picture p;
        try {
            p.bytes = read_file(real, max_bytes_);
        } catch (const std::exception& e) {
            return refuse(im, e.what());
        }
        const std::string key = std::to_string(p.bytes.size()) + ":" + std::to_string(std::hash<std::string>{}(p.bytes));
        if (auto it = by_bytes_.find(key); it != by_bytes_.end() && briefing_.pictures[it->second].bytes == p.bytes)
            return briefing_.pictures[it->second].id;
        if (std::string why = decode_picture(p.bytes, p); !why.empty()) return refuse(im, why);
        p.file = real.filename().string();
        p.id = "picture-" + std::to_string(briefing_.pictures.size() + 1);
        by_bytes_[key] = briefing_.pictures.size();
        briefing_.pictures.push_back(std::move(p));
        return briefing_.pictures.back().id;
    }

    std::string refuse(const Image& im, const std::string& why) {
        diagnostics_.warn(where(im), "image '" + im.url.substr(0, 80) + "' not embedded: " + why, "its description is shown instead");
        return {};
    }
};

} // namespace

void load_pictures(Briefing& briefing, std::uintmax_t max_bytes, Diagnostics& diagnostics) {
    PictureLoader loader(briefing, max_bytes, diagnostics);
    for (auto& a : briefing.articles)
        if (a.may_name_images) loader.article(a);
}

} // namespace brief
