import SellerCore

/// Reads the seller's filter text: `name:value` terms whose name is a `FilterField` become column conditions, every
/// other term stays free text (so the calls' `outcome:FAILURE` search words keep working). A malformed field term
/// is an error with its position, never quietly searched for as text.
///
/// Forms: times `created:2026-11-01..2026-11-30`, `created:2026-11-01..`, `created:..2026-11-30`,
/// `created:2026-11-23` (local days, both ends inclusive), `created:7d` / `24h` (the last N days or hours);
/// amounts `amount:>10000`, `>=`, `<`, `<=`, `=`, `100..2000` (yuan, decimals allowed); text
/// `customer:ID`, `sku:CODE`, `product:TEXT`, `activity:NAME` (wire name or Chinese label).
public enum FilterParser {
    /// Longest relative span: ten years, so `7000000d` cannot overflow an instant.
    static let maxRelativeHours = 87_600

    /// Without a clock, days are read at +08:00 (the marketplace's zone) and spans like `7d` are refused.
    public static func parse(_ text: String, kind: EntityKind, clock: FilterClock?) throws(FilterSyntaxError)
        -> ParsedFilter {
        var parsed = ParsedFilter()
        for (term, position) in terms(of: text) {
            guard let colon = term.firstIndex(of: ":"),
                  let field = FilterField(rawValue: term[..<colon].lowercased()) else {
                parsed.freeTerms.append(term)
                continue
            }
            let value = String(term[term.index(after: colon)...])
            let valuePosition = position + term.distance(from: term.startIndex, to: colon) + 1
            let fields = FilterField.names(for: kind).joined(separator: " ")
            guard field.applies(to: kind) else {
                throw FilterSyntaxError(position: position, reason: "\(field.rawValue): is not a field of "
                    + "\(kind.rawValue) (fields: \(fields))",
                    chineseReason: "\(kind.label)没有 \(field.rawValue): 字段（可用：\(fields)）")
            }
            guard !value.isEmpty else {
                throw FilterSyntaxError(position: valuePosition, reason: "\(field.rawValue): needs a value",
                                        chineseReason: "\(field.rawValue): 后面需要一个值")
            }
            let condition: FilterCondition
            do {
                switch field.valueKind {
                case .time: condition = try time(value, clock: clock)
                case .amount: condition = try amount(value)
                case .text: condition = field == .activity ? try activity(value) : .text(value)
                }
            } catch {
                throw FilterSyntaxError(position: valuePosition, reason: "\(field.rawValue): \(error.reason)",
                                        chineseReason: "\(field.rawValue) \(error.chinese)")
            }
            parsed.fields.append(.init(field: field, condition: condition))
        }
        return parsed
    }

    /// Whitespace-separated terms (the ideographic space included) with their 1-based character positions.
    public static func terms(of text: String) -> [(term: String, position: Int)] {
        var result: [(String, Int)] = []
        var current = "", start = 0
        for (offset, character) in text.enumerated() {
            if character.isWhitespace {
                if !current.isEmpty { result.append((current, start + 1)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { result.append((current, start + 1)) }
        return result
    }

    // MARK: - Times

    /// A reason without a position, in English and in Chinese; `parse` adds the value's position.
    struct Refusal: Error {
        var reason: String
        var chinese: String
    }

    static func time(_ value: String, clock: FilterClock?) throws(Refusal) -> FilterCondition {
        if let last = value.last, last == "d" || last == "h", value.count > 1,
           let number = Int(value.dropLast()), number > 0 {
            guard let clock else {
                throw Refusal(reason: "a span like \(value) needs the current time here; give dates",
                              chinese: "这里不能用 \(value) 这样的时间段，请给出日期")
            }
            let hours = last == "d" ? number * 24 : number
            guard hours <= maxRelativeHours else {
                throw Refusal(reason: "at most \(maxRelativeHours / 24)d", chinese: "最多 \(maxRelativeHours / 24)d")
            }
            return .time(from: clock.now.adding(seconds: -Int64(hours) * 3600), until: nil)
        }
        guard let (lower, upper) = splitRange(value) else {
            let day = try localMidnight(value, clock)
            return .time(from: day, until: day.adding(seconds: 86_400))
        }
        guard !lower.isEmpty || !upper.isEmpty else {
            throw Refusal(reason: "a range needs a date on one side", chinese: "范围至少一端要有日期")
        }
        let from = lower.isEmpty ? nil : try localMidnight(lower, clock)
        let until = upper.isEmpty ? nil : try localMidnight(upper, clock).adding(seconds: 86_400)
        if let from, let until, from >= until {
            throw Refusal(reason: "\(lower) is after \(upper)", chinese: "\(lower) 晚于 \(upper)")
        }
        return .time(from: from, until: until)
    }

    /// The instant local day `yyyy-MM-dd` starts in the clock's zone.
    static func localMidnight(_ text: String, _ clock: FilterClock?) throws(Refusal) -> Timestamp {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let utc = Timestamp(koogallery: parts.joined() + "000000") else {
            throw Refusal(reason: "'\(text)' is not a date (yyyy-mm-dd), a range (a..b) or a span (7d, 24h)",
                          chinese: "「\(text)」不是日期（yyyy-mm-dd）、范围（a..b）或时间段（7d、24h）")
        }
        return utc.adding(seconds: -Int64(clock?.utcOffsetSeconds ?? 8 * 3600))
    }

    /// `a..b` split at its first `..` (either side may be empty); nil without one.
    static func splitRange(_ value: String) -> (String, String)? {
        let characters = Array(value)
        guard let dot = characters.indices.dropLast().first(where: { characters[$0] == "." && characters[$0 + 1] == "." })
        else { return nil }
        return (String(characters[..<dot]), String(characters[(dot + 2)...]))
    }

    // MARK: - Amounts

    static func amount(_ value: String) throws(Refusal) -> FilterCondition {
        for (prefix, isLower, inclusive) in [(">=", true, true), ("<=", false, true), (">", true, false),
                                              ("<", false, false)] where value.hasPrefix(prefix) {
            let bound = AmountBound(try yuan(String(value.dropFirst(prefix.count))), inclusive: inclusive)
            return isLower ? .amount(lower: bound, upper: nil) : .amount(lower: nil, upper: bound)
        }
        if let (lower, upper) = splitRange(value) {
            guard !lower.isEmpty || !upper.isEmpty else {
                throw Refusal(reason: "a range needs an amount on one side", chinese: "范围至少一端要有金额")
            }
            let low = lower.isEmpty ? nil : AmountBound(try yuan(lower), inclusive: true)
            let high = upper.isEmpty ? nil : AmountBound(try yuan(upper), inclusive: true)
            if let low, let high, low.value > high.value {
                throw Refusal(reason: "\(lower) is more than \(upper)", chinese: "\(lower) 大于 \(upper)")
            }
            return .amount(lower: low, upper: high)
        }
        let exact = AmountBound(try yuan(value.hasPrefix("=") ? String(value.dropFirst()) : value), inclusive: true)
        return .amount(lower: exact, upper: exact)
    }

    /// Digits with at most one decimal point; no sign, exponent, `inf` or `nan` (which `Double(_:)` would take).
    static func yuan(_ text: String) throws(Refusal) -> Double {
        let digits = text.filter { $0 != "." }
        guard !digits.isEmpty, digits.count <= 15, text.filter({ $0 == "." }).count <= 1,
              digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Double(text) else {
            throw Refusal(reason: "'\(text)' is not an amount in yuan (like 100, 99.5, >10000, 100..2000)",
                          chinese: "「\(text)」不是以元为单位的金额（如 100、99.5、>10000、100..2000）")
        }
        return value
    }

    // MARK: - Activities

    /// Wire names and English labels match case-insensitively; a Chinese label matches every activity that
    /// shows it. English labels have spaces, which separate terms, so `create-instance` or `create_instance`
    /// stands for `Create instance`.
    static func activity(_ value: String) throws(Refusal) -> FilterCondition {
        let lowered = value.lowercased()
        let spaced = String(lowered.map { $0 == "-" || $0 == "_" ? " " : $0 })
        let names = Activity.allCases.filter {
            $0.rawValue.lowercased() == lowered || $0.label == value || $0.englishLabel.lowercased() == spaced
        }.map(\.rawValue)
        guard !names.isEmpty else {
            throw Refusal(reason: "unknown activity '\(value)' (a wire name like newInstance, or its label like create-instance)",
                          chinese: "没有「\(value)」这个接口类型（可用接口名如 newInstance，或中文名如 创建实例）")
        }
        return .activities(names)
    }
}
