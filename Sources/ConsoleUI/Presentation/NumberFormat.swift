import SellerCore
import TermUI

/// Money and file sizes as a seller reads them. Amounts arrive as KooGallery's decimal text and stay text: they
/// are regrouped, never parsed into a floating-point number that could change a cent.
public enum NumberFormat {
    /// Shown where a value is absent.
    public static let none = "—"

    /// `¥1,280.00` / `$12.50` / `12.50 EUR` / `¥3,601.125`; `—` when there is no amount. Two decimals like
    /// Seller Center, more only when they are not zero, so a cent is never rounded away. Text that is not a plain
    /// decimal number is shown as it came (sanitised) with the unit after it, so nothing is hidden or invented.
    public static func money(_ amount: String?, currencyUnit: String) -> String {
        guard let raw = amount, !raw.isEmpty else { return none }
        let unit = TextSanitizer.sanitize(currencyUnit, limit: 8)
        guard let grouped = groupedDecimal(raw) else { return TextSanitizer.sanitize(raw, limit: 64) + " " + unit }
        let sign = grouped.hasPrefix("-") ? "-" : ""
        let digits = sign.isEmpty ? grouped : String(grouped.dropFirst())
        switch unit {
        case "CNY": return sign + "¥" + digits
        case "USD": return sign + "$" + digits
        default: return grouped + " " + unit
        }
    }

    /// `512 B`, `1.5 KB`, `512 KB`, `23.4 MB`: one decimal from KB upwards, dropped when it is zero (1 KB = 1024 B).
    public static func bytes(_ count: Int64) -> String {
        guard count >= 1024 else { return "\(max(0, count)) B" }
        var value = Double(count) / 1024
        var unit = "KB"
        for next in ["MB", "GB", "TB"] where value >= 1024 {
            value /= 1024
            unit = next
        }
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) \(unit)" : "\(tenths / 10).\(tenths % 10) \(unit)"
    }

    /// `-1234567.5` → `-1,234,567.50`, `3601.1250` → `3,601.125`: at least two decimals, trailing zeros past
    /// them dropped; nil unless the text is an optional sign, digits and an optional fraction.
    static func groupedDecimal(_ text: String) -> String? {
        var body = Substring(text)
        let sign = body.first == "-" || body.first == "+" ? String(body.removeFirst()) : ""
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 18,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let fraction = "." + moneyFraction(parts.count == 2 ? parts[1] : "")
        guard let value = Int(whole) else { return nil }
        return (sign == "-" ? "-" : "") + CountFormat.grouped(value) + fraction
    }

    /// The digits after the point: padded to two, trailing zeros beyond the second dropped.
    static func moneyFraction(_ digits: Substring) -> String {
        var kept = Substring(digits)
        while kept.count > 2, kept.last == "0" { kept = kept.dropLast() }
        return String(kept) + String(repeating: "0", count: max(0, 2 - kept.count))
    }
}
