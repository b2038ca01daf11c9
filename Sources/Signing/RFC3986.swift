/// Percent-encoding as the signing schemes define it. APIG signs RFC 3986-encoded names, values and path
/// segments; both sides decode what they received and re-encode it this one way, so a client and a server that
/// spell the same URL differently (`%7E` vs `~`, `%2b` vs `%2B`) still agree on the signature.
public enum RFC3986 {
    /// Encodes everything except the unreserved set `A–Z a–z 0–9 - . _ ~`, byte by byte over UTF-8, with
    /// uppercase hex digits.
    public static func encode(_ text: String) -> String {
        let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `%XX` escapes. A `%` that does not start a valid escape is kept as a literal `%`, and bytes that do
    /// not form UTF-8 become U+FFFD, so decoding never fails and both sides decode hostile input identically.
    /// `plusAsSpace` is for HTML-form encoding (Java's `URLDecoder`), which KooGallery's V1 query strings use;
    /// APIG treats `+` as a literal plus.
    public static func decode(_ text: String, plusAsSpace: Bool = false) -> String {
        let input = Array(text.utf8)
        guard input.contains(UInt8(ascii: "%")) || (plusAsSpace && input.contains(UInt8(ascii: "+"))) else {
            return text
        }
        var output = [UInt8]()
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count,
               let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"): true
        default: false
        }
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
