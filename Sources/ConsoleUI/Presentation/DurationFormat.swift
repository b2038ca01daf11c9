import SellerCore

/// Spans of time in the words a Chinese seller console uses (`2天3小时`, `45分钟`). Two units at most: a
/// deadline needs to be read at a glance, not to the second.
public enum DurationFormat {
    /// Shown for a deadline that has passed.
    public static let pastDeadline = "已截止"

    /// Time left until `deadline`: `2天3小时`, `3小时`, `45分钟`, `不足1分钟`, or `已截止` once it has passed.
    public static func remaining(until deadline: Timestamp, now: Timestamp) -> String {
        guard deadline.millis > now.millis else { return pastDeadline }
        return span(seconds: (deadline.millis - now.millis) / 1000)
    }

    /// A positive span in its two largest units; under a minute reads `不足1分钟`.
    public static func span(seconds: Int64) -> String {
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        if days > 0 { return "\(days)天" + (hours % 24 > 0 ? "\(hours % 24)小时" : "") }
        if hours > 0 { return "\(hours)小时" + (minutes % 60 > 0 ? "\(minutes % 60)分钟" : "") }
        if minutes > 0 { return "\(minutes)分钟" }
        return "不足1分钟"
    }

    /// Whole days from `since` to `now` (`0天` on the first day, never negative): the supervision idle count the
    /// 5-day appeal rule is about.
    public static func days(since: Timestamp, now: Timestamp) -> String {
        "\(max(0, now.millis - since.millis) / 86_400_000)天"
    }

    /// A call's latency: `820 ms` below ten seconds, `20.0 s` above, so a timeout stands out.
    public static func latency(milliseconds: Int) -> String {
        guard milliseconds >= 10_000 else { return "\(milliseconds) ms" }
        return "\(milliseconds / 1000).\(milliseconds % 1000 / 100) s"
    }
}
