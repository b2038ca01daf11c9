import ConsoleUI
import SellerCore
import Testing

@Suite struct PresentationFormatTests {
    let context = PresentationFixtures.context
    let now = PresentationFixtures.now

    @Test func localTimesUseTheOffsetAndDropTheYearOnlyWithinThisYear() {
        let t = PresentationFixtures.local(2026, 11, 23, 9, 12, 30)
        #expect(LocalTimeFormat.compact(t, context: context) == "11-23 09:12")
        #expect(LocalTimeFormat.minute(t, context: context) == "2026-11-23 09:12")
        #expect(LocalTimeFormat.second(t, context: context) == "2026-11-23 09:12:30")
        // Another year shows the date alone, so an old row is never mistaken for this year's.
        #expect(LocalTimeFormat.compact(PresentationFixtures.local(2025, 12, 31, 23, 59), context: context) == "2025-12-31")
        // 2026-12-31 20:00 UTC is already 2027-01-01 04:00 at UTC+8.
        let utc = CivilDate(year: 2026, month: 12, day: 31, hour: 20).timestamp
        #expect(LocalTimeFormat.second(utc, context: context) == "2027-01-01 04:00:00")
        let utcContext = DisplayContext(now: now, utcOffsetSeconds: 0)
        #expect(LocalTimeFormat.compact(utc, context: utcContext) == "12-31 20:00")
    }

    @Test func remainingTimeReadsInTheTwoLargestUnits() {
        #expect(DurationFormat.remaining(until: now.adding(seconds: 45 * 60), now: now, language: .zh) == "45分钟")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 2 * 86_400 + 3 * 3600 + 59), now: now, language: .zh) == "2天3小时")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 2 * 86_400 + 120), now: now, language: .zh) == "2天")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 3600 + 15 * 60), now: now, language: .zh) == "1小时15分钟")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 3 * 3600), now: now, language: .zh) == "3小时")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 30), now: now, language: .zh) == "不足1分钟")
    }

    @Test func englishSpansAndDaysAreShortWords() {
        #expect(DurationFormat.remaining(until: now.adding(seconds: 2 * 86_400 + 3 * 3600), now: now, language: .en) == "2d 3h")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 3600 + 15 * 60), now: now, language: .en) == "1h 15m")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 45 * 60), now: now, language: .en) == "45 min")
        #expect(DurationFormat.remaining(until: now.adding(seconds: 30), now: now, language: .en) == "<1 min")
        #expect(DurationFormat.remaining(until: now, now: now, language: .en) == "Overdue")
        var english = context
        english.language = .en
        #expect(DurationFormat.days(since: now.adding(seconds: -12 * 86_400 - 3600), context: english) == "12d")
    }

    @Test func aPassedDeadlineSaysSo() {
        #expect(DurationFormat.remaining(until: now, now: now, language: .zh) == "已截止")
        #expect(DurationFormat.remaining(until: now.adding(seconds: -86_400), now: now, language: .zh) == DurationFormat.pastDeadline.zh)
    }

    @Test func daysIdleCountWholeDaysAndNeverGoNegative() {
        #expect(DurationFormat.days(since: now.adding(seconds: -12 * 86_400 - 3600), context: context) == "12天")
        #expect(DurationFormat.days(since: now.adding(seconds: -3600), context: context) == "0天")
        #expect(DurationFormat.days(since: now.adding(seconds: 86_400), context: context) == "0天")
        #expect(DurationFormat.latency(milliseconds: 812) == "812 ms")
        #expect(DurationFormat.latency(milliseconds: 20_000) == "20.0 s")
    }

    @Test func moneyKeepsTheDecimalTextAndGroupsDigits() {
        #expect(NumberFormat.money("12800.00", currencyUnit: "CNY") == "¥12,800.00")
        #expect(NumberFormat.money("3600", currencyUnit: "CNY") == "¥3,600.00")
        #expect(NumberFormat.money("-99.5", currencyUnit: "USD") == "-$99.50")
        #expect(NumberFormat.money("1234567.891", currencyUnit: "EUR") == "1,234,567.891 EUR")
        #expect(NumberFormat.money(nil, currencyUnit: "CNY") == "—")
        #expect(NumberFormat.money("", currencyUnit: "CNY") == "—")
        // Not a number: shown as it came, sanitised, never reinterpreted.
        #expect(NumberFormat.money("约\u{1B}[2J100元", currencyUnit: "CNY") == "约␛100元 CNY")
        #expect(NumberFormat.money("99999999999999999999", currencyUnit: "CNY") == "99999999999999999999 CNY")
    }

    @Test func byteCountsUseBinaryUnits() {
        #expect(NumberFormat.bytes(512) == "512 B")
        #expect(NumberFormat.bytes(1536) == "1.5 KB")
        #expect(NumberFormat.bytes(1_258_291) == "1.2 MB")
        #expect(NumberFormat.bytes(5 * 1024 * 1024 * 1024) == "5 GB")
        #expect(NumberFormat.bytes(524_288) == "512 KB")
    }
}
