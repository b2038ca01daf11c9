/// An instance's app URLs (`AppInfo.frontEndUrl`, `adminUrl`) split in two: the origin, `scheme://host[:port]`
/// up to the first `/` after `://`, shared (`SharedTexts`), and the rest, kept in the instance's row. A seller's
/// instances open on a few hosts of its own: at 100,000 instances the simulator's ten origins were about 4 MB of
/// the instances table. A URL with no `://`, or whose origin is longer than `maxLength`, is kept whole.
///
/// The same split is written twice, here for the rows the store writes and in SQL (`sql(of:)`) for the rows the
/// migration converts; `URLOriginTests` holds them to the same answers.
enum URLOrigin {
    /// No real host is longer; a hostile one past it stays in its row rather than growing the shared texts.
    static let maxLength = 255

    /// The origin and the rest of `url`, or nil when it is kept whole.
    static func split(_ url: String) -> (origin: String, rest: String)? {
        // Byte by byte: `:` and `/` are ASCII, so a match is never inside a longer character's bytes, and the two
        // halves join back to the very bytes of `url`.
        let bytes = Array(url.utf8)
        guard let scheme = bytes.indices.dropLast(2).first(where: {
            bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
        }) else { return nil }
        let end = bytes[(scheme + 3)...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.endIndex
        let origin = String(decoding: bytes[..<end], as: UTF8.self)
        guard origin.unicodeScalars.count <= maxLength else { return nil }
        return (origin, String(decoding: bytes[end...], as: UTF8.self))
    }

    /// The URL again from what `split` gave (or the whole URL and no origin).
    static func joined(origin: String?, rest: String?) -> String? {
        rest.map { (origin ?? "") + $0 }
    }

    /// SQL for the origin of the text in `column` as `split` finds it, or NULL. SQLite counts characters as
    /// Unicode scalars, as `maxLength` does.
    static func sql(of column: String) -> String {
        let scheme = "instr(\(column), '://')"
        let slash = "instr(substr(\(column), \(scheme) + 3), '/')"
        let origin = "CASE WHEN \(slash) = 0 THEN \(column) ELSE substr(\(column), 1, \(scheme) + \(slash) + 1) END"
        return "CASE WHEN \(column) IS NULL OR \(scheme) = 0 OR length(\(origin)) > \(maxLength) THEN NULL "
            + "ELSE \(origin) END"
    }
}
