import ListContract
import SellerCore
import SellerStore
import Testing

/// `FilterParser`: every field form, free text beside it, the +08:00 day edges, and refusals with positions.
@Suite struct FilterParserTests {
    /// 2026-12-01 12:00 at +08:00.
    static let clock = FilterClock(now: utc("20261201040000"), utcOffsetSeconds: 8 * 3600)

    static func utc(_ text: String) -> Timestamp {
        Timestamp(koogallery: text) ?? Timestamp(millis: 0)
    }

    func parse(_ text: String, _ kind: EntityKind = .orders, clock: FilterClock? = clock) throws -> ParsedFilter {
        try FilterParser.parse(text, kind: kind, clock: clock)
    }

    func condition(_ text: String, _ kind: EntityKind = .orders) throws -> FilterCondition? {
        try parse(text, kind).fields.first?.condition
    }

    @Test func localDaysAreTheSellersDaysAtPlusEight() throws {
        // 2026-11-23 at +08:00 is 2026-11-22 16:00 UTC up to (not including) 2026-11-23 16:00 UTC.
        #expect(try condition("created:2026-11-23")
                == .time(from: Self.utc("20261122160000"), until: Self.utc("20261123160000")))
        #expect(try condition("created:2026-11-01..2026-11-30")
                == .time(from: Self.utc("20261031160000"), until: Self.utc("20261130160000")))
        #expect(try condition("created:2026-11-01..") == .time(from: Self.utc("20261031160000"), until: nil))
        #expect(try condition("created:..2026-11-30") == .time(from: nil, until: Self.utc("20261130160000")))
        let utcClock = FilterClock(now: Self.clock.now, utcOffsetSeconds: 0)
        #expect(try parse("updated:2026-11-23", clock: utcClock).fields.first?.condition
                == .time(from: Self.utc("20261123000000"), until: Self.utc("20261124000000")))
        // Without a clock the marketplace's zone is used.
        #expect(try parse("created:2026-11-23", clock: nil).fields.first?.condition
                == .time(from: Self.utc("20261122160000"), until: Self.utc("20261123160000")))
    }

    @Test func spansCountBackFromNow() throws {
        #expect(try condition("created:7d") == .time(from: Self.clock.now.adding(seconds: -7 * 86_400), until: nil))
        #expect(try condition("created:24h") == .time(from: Self.clock.now.adding(seconds: -86_400), until: nil))
        #expect(try condition("received:30d", .calls)
                == .time(from: Self.clock.now.adding(seconds: -30 * 86_400), until: nil))
        #expect(try condition("expire:1h", .instances) == .time(from: Self.clock.now.adding(seconds: -3600), until: nil))
    }

    @Test func amounts() throws {
        #expect(try condition("amount:>10000") == .amount(lower: AmountBound(10000, inclusive: false), upper: nil))
        #expect(try condition("amount:>=10000") == .amount(lower: AmountBound(10000, inclusive: true), upper: nil))
        #expect(try condition("amount:<=500") == .amount(lower: nil, upper: AmountBound(500, inclusive: true)))
        #expect(try condition("amount:<99.5") == .amount(lower: nil, upper: AmountBound(99.5, inclusive: false)))
        #expect(try condition("amount:100..2000")
                == .amount(lower: AmountBound(100, inclusive: true), upper: AmountBound(2000, inclusive: true)))
        #expect(try condition("amount:100..") == .amount(lower: AmountBound(100, inclusive: true), upper: nil))
        #expect(try condition("amount:=12.30")
                == .amount(lower: AmountBound(12.3, inclusive: true), upper: AmountBound(12.3, inclusive: true)))
    }

    @Test func textFieldsActivitiesAndFreeTextTogether() throws {
        let parsed = try parse("张伟 customer:C1 sku:SKU-A product:云服务器 outcome:FAILURE", .orders)
        #expect(parsed.freeTerms == ["张伟", "outcome:FAILURE"])
        #expect(parsed.fields.map(\.field) == [.customer, .sku, .product])
        #expect(parsed.fields.map(\.condition) == [.text("C1"), .text("SKU-A"), .text("云服务器")])
        #expect(try condition("activity:NEWINSTANCE", .exceptions) == .activities(["newInstance"]))
        #expect(try condition("activity:更新实例状态", .calls) == .activities(["updateInstanceStatus", "instanceStatus"]))
        // Field names are case-insensitive; words that are not field names stay free text.
        #expect(try parse("Created:2026-11-23").fields.count == 1)
        #expect(try parse("note:x http://a").freeTerms == ["note:x", "http://a"])
    }

    @Test(arguments: [
        ("created:2026-11-31", 9, "not a date"),
        ("created:yesterday", 9, "not a date"),
        ("a  created:", 12, "needs a value"),
        ("created:2026-11-30..2026-11-01", 9, "is after"),
        ("created:..", 9, "a range needs a date"),
        ("amount:>ten", 8, "not an amount"),
        ("amount:1e5", 8, "not an amount"),
        ("amount:-5", 8, "not an amount"),
        ("amount:2000..100", 8, "is more than"),
        ("x 张 expire:7d", 5, "not a field of orders"),
        ("activity:newInstance", 1, "not a field of orders"),
        ("created:99999d", 9, "at most"),
    ])
    func malformedTermsAreRefusedWithTheirPosition(_ text: String, _ position: Int, _ reason: String) {
        #expect {
            try FilterParser.parse(text, kind: .orders, clock: Self.clock)
        } throws: { error in
            guard let error = error as? FilterSyntaxError else { return false }
            return error.position == position && error.reason.contains(reason)
        }
    }

    /// The console shows a refusal in its language: the Chinese side is a whole Chinese sentence with the
    /// position, the English side the command line's words.
    @Test func refusalsSayItInBothLanguages() {
        for text in ["created:2026-02-30", "amount:abc", "expire:7d", "created:", "activity:nosuch"] {
            do {
                _ = try FilterParser.parse(text, kind: text.hasPrefix("activity") ? .exceptions : .orders, clock: Self.clock)
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.phrase.zh.hasPrefix("第 \(error.position) 个字符处：") && !error.chineseReason.isEmpty)
                #expect(error.phrase.en == error.description)
                #expect(!error.chineseReason.contains(" is ") && !error.chineseReason.contains(" needs "), "\(error)")
            }
        }
    }

    @Test func activitiesMatchTheirEnglishLabelToo() throws {
        let parsed = try FilterParser.parse("activity:create-instance", kind: .exceptions, clock: Self.clock)
        #expect(parsed.fields.first?.condition == .activities(["newInstance"]))
    }

    @Test func unknownActivityAndSpanWithoutClockAreRefused() throws {
        #expect(throws: FilterSyntaxError.self) { try parse("activity:nosuch", .exceptions) }
        #expect(throws: FilterSyntaxError.self) { try parse("created:7d", clock: nil) }
    }

    @Test func theStoreRefusesAMalformedTermAsAFilterError() throws {
        let error = #expect(throws: ListFilterError.self) {
            try ListFilterError.check("amount:>x", kind: .orders, clock: Self.clock)
        }
        #expect(error?.description == "filter term at 8: amount: 'x' is not an amount in yuan (like 100, 99.5, >10000, 100..2000)")
    }
}
