/// Makes untrusted text (anything from the network or the store) safe to put in a cell.
///
/// Visible replacement form, chosen once for the whole UI:
/// - a whole escape sequence (ESC/CSI/OSC/DCS/APC/PM/SOS, 7-bit or 8-bit, e.g. `ESC ] 52 ; c ; … BEL` or
///   `ESC [ 2 J`) becomes one `␛` (U+241B), so its payload never reaches the terminal or the screen;
/// - other C0 controls and DEL become their Control Pictures glyph (`␀` U+2400 … `␟` U+241F, `␡` U+2421);
/// - C1 controls (U+0080–U+009F) and bidi overrides/isolates become `�` (U+FFFD), as do invalid UTF-8 bytes
///   when decoding (`sanitize(bytes:)`).
/// Newlines and tabs follow `Mode`. The result never contains a scalar below U+0020 or in U+007F–U+009F,
/// except `\n` in `.multiLine` mode.
public enum TextSanitizer {
    /// What to do with line breaks and tabs.
    public enum Mode: Hashable, Sendable {
        /// Table cells, titles, single-line inputs: every line break and tab becomes one space.
        case singleLine
        /// Detail text: `\r\n`, `\r`, U+2028/U+2029 become `\n`; a tab becomes `tabWidth` spaces.
        case multiLine
    }

    /// Default cap on scalars kept for a single-line field; the screen is never that wide.
    public static let singleLineLimit = 2_048
    /// Default cap for multi-line text (a detail pane, a ticket body).
    public static let multiLineLimit = 65_536
    /// Stands for a whole swallowed escape sequence.
    public static let escapeReplacement: Unicode.Scalar = "\u{241B}"
    public static let invalidReplacement: Unicode.Scalar = "\u{FFFD}"
    public static let tabWidth = 4

    /// Sanitises `text`; output past `limit` scalars is cut and ends with `…` (`Int.max`: never cut). Clean strings are returned
    /// without copying, and work stops at the limit, so a megabyte field costs no more than a short one.
    public static func sanitize(_ text: String, mode: Mode = .singleLine, limit: Int? = nil) -> String {
        let cap = max(1, limit ?? (mode == .singleLine ? singleLineLimit : multiLineLimit))
        if isClean(text, cap: cap) { return text }
        var out = String.UnicodeScalarView()
        var state = EscapeState.text
        var kept = 0
        var truncated = false
        var previousCR = false
        var scanned = 0
        // Escape payloads are swallowed without counting as kept, so scanning stops at four times the cap
        // (saturating: `Int.max` means no cap at all).
        let scanCap = cap > Int.max / 4 ? Int.max : max(cap, 256) * 4
        for scalar in text.unicodeScalars {
            scanned += 1
            if kept >= cap || scanned > scanCap {
                truncated = true
                break
            }
            let v = scalar.value
            if state != .text {
                let (next, consumed) = state.advance(v)
                state = next
                if consumed { continue }
            }
            let wasCR = previousCR
            previousCR = v == 0x0D
            switch v {
            case 0x1B:
                state = .escape
                out.append(escapeReplacement)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:   // 8-bit DCS, SOS, OSC, PM, APC: skip to the terminator
                state = .string
                out.append(escapeReplacement)
            case 0x9B:                            // 8-bit CSI
                state = .csi
                out.append(escapeReplacement)
            case 0x0A where wasCR:
                continue                          // the LF of a CRLF already produced its break
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                if mode == .singleLine {
                    out.append(" ")
                } else {
                    out.append("\n")
                }
            case 0x09:
                if mode == .singleLine {
                    out.append(" ")
                } else {
                    for _ in 0..<tabWidth { out.append(" ") }
                }
            case 0x7F:
                out.append("\u{2421}")
            case 0..<0x20:
                out.append(Unicode.Scalar(0x2400 + v) ?? invalidReplacement)
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                out.append(invalidReplacement)
            default:
                out.append(scalar)
            }
            kept += 1
        }
        if truncated { out.append("…") }
        return String(out)
    }

    /// Decodes bytes as UTF-8 (each invalid sequence becomes U+FFFD) and sanitises the result.
    public static func sanitize(bytes: some Sequence<UInt8>, mode: Mode = .singleLine, limit: Int? = nil)
        -> String {
        sanitize(String(decoding: Array(bytes), as: UTF8.self), mode: mode, limit: limit)
    }

    /// True when `text` needs no change: nothing to replace and not over the cap.
    static func isClean(_ text: String, cap: Int) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > cap { return false }
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { return false }
            if v >= 0x2028 && v <= 0x2069 {
                if v <= 0x2029 || (v >= 0x202A && v <= 0x202E) || v >= 0x2066 { return false }
            }
        }
        return true
    }

    /// Where we are inside an escape sequence being swallowed.
    enum EscapeState: Equatable {
        case text
        case escape      // after ESC
        case csi         // ESC [ … final byte 0x40–0x7E
        case string      // OSC/DCS/SOS/PM/APC body, ends at BEL, ST (ESC \) or 8-bit ST
        case stringEscape
        case intermediate  // ESC followed by 0x20–0x2F bytes, ends at 0x30–0x7E

        /// The next state, and whether `v` belonged to the sequence. A scalar that cannot belong to it (a
        /// control or non-ASCII inside a CSI) ends the sequence and is processed as ordinary text.
        func advance(_ v: UInt32) -> (EscapeState, consumed: Bool) {
            switch self {
            case .text:
                return (.text, false)
            case .escape:
                switch v {
                case 0x5B: return (.csi, true)
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return (.string, true)
                case 0x20...0x2F: return (.intermediate, true)
                case 0x30...0x7E: return (.text, true)   // two-byte sequence such as ESC 7, ESC c
                default: return (.text, false)
                }
            case .csi:
                if v >= 0x20 && v <= 0x3F { return (.csi, true) }
                return v >= 0x40 && v <= 0x7E ? (.text, true) : (.text, false)
            case .intermediate:
                if v >= 0x20 && v <= 0x2F { return (.intermediate, true) }
                return v >= 0x30 && v <= 0x7E ? (.text, true) : (.text, false)
            case .string:
                if v == 0x07 || v == 0x9C { return (.text, true) }
                return (v == 0x1B ? .stringEscape : .string, true)
            case .stringEscape:
                if v == 0x5C { return (.text, true) }
                return (v == 0x1B ? .stringEscape : .string, true)
            }
        }
    }
}
