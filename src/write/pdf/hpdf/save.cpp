// save_document, and brief's HPDF_Xref_WriteToStream in the library's place: objects, table, trailer.
#include "write/pdf/hpdf/save.hpp"

#include "core/error.hpp"
#include "write/pdf/hpdf/entries.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/pdf/hpdf/own_objects.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <dlfcn.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

/// The file being saved: its bytes, and where their start is handed while the rest is written.
struct Sink {
    brief::Bytes& bytes;
    brief::EarlyBytes* early = nullptr;
    const brief::pdf::OwnObjects* own = nullptr; ///< written after libharu's objects
    /// Called before `own` is read, once libharu's objects are written (it may still be filling).
    const std::function<void()>* own_written = nullptr;
    std::size_t handed = 0; ///< bytes handed to `early`
    std::string failure; ///< why the save failed, when it was brief's objects

    /// Appends `more`: before the string moves its buffer to make room, the pieces handed over
    /// (views of it) are done with.
    void append(std::string_view more) {
        make_room(more.size());
        bytes.append(more);
    }
    /// Room for `more` bytes after the end, in one move of the buffer at most.
    void make_room(std::size_t more) {
        if (bytes.size() + more <= bytes.capacity()) return;
        if (early != nullptr && handed > 0) early->settle();
        bytes.reserve(std::max(bytes.size() + more, 2 * bytes.capacity()));
    }
    /// Hands over what was written since the last piece once there is enough of it: a piece per
    /// mebibyte, so that writing it overlaps writing the next.
    void hand_over() {
        constexpr std::size_t piece = std::size_t{1} << 20;
        if (early == nullptr || bytes.size() - handed < piece) return;
        early->take(std::string_view(bytes).substr(handed));
        handed = bytes.size();
    }
};

/// The bytes of a row of the cross-reference table (ISO 32000-1 7.5.4).
constexpr std::size_t table_row = 20;

/// libharu's write function for a stream whose bytes go straight onto the end of a string (the
/// stream's attr, a Sink): one append a write, where its memory stream copied each write into
/// 4 KiB blocks a piece at a time and the file was then read back out of them.
HPDF_STATUS append_to_string(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
    try {
        static_cast<Sink*>(stream->attr)->append(std::string_view(reinterpret_cast<const char*>(bytes), size));
        return HPDF_OK;
    } catch (...) { // out of memory: an error for libharu to report, not an exception through C
        return HPDF_FAILD_TO_ALLOC_MEM;
    }
}

/// Room enough for the saved file, most often: every stream's bytes and 256 bytes for each object
/// (the 500-article briefing's objects take 145 on average), and the room brief's own objects
/// expect (OwnObjects::expect), which are written after. Room never touched costs no memory;
/// growing the string by doubling instead copied the whole file and held two copies of it at once.
std::size_t save_size_estimate(HPDF_Doc doc, const brief::pdf::OwnObjects* own) {
    std::size_t total = 4096;
    if (own != nullptr) total += own->room() + table_row * (own->room() / 64); // and their rows (objects over 64 bytes)
    for (HPDF_Xref x = doc->xref; x != nullptr; x = x->prev)
        for (HPDF_UINT i = 0; i < x->entries->count; ++i) {
            const auto* entry = static_cast<HPDF_XrefEntry>(x->entries->obj[i]);
            total += 256;
            if (entry == nullptr || entry->obj == nullptr) continue;
            const auto* header = static_cast<const HPDF_Obj_Header*>(entry->obj);
            if ((header->obj_class & HPDF_OCLASS_ANY) != HPDF_OCLASS_DICT) continue;
            const auto dict = static_cast<HPDF_Dict>(entry->obj);
            if (dict->stream != nullptr) total += HPDF_Stream_Size(dict->stream);
        }
    return total;
}

/// The file being written by a stream save_document made: bytes appended to it directly are
/// counted in the stream's size, as libharu counts what it writes (it takes offsets from there).
class Out {
  public:
    explicit Out(HPDF_Stream stream) : stream_(stream), sink_(*static_cast<Sink*>(stream->attr)) {}

    Out& put(std::string_view s) {
        sink_.append(s);
        stream_->size += static_cast<HPDF_UINT>(s.size());
        return *this;
    }
    /// `n` in decimal.
    Out& number(unsigned long n) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        return put(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    [[nodiscard]] HPDF_UINT offset() const { return stream_->size; }
    void hand_over() { sink_.hand_over(); }
    [[nodiscard]] HPDF_Stream stream() const { return stream_; }
    [[nodiscard]] Sink& sink() const { return sink_; }

  private:
    HPDF_Stream stream_;
    Sink& sink_;
};

HPDF_XrefEntry entry_at(HPDF_Xref xref, HPDF_UINT i) { return static_cast<HPDF_XrefEntry>(xref->entries->obj[i]); }

/// Each object in order as "N 0 obj", its value (written by libharu) and "endobj", its offset
/// noted in its entry; then, once they are written, brief's own objects, copied whole, each one's
/// offset noted in `own_offsets`.
HPDF_STATUS write_objects(HPDF_Xref xref, std::vector<HPDF_UINT>& own_offsets, Out& out) {
    for (HPDF_UINT i = 1; i < xref->entries->count; ++i) {
        HPDF_XrefEntry entry = entry_at(xref, i);
        entry->byte_offset = out.offset();
        out.number(i).put(" ").number(entry->gen_no).put(" obj\n");
        if (const HPDF_STATUS status = HPDF_Obj_WriteValue(entry->obj, out.stream(), nullptr); status != HPDF_OK)
            return status;
        out.put("\nendobj\n");
        out.hand_over();
    }
    Sink& sink = out.sink();
    if (sink.own == nullptr) return HPDF_OK;
    if (sink.own_written != nullptr && *sink.own_written) (*sink.own_written)();
    const brief::pdf::OwnObjects& own = *sink.own;
    const HPDF_UINT base = out.offset();
    for (std::size_t k = 0; k < own.count(); ++k) {
        const auto at = own.offset(k);
        if (!at) {
            sink.failure = "PDF object " + std::to_string(own.first() + k) + " was never written (brief's fault)";
            return HPDF_INVALID_OBJECT;
        }
        own_offsets.push_back(base + static_cast<HPDF_UINT>(*at));
    }
    sink.make_room(own.bytes().size() + table_row * (xref->entries->count + own.count()) + 512); // and the trailer
    constexpr std::size_t piece = std::size_t{1} << 20; // handed over as they come
    for (std::string_view rest = own.bytes(); !rest.empty(); rest.remove_prefix(std::min(piece, rest.size()))) {
        out.put(rest.substr(0, piece));
        out.hand_over();
    }
    return HPDF_OK;
}

/// Writes `n` as `width` decimal digits at `at` (zeros in front), which ends there.
void put_digits(char* at, unsigned long n, int width) {
    for (int i = width - 1; i >= 0; --i, n /= 10) at[i] = static_cast<char>('0' + n % 10);
}

/// The cross-reference table (ISO 32000-1 7.5.4: 20-byte entries) of libharu's objects and then
/// brief's own, then the trailer with /Size. The rows are made in one block, written at once: tens
/// of thousands of rows, each of six appends, took a millisecond of a watch rebuild.
HPDF_STATUS write_table_and_trailer(HPDF_Xref xref, const std::vector<HPDF_UINT>& own_offsets, Out& out) {
    xref->addr = out.offset();
    const HPDF_UINT count = xref->entries->count + static_cast<HPDF_UINT>(own_offsets.size());
    out.put("xref\n0 ").number(count).put("\n");
    std::string rows(table_row * count, ' ');
    char* at = rows.data();
    const auto add = [&at](unsigned long offset, unsigned long gen, char type) {
        put_digits(at, offset, 10);
        put_digits(at + 11, gen, 5);
        at[17] = type;
        at[18] = '\r';
        at[19] = '\n';
        at += table_row;
    };
    for (HPDF_UINT i = 0; i < xref->entries->count; ++i) {
        const HPDF_XrefEntry entry = entry_at(xref, i);
        add(entry->byte_offset, entry->gen_no, entry->entry_typ);
    }
    for (const HPDF_UINT offset : own_offsets) add(offset, 0, 'n');
    out.put(rows);
    if (const HPDF_STATUS status = HPDF_Dict_AddNumber(xref->trailer, "Size", static_cast<HPDF_INT32>(count));
        status != HPDF_OK)
        return status;
    out.put("trailer\n");
    if (const HPDF_STATUS status = HPDF_Dict_Write(xref->trailer, out.stream(), nullptr); status != HPDF_OK) return status;
    out.put("\nstartxref\n").number(xref->addr).put("\n%%EOF\n");
    return HPDF_OK;
}

} // namespace

/// libharu's HPDF_SaveToStream calls this (through its PLT, so this definition is the one it
/// finds) once the header is written and the trailer holds /Root and /Info. Given a stream of
/// save_document's and a document as brief makes them (one cross-reference section from object 0,
/// no encryption), it writes what the library's function writes; any other call goes to the
/// library's.
extern "C" HPDF_STATUS HPDF_Xref_WriteToStream(HPDF_Xref xref, HPDF_Stream stream, HPDF_Encrypt e) {
    if (stream->write_fn != append_to_string || e != nullptr || xref->prev != nullptr || xref->start_offset != 0) {
        if (stream->write_fn == append_to_string && static_cast<Sink*>(stream->attr)->own != nullptr)
            return HPDF_INVALID_OPERATION; // the library's writer knows nothing of brief's objects
        using Write = HPDF_STATUS (*)(HPDF_Xref, HPDF_Stream, HPDF_Encrypt);
        static const auto library = reinterpret_cast<Write>(dlsym(RTLD_NEXT, "HPDF_Xref_WriteToStream"));
        return library != nullptr ? library(xref, stream, e) : HPDF_INVALID_OPERATION;
    }
    try {
        Out out(stream);
        const brief::pdf::OwnObjects* own = out.sink().own;
        if (own != nullptr && own->first() != xref->entries->count) return HPDF_INVALID_OBJECT; // save_document checked
        std::vector<HPDF_UINT> own_offsets;
        const HPDF_STATUS status = write_objects(xref, own_offsets, out);
        return status != HPDF_OK ? status : write_table_and_trailer(xref, own_offsets, out);
    } catch (...) { // out of memory: an error for libharu to report, not an exception through C
        return HPDF_FAILD_TO_ALLOC_MEM;
    }
}

namespace brief::pdf {

Bytes save_document(HPDF_Doc doc, EarlyBytes* early, const OwnObjects* own, const std::function<void()>& own_written) {
    if (own != nullptr && own->first() != doc->xref->entries->count)
        throw Error("libharu made PDF objects after brief's own were numbered (brief's fault)");
    // HPDF_SaveToStream writes into the document's stream, a memory stream it makes when there is
    // none; given a stream that appends to `out`, it writes the file there in one pass.
    Bytes out;
    out.reserve(save_size_estimate(doc, own));
    Sink sink{out, early, own, &own_written, 0, {}};
    // before `out` is moved or freed (returned, or an exception), no piece of it is in use
    const std::unique_ptr<Sink, void (*)(Sink*)> settled(&sink, [](Sink* s) {
        if (s->early != nullptr && s->handed > 0) s->early->settle();
    });
    HPDF_Stream into = HPDF_CallbackWriter_New(doc->mmgr, append_to_string, &sink);
    if (into == nullptr) throw haru_error(doc, "writing the PDF");
    if (doc->stream != nullptr) HPDF_Stream_Free(doc->stream);
    doc->stream = into;
    const HPDF_STATUS status = HPDF_SaveToStream(doc);
    doc->stream = nullptr; // it points into `out`
    HPDF_Stream_Free(into);
    if (!sink.failure.empty()) throw Error(sink.failure);
    check(doc, status, "writing the PDF");
    return out;
}

} // namespace brief::pdf
