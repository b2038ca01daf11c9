import Localization
import SellerCore

/// Spans of time in the words a seller console uses (`2天3小时`, `45分钟`; `2d 3h`, `45 min`). Two units at most:
/// a deadline needs to be read at a glance, not to the second.
public enum DurationFormat {
    /// Shown for a deadline that has passed.
    public static let pastDeadline = Phrase(zh: "已截止", en: "Overdue")

    /// Time left until `deadline`: `2天3小时`, `3小时`, `45分钟`, `不足1分钟`, or `已截止` once it has passed.
    public static func remaining(until deadline: Timestamp, now: Timestamp, language: Language) -> String {
        guard deadline.millis > now.millis else { return pastDeadline.text(language) }
        return span(seconds: (deadline.millis - now.millis) / 1000, language: language)
    }

    /// A positive span in its two largest units; under a minute reads `不足1分钟` (`<1 min`).
    public static func span(seconds: Int64, language: Language) -> String {
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        let en = language == .en
        if days > 0 {
            let rest = hours % 24 > 0 ? (en ? " \(hours % 24)h" : "\(hours % 24)小时") : ""
            return (en ? "\(days)d" : "\(days)天") + rest
        }
        if hours > 0 {
            let rest = minutes % 60 > 0 ? (en ? " \(minutes % 60)m" : "\(minutes % 60)分钟") : ""
            return (en ? "\(hours)h" : "\(hours)小时") + rest
        }
        if minutes > 0 { return en ? "\(minutes) min" : "\(minutes)分钟" }
        return en ? "<1 min" : "不足1分钟"
    }

    /// Whole days from `since` to now (`0天` / `0d` on the first day, never negative): the supervision idle count
    /// the 5-day appeal rule is about.
    public static func days(since: Timestamp, context: DisplayContext) -> String {
        let days = max(0, context.now.millis - since.millis) / 86_400_000
        return context.language == .en ? "\(days)d" : "\(days)天"
    }

    /// A call's latency: `820 ms` below ten seconds, `20.0 s` above, so a timeout stands out.
    public static func latency(milliseconds: Int) -> String {
        guard milliseconds >= 10_000 else { return "\(milliseconds) ms" }
        return "\(milliseconds / 1000).\(milliseconds % 1000 / 100) s"
    }
}
