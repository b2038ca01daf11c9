import Testing

extension Tag {
    /// Tests that take seconds each (a gigabyte upload, a thousand actions, killed processes, tmux sessions,
    /// deliberately slow clients). `swift test --skip` by suite name leaves them out for a quick run; the
    /// README lists both commands.
    @Tag public static var heavy: Self
}
