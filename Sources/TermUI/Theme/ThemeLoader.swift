/// Finds a theme by name or path, follows `extends`, and never fails: on any error it returns the fallback
/// theme (the built-in default unless told otherwise) with the error for a toast, as k9s does with skins.
/// It reads files only through `fileSystem`, so the module stays pure.
public struct ThemeLoader: Sendable {
    /// Searched in order for `<name>.theme`; put the user's directories first so their files win.
    public var directories: [String]
    public let fileSystem: any ThemeFileSystem

    /// Names that resolve to compiled-in themes when no directory has a file of that name: every shipped theme,
    /// so a binary installed without the `Themes` folder still offers them all.
    public static let builtins: [String: Theme] = [
        "default": .builtinDefault, "mono": .monochrome, "dark": .dark, "light": .light, "high-contrast": .highContrast,
    ]
    /// More bases than this is treated as a mistake rather than followed.
    public static let maxExtendsDepth = 16

    public init(directories: [String], fileSystem: any ThemeFileSystem) {
        self.directories = directories
        self.fileSystem = fileSystem
    }

    /// The theme `reference` names, or `fallback` with the reason. A reference containing `/` or ending in
    /// `.theme` is a path (relative to the working directory, `~/` allowed); anything else is a name looked up
    /// in `directories`, then among the built-ins.
    public func load(_ reference: String, fallback: Theme = .builtinDefault) -> ThemeLoadResult {
        do {
            return try loadStrictly(reference)
        } catch {
            return ThemeLoadResult(theme: fallback, error: error)
        }
    }

    /// The same lookup without the fallback, for `:theme check` and tests.
    public func loadStrictly(_ reference: String) throws(ThemeError) -> ThemeLoadResult {
        var files: [String] = []
        var warnings: [ThemeWarning] = []
        let theme = try build(reference, relativeTo: nil, chain: [], from: nil, files: &files, warnings: &warnings)
        return ThemeLoadResult(theme: theme, warnings: warnings, files: files)
    }

    /// Whether `reference` is taken as a path rather than a name (the k9s lesson: users put paths where names
    /// were expected, so accept both).
    public static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || reference.hasSuffix(".theme")
    }

    /// Where a theme comes from: a file to read, or a compiled-in theme.
    enum Source {
        case file(String)
        case builtin(Theme)
    }

    /// `from` is the `extends` line that asked for this theme, used to place an error about the base there.
    private func build(_ reference: String, relativeTo directory: String?, chain: [String],
                       from origin: (file: String, line: Int?)?, files: inout [String],
                       warnings: inout [ThemeWarning]) throws(ThemeError) -> Theme {
        let source: Source
        do {
            source = try locate(reference, relativeTo: directory)
        } catch {
            // A missing base is reported at the `extends` line that names it.
            guard let origin else { throw error }
            throw ThemeError(error.kind, file: origin.file, line: origin.line, "extends '\(reference)': \(error.message)")
        }
        switch source {
        case .builtin(let theme):
            return theme
        case .file(let path):
            let identity = fileSystem.canonicalPath(path)
            if let origin, chain.contains(identity) {
                let names = (chain + [identity]).map(Self.fileName).joined(separator: " → ")
                throw ThemeError(.extendsLoop, file: origin.file, line: origin.line, "extends loop: \(names)")
            }
            if let origin, chain.count >= Self.maxExtendsDepth {
                throw ThemeError(.extendsLoop, file: origin.file, line: origin.line,
                                 "more than \(Self.maxExtendsDepth) themes extend one another")
            }
            let text = try fileSystem.readTheme(at: path)
            files.append(path)
            let (document, own) = try ThemeParser.document(text, file: path)
            warnings += own
            var base: Theme?
            if let parent = document.extends {
                base = try build(parent, relativeTo: Self.directoryName(path), chain: chain + [identity],
                                 from: (path, document.extendsLine), files: &files, warnings: &warnings)
            }
            return try document.theme(name: Self.stem(path), over: base)
        }
    }

    private func locate(_ reference: String, relativeTo directory: String?) throws(ThemeError) -> Source {
        let label = reference.isEmpty ? "(empty)" : reference
        guard !reference.isEmpty, !reference.contains("\u{0}") else {
            throw ThemeError(.notFound, file: label, "not a theme name or path")
        }
        if Self.isPath(reference) {
            return .file(fileSystem.absolutePath(reference, relativeTo: directory))
        }
        for directory in directories {
            let candidate = Self.join(directory, reference + ".theme")
            if fileSystem.exists(candidate) { return .file(candidate) }
        }
        if let theme = Self.builtins[reference] { return .builtin(theme) }
        let searched = directories.isEmpty ? "no theme directories" : directories.joined(separator: ", ")
        throw ThemeError(.notFound, file: label, "no theme of that name (looked in \(searched))")
    }

    /// Every theme name `load` would find: files in `directories` and the built-ins, sorted, for completion.
    public func availableNames() -> [String] {
        var names = Set(Self.builtins.keys)
        for directory in directories {
            for file in fileSystem.listDirectory(directory) where file.hasSuffix(".theme") && file.count > 6 {
                names.insert(String(file.dropLast(6)))
            }
        }
        return names.sorted()
    }

    static func stem(_ path: String) -> String {
        let name = fileName(path)
        return name.hasSuffix(".theme") && name.count > 6 ? String(name.dropLast(6)) : name
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func directoryName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
