// run_passes: doc's passes with find_key_points between the attribution and the numbering.
#include "synth/passes.hpp"

#include "doc/passes.hpp"
#include "synth/key_points.hpp"

namespace brief {

void run_passes(Briefing& briefing, Diagnostics& diagnostics, int threads, Memo* memo) {
    outline_headings(briefing);
    attribute_sources(briefing, diagnostics, threads);
    synth::find_key_points(briefing, threads, memo);
    number_notes(briefing, threads);
    present_key_points(briefing);
    number_tables_and_figures(briefing);
}

} // namespace brief
