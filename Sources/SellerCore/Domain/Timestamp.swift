/// A point in time as milliseconds since 1970-01-01 UTC. Plain integers keep the store, the wire and sorting
/// exact and cheap; conversion to KooGallery's digit formats is done here with calendar arithmetic, without
/// date formatters (which are slow and locale-dependent).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var millis: Int64

    public init(millis: Int64) { self.millis = millis }

    public init(seconds: Int64) { self.millis = seconds * 1000 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.millis < rhs.millis }

    public func adding(seconds: Int64) -> Timestamp { Timestamp(millis: millis + seconds * 1000) }

    public func adding(millis delta: Int64) -> Timestamp { Timestamp(millis: millis + delta) }

    public var description: String { koogalleryMillis }

    /// Parses `yyyyMMddHHmmss` or `yyyyMMddHHmmssSSS` (UTC), the formats KooGallery uses on the wire.
    public init?(koogallery text: String) {
        let digits = Array(text.utf8)
        guard digits.count == 14 || digits.count == 17,
              digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ start: Int, _ length: Int) -> Int {
            digits[start..<(start + length)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let year = number(0, 4), month = number(4, 2), day = number(6, 2)
        let hour = number(8, 2), minute = number(10, 2), second = number(12, 2)
        let milli = digits.count == 17 ? number(14, 3) : 0
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
              hour < 24, minute < 60, second < 61 else { return nil }
        let days = CivilDate.daysFromEpoch(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.millis = seconds * 1000 + Int64(milli)
    }

    /// `yyyyMMddHHmmss` in UTC.
    public var koogallerySeconds: String { format(withMillis: false) }

    /// `yyyyMMddHHmmssSSS` in UTC.
    public var koogalleryMillis: String { format(withMillis: true) }

    /// The civil fields of this instant shifted by `offsetSeconds` (for local-time display).
    public func fields(offsetSeconds: Int = 0) -> CivilDate {
        let shifted = millis + Int64(offsetSeconds) * 1000
        let seconds = shifted >= 0 ? shifted / 1000 : (shifted - 999) / 1000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        var civil = CivilDate.fromEpochDays(Int(days))
        civil.hour = secondOfDay / 3600
        civil.minute = secondOfDay / 60 % 60
        civil.second = secondOfDay % 60
        civil.millisecond = Int(shifted - seconds * 1000)
        return civil
    }

    /// Writes the digits into one buffer: every record on the wire carries several times, and building them from
    /// seven padded strings was a tenth of the simulator's work in a sync benchmark. A year outside 0…9999
    /// (hostile data) takes the general path.
    private func format(withMillis: Bool) -> String {
        let civil = fields()
        guard (0...9999).contains(civil.year) else { return paddedFormat(civil, withMillis: withMillis) }
        return String(unsafeUninitializedCapacity: withMillis ? 17 : 14) { buffer in
            var end = 0
            func put(_ value: Int, width: Int) {
                var rest = value
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    buffer[end + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                end += width
            }
            put(civil.year, width: 4)
            for field in [civil.month, civil.day, civil.hour, civil.minute, civil.second] { put(field, width: 2) }
            if withMillis { put(civil.millisecond, width: 3) }
            return end
        }
    }

    private func paddedFormat(_ civil: CivilDate, withMillis: Bool) -> String {
        var text = civil.year.zeroPadded(to: 4) + civil.month.zeroPadded(to: 2) + civil.day.zeroPadded(to: 2)
        text += civil.hour.zeroPadded(to: 2) + civil.minute.zeroPadded(to: 2) + civil.second.zeroPadded(to: 2)
        if withMillis { text += civil.millisecond.zeroPadded(to: 3) }
        return text
    }
}

extension Int {
    /// The number with leading zeros up to `width` digits (KooGallery's fixed-width times and line numbers).
    public func zeroPadded(to width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Calendar fields of a proleptic Gregorian date, with the conversions to and from days since the epoch.
public struct CivilDate: Equatable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour = 0
    public var minute = 0
    public var second = 0
    public var millisecond = 0

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func fromEpochDays(_ days: Int) -> CivilDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CivilDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    public var timestamp: Timestamp {
        let days = CivilDate.daysFromEpoch(year: year, month: month, day: day)
        return Timestamp(millis: (Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000
                         + Int64(millisecond))
    }
}
