import SellerCore
import Testing

/// Expected instants come from `date -u -d '…' +%s`, an oracle independent of the code under test.
@Suite struct TimestampTests {
    @Test(arguments: [
        ("20260115083045", Int64(1_768_465_845)),
        ("19700101000000", Int64(0)),
        ("19691231235959", Int64(-1)),
        ("19690720201740", Int64(-14_182_940)),
        ("19000101000000", Int64(-2_208_988_800)),
        ("16000301000000", Int64(-11_670_912_000)),
        ("00010101000000", Int64(-62_135_596_800)),
        ("20240229120000", Int64(1_709_208_000)),
        ("20000229000000", Int64(951_782_400)),
        ("20380119031408", Int64(2_147_483_648)),
        ("99991231235959", Int64(253_402_300_799)),
    ])
    func fourteenDigitsParseAndFormatBack(_ text: String, _ seconds: Int64) throws {
        let parsed = try #require(Timestamp(koogallery: text))
        #expect(parsed.millis == seconds * 1000)
        #expect(parsed.koogallerySeconds == text)
        #expect(parsed.koogalleryMillis == text + "000")
    }

    @Test(arguments: [
        ("20260115083045123", Int64(1_768_465_845_123)),
        ("19691231235959999", Int64(-1)),
        ("19691231235959001", Int64(-999)),
        ("19700101000000001", Int64(1)),
        ("99991231235959999", Int64(253_402_300_799_999)),
        ("00010101000000000", Int64(-62_135_596_800_000)),
    ])
    func seventeenDigitsParseAndFormatBack(_ text: String, _ millis: Int64) throws {
        let parsed = try #require(Timestamp(koogallery: text))
        #expect(parsed.millis == millis)
        #expect(parsed.koogalleryMillis == text)
        #expect(parsed.koogallerySeconds == String(text.prefix(14)), "seconds format truncates the millis")
        #expect(Timestamp(millis: millis).description == text)
    }

    @Test(arguments: [
        "20260230000000", "20250229000000", "21000229000000", "19000229000000", "20260431000000",
        "20261301000000", "20260001000000", "20260100000000", "20260132000000", "20260115240000",
        "20260115236000", "20260115235961", "2026011508304a", "2026-01-15 08:3", "+0260115083045",
        " 20260115083045", "2026011508304", "202601150830451", "2026011508304512", "202601150830451234",
        "", "２０２６０１１５０８３０４５", "20260115083045.12", "20260115T083045",
    ])
    func invalidTextsAreRejected(_ text: String) {
        #expect(Timestamp(koogallery: text) == nil)
    }

    @Test func leapYearsFollowTheGregorianRules() {
        for year in [1600, 2000, 2004, 2024, 2400] {
            #expect(Timestamp(koogallery: "\(year)0229000000") != nil, "\(year) is a leap year")
        }
        for year in [1700, 1800, 1900, 2023, 2100, 2200] {
            #expect(Timestamp(koogallery: "\(year)0229000000") == nil, "\(year) is not a leap year")
        }
        // 28 Feb + 1 day is 29 Feb in a leap year and 1 Mar otherwise.
        let leap = Timestamp(koogallery: "20240228120000")?.adding(seconds: 86_400)
        #expect(leap?.koogallerySeconds == "20240229120000")
        let common = Timestamp(koogallery: "20230228120000")?.adding(seconds: 86_400)
        #expect(common?.koogallerySeconds == "20230301120000")
    }

    @Test func fieldsInBeijingTime() {
        let utc = Timestamp(seconds: 1_768_465_845).adding(millis: 123)  // 2026-01-15 08:30:45.123 UTC
        let beijing = utc.fields(offsetSeconds: 8 * 3600)
        var expected = CivilDate(year: 2026, month: 1, day: 15, hour: 16, minute: 30, second: 45)
        expected.millisecond = 123
        #expect(beijing == expected)

        // 16:00 UTC on New Year's Eve is already midnight of the new year in Beijing.
        let newYear = Timestamp(seconds: 1_767_196_800).fields(offsetSeconds: 28_800)
        #expect(newYear == CivilDate(year: 2026, month: 1, day: 1))
        let justBefore = Timestamp(millis: 1_767_196_800_000 - 1).fields(offsetSeconds: 28_800)
        #expect((justBefore.year, justBefore.month, justBefore.day) == (2025, 12, 31))
        #expect((justBefore.hour, justBefore.minute, justBefore.second, justBefore.millisecond) == (23, 59, 59, 999))

        // The epoch seen from Beijing, and 1 ms before the epoch in UTC.
        #expect(Timestamp(millis: 0).fields(offsetSeconds: 28_800) == CivilDate(year: 1970, month: 1, day: 1, hour: 8))
        var beforeEpoch = CivilDate(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59)
        beforeEpoch.millisecond = 999
        #expect(Timestamp(millis: -1).fields() == beforeEpoch)
        // A negative offset crosses back over midnight.
        #expect(Timestamp(seconds: 1_768_465_845).fields(offsetSeconds: -10 * 3600)
                == CivilDate(year: 2026, month: 1, day: 14, hour: 22, minute: 30, second: 45))
    }

    @Test func fieldsAndCivilTimestampAreInverse() {
        // Every 997 seconds over ~250 years either side of the epoch, including negative millis.
        var millis: Int64 = -8_000_000_000_000
        var checked = 0
        while millis < 8_000_000_000_000 {
            let stamp = Timestamp(millis: millis)
            let civil = stamp.fields()
            if civil.timestamp != stamp {
                Issue.record("\(millis) → \(civil) → \(civil.timestamp.millis)")
                return
            }
            millis += 997_000 * 7919 + 13
            checked += 1
        }
        #expect(checked > 1000)
    }

    /// Walks day by day from 1599-12-31 to 2400-12-31, checking each civil date follows the previous one under
    /// the Gregorian rules written out here independently.
    @Test func consecutiveDaysFollowTheCalendar() throws {
        func isLeap(_ y: Int) -> Bool { y % 400 == 0 || (y % 4 == 0 && y % 100 != 0) }
        func length(_ m: Int, _ y: Int) -> Int { m == 2 ? (isLeap(y) ? 29 : 28) : ([4, 6, 9, 11].contains(m) ? 30 : 31) }
        let start = try #require(Timestamp(koogallery: "15991231000000"))
        var previous = start.fields()
        #expect(previous == CivilDate(year: 1599, month: 12, day: 31))
        for day in 1...292_000 {
            let current = start.adding(seconds: Int64(day) * 86_400).fields()
            var expected = previous
            expected.day += 1
            if expected.day > length(expected.month, expected.year) {
                expected.day = 1
                expected.month += 1
                if expected.month > 12 { expected.month = 1; expected.year += 1 }
            }
            if current != expected {
                Issue.record("day \(day): \(current) != \(expected)")
                return
            }
            previous = current
        }
        #expect(previous.year == 2399)
    }

    @Test func arithmeticAndOrdering() {
        let base = Timestamp(seconds: 100)
        #expect(base.millis == 100_000)
        #expect(base.adding(seconds: -101).millis == -1000)
        #expect(base.adding(millis: 1).millis == 100_001)
        #expect(base < base.adding(millis: 1))
        #expect(Timestamp(millis: -5) < Timestamp(millis: 0))
        #expect([Timestamp(millis: 3), Timestamp(millis: -1), Timestamp(millis: 2)].sorted().map(\.millis) == [-1, 2, 3])
        #expect(Set([Timestamp(millis: 1), Timestamp(millis: 1)]).count == 1)
    }

    /// The digits are written straight into one buffer for years 0…9999 and built from padded fields otherwise;
    /// both give each calendar field at its fixed width, read here from `fields()`, across the whole range, on
    /// both sides of it, and before 1970 (where the milliseconds of a negative instant count up from the second).
    @Test func theDigitsAreTheCalendarFieldsAtTheirWidths() {
        let first = Int64(-62_167_219_200_000), last = Int64(253_402_300_799_999) // 0000-01-01 and 9999-12-31
        let sweep = Array(stride(from: first, through: last, by: 7_919_000_003_777))
        let edges: [Int64] = [first, first - 1, last, last + 1, -1, 0, 1, -999, -1001, 1_768_465_845_123]
        for millis in sweep + edges {
            let time = Timestamp(millis: millis), civil = time.fields()
            let seconds = civil.year.zeroPadded(to: 4) + [civil.month, civil.day, civil.hour, civil.minute,
                                                          civil.second].map { $0.zeroPadded(to: 2) }.joined()
            #expect(time.koogallerySeconds == seconds, "\(millis)")
            #expect(time.koogalleryMillis == seconds + civil.millisecond.zeroPadded(to: 3), "\(millis)")
        }
    }
}
