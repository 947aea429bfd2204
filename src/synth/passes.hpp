// run_passes: every pass over the model in order, the key points' synthesis among them.
#pragma once

#include "core/diagnostics.hpp"
#include "doc/model.hpp"

namespace brief {

class Memo;

/// Every pass in order: what every command runs after reading (and after load_pictures, which
/// turns figures without a picture into paragraphs). The outline, the attribution notes, the key
/// points (found, then numbered with every other note, key points first, then set out as the
/// Key points part), and the tables' and figures' numbers. `threads` and `memo` as for
/// find_key_points.
void run_passes(Briefing& briefing, Diagnostics& diagnostics, int threads = 0, Memo* memo = nullptr);

} // namespace brief
