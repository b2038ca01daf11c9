/// The names a downloaded file may take in its folder. A file name comes from the network, so it is made safe
/// rather than trusted: path separators become `_`, control, format (bidi overrides) and line-separator
/// characters go, leading dots and spaces go (no `..`, no hidden file), and the UTF-8 length is capped so the
/// `.partial` and ` (n)` suffixes still fit a file system's 255 bytes. What is left is one name inside the folder.
enum DownloadName {
    /// The name used when nothing of the original is usable.
    static let fallback = "attachment"
    /// Longest safe name, in UTF-8 bytes.
    static let maximumBytes = 200

    static func safe(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar == "/" || scalar == "\\" {
                scalars.append("_")
                continue
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                continue
            default:
                scalars.append(scalar)
            }
        }
        var text = String(scalars)
        text = String(text.drop { $0 == "." || $0.isWhitespace })
        while let last = text.last, last.isWhitespace || last == "." { text.removeLast() }
        text = truncated(text)
        return text.isEmpty ? fallback : text
    }

    /// The `attempt`-th name to try: the name itself, then `stem (1).ext`, `stem (2).ext`, …
    static func candidate(_ safe: String, attempt: Int) -> String {
        guard attempt > 0 else { return safe }
        let (stem, ext) = split(safe)
        return "\(stem) (\(attempt))" + ext
    }

    /// `report.tar.gz` → (`report.tar`, `.gz`); a name without an inner dot has no extension.
    static func split(_ name: String) -> (stem: String, ext: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }

    /// At most `maximumBytes` of UTF-8, cut between characters, keeping a short extension.
    static func truncated(_ name: String) -> String {
        guard name.utf8.count > maximumBytes else { return name }
        let (stem, ext) = split(name)
        let keep = ext.utf8.count <= 16 ? ext : ""
        var cut = ""
        for character in stem {
            if cut.utf8.count + character.utf8.count + keep.utf8.count > maximumBytes { break }
            cut.append(character)
        }
        return cut + keep
    }
}
