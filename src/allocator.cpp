// mimalloc's huge pages and no decommit, asked for before mimalloc starts (from the executable's pre-init array).
#include <mimalloc.h>

namespace {

// A 500-article run touches about 120 MB once. On the benchmark's VM a 4 KiB page fault cost about
// 6 us (a 128 MB buffer touched page by page: 0.19 s of system time; in huge pages: 0.01 s),
// so the memory is asked for in 2 MiB pages where the kernel can give them:
// - large OS pages: mimalloc maps its segments with MADV_HUGEPAGE;
// - no eager-commit delay: by default a thread's first segment is committed piecemeal, in 4 KiB
//   faults, and a run starts a dozen threads (500 articles: 20,000 faults -> 730; median wall
//   0.48 -> 0.33 s over 10 interleaved runs; the 5000-article peak 920 -> 980 MiB, since a
//   partly used 2 MiB page is resident whole).
// - no decommit: memory freed stays committed for the next allocation. `brief watch` frees a
//   rebuild's model, pages and files once they are written, and the next rebuild faulted the
//   same memory in again, 2 MiB pages zeroed in the kernel (clear_page, part of the PDF's save):
//   paired one-article edits of the 500-article briefing 3.4 and 6.9 ms faster (medians of 40,
//   two runs), the watch's resident size after 20 edits the same (230 MB), a fresh build's time
//   the same (12 interleaved runs).
// Only the defaults change: MIMALLOC_LARGE_OS_PAGES=0, MIMALLOC_EAGER_COMMIT_DELAY=1 or
// MIMALLOC_ALLOW_DECOMMIT=1 in the environment still override them.
//
// mimalloc reads its options when it starts, in its own initialiser, which runs before main and
// before any initialiser of this program; only the executable's pre-init array (ELF
// DT_PREINIT_ARRAY: run after relocation, before every library's initialiser) comes earlier.
// Setting a default needs none of mimalloc's state.
void ask_for_huge_pages(int, char**, char**) {
    mi_option_set_enabled_default(mi_option_large_os_pages, true);
    mi_option_set_default(mi_option_eager_commit_delay, 0);
    mi_option_set_enabled_default(mi_option_allow_decommit, false);
}

[[gnu::section(".preinit_array"), gnu::used]] void (*const ask_early)(int, char**, char**) = ask_for_huge_pages;

} // namespace
