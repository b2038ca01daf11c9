/// How a JSON number comes back out of Java after Jackson parsed it into a `Map`: integers stay exact
/// (`Integer`, `Long` or `BigInteger`), anything with a fraction or exponent becomes a `Double` and is written by
/// `Double.toString` (`1.50` → `1.5`, `1e2` → `100.0`, `1e-5` → `1.0E-5`). The V2 canonical body must match
/// those bytes.
enum JavaNumberFormat {
    /// The Java text for a JSON number literal. Literals this code does not understand are returned unchanged.
    static func jacksonText(_ literal: String) -> String {
        let isInteger = !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        return isInteger ? integerText(literal) : doubleText(literal)
    }

    /// Digits without leading zeros; `-0` is the integer 0.
    private static func integerText(_ literal: String) -> String {
        let negative = literal.hasPrefix("-")
        let digits = negative ? literal.dropFirst() : Substring(literal)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return literal }
        let trimmed = digits.drop { $0 == "0" }
        if trimmed.isEmpty { return "0" }
        return (negative ? "-" : "") + trimmed
    }

    /// Java's `Double.toString` from the shortest round-tripping digits, which Swift's description also yields
    /// (the JDK prints the same digits since JDK 19, and for almost all values before that).
    static func doubleText(_ literal: String) -> String {
        guard let value = Double(literal), value.isFinite else { return literal }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        guard let (digits, exponent) = decimalDigits(of: value.magnitude) else { return literal }
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        if magnitude >= 1e-3, magnitude < 1e7 {
            return sign + plain(digits: digits, pointPosition: exponent)
        }
        let fraction = digits.count > 1 ? String(digits.dropFirst()) : "0"
        return sign + String(digits.prefix(1)) + "." + fraction + "E" + String(exponent - 1)
    }

    /// `0.d1d2…dn × 10^exponent`, with the digits stripped of leading and trailing zeros.
    private static func decimalDigits(of value: Double) -> (String, Int)? {
        let text = value.description.lowercased()
        let parts = text.split(separator: "e", omittingEmptySubsequences: false)
        guard parts.count <= 2, let mantissa = parts.first else { return nil }
        var powerOfTen = 0
        if parts.count == 2 {
            guard let parsed = Int(parts[1]) else { return nil }
            powerOfTen = parsed
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return nil }
        let whole = String(pieces[0])
        let fraction = pieces.count == 2 ? String(pieces[1]) : ""
        var digits = whole + fraction
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var exponent = whole.count + powerOfTen
        while digits.hasPrefix("0") {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits.isEmpty ? nil : (digits, exponent)
    }

    /// Plain notation with at least one digit on each side of the point.
    private static func plain(digits: String, pointPosition: Int) -> String {
        if pointPosition <= 0 {
            return "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return String(digits[..<split]) + "." + String(digits[split...])
    }
}
