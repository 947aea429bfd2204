// Dates without locales or clocks: ISO 8601 parsing, long English dates, and epoch conversion.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace brief {

struct Date {
    int year = 0;
    int month = 0; ///< 1-12
    int day = 0;   ///< 1-31, checked against the month
};

/// Parses "YYYY-MM-DD", optionally followed by a time ("T10:00:00Z", " 10:00"), keeping the date.
/// Returns nullopt for anything else, including impossible days (2018-02-30).
std::optional<Date> parse_iso_date(std::string_view text);

/// "2018-11-25".
std::string format_iso_date(const Date& d);

/// "25 November 2018": the same in every locale.
std::string format_long_date(const Date& d);

/// `format_long_date` of an ISO string, or the string unchanged when it does not parse.
std::string long_date(std::string_view iso);

/// Seconds since 1970-01-01T00:00:00Z at the start of the date.
std::int64_t to_epoch(const Date& d);

/// The UTC calendar date and time of an epoch second.
struct DateTime {
    Date date;
    int hour = 0, minute = 0, second = 0;
};
DateTime from_epoch(std::int64_t seconds);

/// "2018-11-25T00:00:00Z" (the form dcterms:modified and docProps want).
std::string format_iso_datetime(std::int64_t seconds);

} // namespace brief
