fn main() -> std::process::ExitCode {
    enroll_desk::cli::main()
}
