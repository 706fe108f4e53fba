//! The `lienhiep` binary: everything is in the library; see `lienhiep --help`.

fn main() -> std::process::ExitCode {
    lienhiep::cli::run()
}
