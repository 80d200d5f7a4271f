fn main() -> std::process::ExitCode {
    enroll_desk::return_large_blocks_when_freed();
    enroll_desk::cli::main()
}
