// The brief command line: make_cli builds it (src/app/cli.cpp), run_cli parses and runs a command.
#include "app/cli.hpp"

int main(int argc, char** argv) {
    const auto cli = brief::make_cli();
    return brief::run_cli(*cli, argc, argv);
}
