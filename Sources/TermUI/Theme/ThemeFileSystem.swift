/// What `ThemeLoader` needs from the file system, handed in by the caller so TermUI stays pure (ARCHITECTURE §3):
/// the console's runtime gives `ThemeFiles`, which reads the disk; tests may give files from memory.
public protocol ThemeFileSystem: Sendable {
    /// The text of the theme file at `path`, or why it cannot be a theme (missing, not a regular file, too large,
    /// not UTF-8).
    func readTheme(at path: String) throws(ThemeError) -> String
    func exists(_ path: String) -> Bool
    /// The names in a directory; empty when it cannot be listed.
    func listDirectory(_ path: String) -> [String]
    /// `~/` expanded; a relative path taken from `directory` (the extending file's folder) when given,
    /// otherwise from the working directory.
    func absolutePath(_ path: String, relativeTo directory: String?) -> String
    /// The same file however it was named (relative, `..`, symlinks), for loop detection.
    func canonicalPath(_ path: String) -> String
}
