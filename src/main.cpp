// The brief command line: make_cli builds it (src/app/cli.cpp), run_cli parses and runs a command.
#include "app/cli.hpp"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const int code = [&] {
        const auto cli = brief::make_cli();
        return brief::run_cli(*cli, argc, argv);
    }();
#ifdef BRIEF_QUICK_EXIT
    // Every output is written and renamed into place by now, and every file closed: the static
    // caches' destructors (fonts, patterns, fontconfig's list) would only give memory back to a
    // process about to end, about 2 ms of a seed build. The sanitizer builds return, so that
    // LeakSanitizer still checks at exit.
    std::fflush(nullptr);
    std::_Exit(code);
#endif
    return code;
}
