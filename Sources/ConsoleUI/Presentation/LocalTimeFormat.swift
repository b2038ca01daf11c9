import SellerCore

/// Local-time text for timestamps. The wire and the store keep UTC; sellers read their own clock, so every
/// screen shifts by `DisplayContext.utcOffsetSeconds`. Digit arithmetic only: no locale, no date formatter,
/// so golden screens are the same on every machine.
public enum LocalTimeFormat {
    /// `11-23 14:05` when the time falls in the current local year, `2025-11-23` otherwise: at most 11
    /// cells, so a list column stays narrow while an old date still reads unambiguously.
    public static func compact(_ time: Timestamp, context: DisplayContext) -> String {
        let local = time.fields(offsetSeconds: context.utcOffsetSeconds)
        let today = context.now.fields(offsetSeconds: context.utcOffsetSeconds)
        guard local.year == today.year else { return date(local) }
        return local.month.zeroPadded(to: 2) + "-" + local.day.zeroPadded(to: 2) + " " + clock(local)
    }

    /// `2026-11-23`: the date with its year, for expiry and deadline columns, where a date without its year
    /// could be this year's or next year's.
    public static func day(_ time: Timestamp, context: DisplayContext) -> String {
        date(time.fields(offsetSeconds: context.utcOffsetSeconds))
    }

    /// `2026-11-23 14:05`: the full date to the minute, for timelines.
    public static func minute(_ time: Timestamp, context: DisplayContext) -> String {
        let local = time.fields(offsetSeconds: context.utcOffsetSeconds)
        return date(local) + " " + clock(local)
    }

    /// `2026-11-23 14:05:09`: to the second, for detail fields where the exact moment matters (call attempts).
    public static func second(_ time: Timestamp, context: DisplayContext) -> String {
        let local = time.fields(offsetSeconds: context.utcOffsetSeconds)
        return date(local) + " " + clock(local) + ":" + local.second.zeroPadded(to: 2)
    }

    private static func date(_ civil: CivilDate) -> String {
        civil.year.zeroPadded(to: 4) + "-" + civil.month.zeroPadded(to: 2) + "-" + civil.day.zeroPadded(to: 2)
    }

    private static func clock(_ civil: CivilDate) -> String {
        civil.hour.zeroPadded(to: 2) + ":" + civil.minute.zeroPadded(to: 2)
    }
}
