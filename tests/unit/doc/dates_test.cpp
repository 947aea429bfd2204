// Dates: ISO parsing, long dates and epoch arithmetic, all locale-free.
#include "doc/dates.hpp"

#include <catch2/catch.hpp>

using namespace brief;

TEST_CASE("parse_iso_date accepts dates and date-times, and rejects impossible days") {
    CHECK(parse_iso_date("2018-11-25"));
    CHECK(parse_iso_date("2018-11-25T10:00:00Z"));
    CHECK(parse_iso_date("2016-02-29"));
    CHECK_FALSE(parse_iso_date("2018-02-29"));
    CHECK_FALSE(parse_iso_date("2018-13-01"));
    CHECK_FALSE(parse_iso_date("25/11/2018"));
    CHECK_FALSE(parse_iso_date("2018-11-25junk"));
    CHECK_FALSE(parse_iso_date(""));
}

TEST_CASE("long dates are English whatever the locale") {
    CHECK(long_date("2018-11-25") == "25 November 2018");
    CHECK(long_date("not a date") == "not a date");
}

TEST_CASE("epoch conversion agrees with known instants") {
    CHECK(to_epoch({2018, 11, 26}) == 1543190400);
    CHECK(to_epoch({1970, 1, 1}) == 0);
    CHECK(format_iso_datetime(1543190400 + 3661) == "2018-11-26T01:01:01Z");
    CHECK(format_iso_datetime(946684800) == "2000-01-01T00:00:00Z");
}
