// OwnObjects: indirect objects brief writes whole as bytes, numbered after every libharu object and saved after them.
#pragma once

#include <hpdf.h>
#include <hpdf_objects.h>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace brief::pdf {

/// Objects with no libharu object behind them: the pages, the structure tree's elements and the
/// link annotations, tens of thousands in a large briefing. Each libharu object took several
/// allocations to make, a lookup to write and a walk to free; these are numbers and one string.
/// They are numbered from the first number libharu has not given, so they are made once libharu
/// makes no more objects (save_document checks it), and written after libharu's in the order
/// their values were given. A libharu dictionary or array refers to one through refer().
class OwnObjects {
  public:
    /// For `doc`, numbered from its next object number on.
    explicit OwnObjects(HPDF_Doc doc);

    /// The number of a new object, whose value set_dictionary() gives later.
    std::uint32_t reserve();
    /// Makes object `number` the dictionary of `entries` then `more` (whole entries, such as
    /// "/S /P\n"): "<<\n", the entries and ">>". Once for each object; the bytes are copied.
    void set_dictionary(std::uint32_t number, std::string_view entries, std::string_view more = {});
    /// Makes object `number` a stream: the dictionary of `entries` (its /Length among them) and
    /// `data` as it is. Once for each object; the bytes are copied.
    void set_stream(std::uint32_t number, std::string_view entries, std::string_view data);
    /// Adds `key` to `dict`, or an element to `array`, that refers to object `number`. Throws
    /// brief::Error when libharu fails.
    void refer(HPDF_Dict dict, const char* key, std::uint32_t number);
    void refer(HPDF_Array array, std::uint32_t number);

    /// Room for about `bytes` more of objects, taken at once: the string they are kept in then
    /// grows once instead of by doubling, and the file saved has room for them from the start
    /// (room(), save_document), where it grew, copied itself and faulted in fresh memory after
    /// libharu's objects.
    void expect(std::size_t bytes) { bytes_.reserve(bytes_.size() + bytes); }
    /// What bytes() holds room for: at least its size.
    [[nodiscard]] std::size_t room() const { return bytes_.capacity(); }

    [[nodiscard]] std::uint32_t first() const { return first_; }
    [[nodiscard]] std::size_t count() const { return spans_.size(); }
    /// Every object as the file holds it ("N 0 obj\n", its value, "\nendobj\n"), in the order
    /// their values were given: a file may hold its objects in any order, the cross-reference
    /// table says where each is.
    [[nodiscard]] std::string_view bytes() const { return bytes_; }
    /// Where in bytes() the object numbered first() + k starts; nothing when it has no value.
    [[nodiscard]] std::optional<std::size_t> offset(std::size_t k) const;

  private:
    HPDF_Doc doc_;
    std::uint32_t first_;
    std::string bytes_; ///< the objects, in the order they were set
    static constexpr std::size_t unset = static_cast<std::size_t>(-1);
    std::vector<std::size_t> spans_; ///< per object, where it starts in bytes_ (unset: not yet)
    /// What libharu's references point at: headers with an object number and nothing else (a
    /// reference writes only the number; libharu frees neither these nor what they name).
    std::deque<HPDF_Obj_Header> targets_;

    /// The index of object `number` among these; throws brief::Error when it was never reserved.
    std::size_t index_of(std::uint32_t number) const;
    /// Starts object `number` ("N 0 obj\n<<\n"), checking it was reserved and has no value yet.
    void begin(std::uint32_t number);
    void* target(std::uint32_t number);
};

} // namespace brief::pdf
