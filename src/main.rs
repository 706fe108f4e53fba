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
    return_freed_pages_soon();
    lienhiep::cli::run()
}

/// mimalloc's `mi_option_purge_delay` (`include/mimalloc.h` of its version 3, which
/// libmimalloc-sys builds by default).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

#[allow(unsafe_code)]
extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    #[cfg(test)]
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
}

/// mimalloc 3 holds pages that were freed for a second (its `purge_delay`, 1,000 ms) before
/// it gives them back to the system; under a steady load that is always some pages of every
/// thread, resident for nothing. 10 ms, mimalloc 2's own default, gives nearly all of it
/// back; 0 gave back a little more but stalled requests now and then for hundreds of
/// milliseconds (BENCHMARKS.md, issue 29). `MIMALLOC_PURGE_DELAY` in the environment still
/// decides when it is set.
#[allow(unsafe_code)]
fn return_freed_pages_soon() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's options, which it reads atomically at each purge.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}

/// Milliseconds before freed pages go back to the system.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

#[cfg(test)]
mod tests {
    /// The option set at start is the purge delay: the only option of mimalloc 3 whose
    /// default is 1,000 (milliseconds), and it takes the value set.
    #[test]
    #[allow(unsafe_code)]
    fn the_option_set_is_the_purge_delay() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reads and sets one of mimalloc's options.
        unsafe {
            assert_eq!(super::mi_option_get(super::MI_OPTION_PURGE_DELAY), 1000);
            super::return_freed_pages_soon();
            assert_eq!(super::mi_option_get(super::MI_OPTION_PURGE_DELAY), super::PURGE_DELAY_MS);
        }
    }
}
