/// The built-in width classes, so measurements are the same on every machine whatever the locale says.
/// Data lives in `WidthTable+Data.swift`.
enum WidthTable {
    static let zero: UInt32 = 1
    static let wide: UInt32 = 2
    static let ambiguous: UInt32 = 3

    /// Class of a non-ASCII scalar: 0 (ordinary, one cell), `zero`, `wide` or `ambiguous`.
    static func lookup(_ v: UInt32) -> UInt32 {
        // Fast answers for the blocks that dominate Chinese text.
        if v >= 0x4E00 && v <= 0x9FFF { return wide }
        if v >= 0xAC00 && v <= 0xD7A3 { return wide }
        let table = ranges
        var low = 0
        var high = table.count / 3 - 1
        while low <= high {
            let mid = (low + high) >> 1
            let base = mid * 3
            if v < table[base] {
                high = mid - 1
            } else if v > table[base + 1] {
                low = mid + 1
            } else {
                return table[base + 2]
            }
        }
        return 0
    }
}
