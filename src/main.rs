//! The `lienhiep` binary: everything is in the library; see `lienhiep --help`.

/// mimalloc rather than glibc's allocator: glibc keeps the memory a big request freed (a
/// large roster sync) in the arena of the thread that ran it, one arena per blocking thread,
/// so the service's resident memory grew with every sync that happened to run on a new
/// thread; mimalloc gives freed memory back to the system. Built without transparent huge
/// pages (`no_thp`: the process opts out at start): where the kernel grants them on request, a
/// 2 MiB page stayed resident for a few KiB in use, and the service held three times the
/// memory under read load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    lienhiep::cli::run()
}
