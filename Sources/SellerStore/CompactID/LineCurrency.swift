/// Issue 15: an order line's two prices are mostly texts the store already holds. The first line's price is the
/// order's amount (`insert` writes the amount from it), and the price after discount is nearly always the price
/// itself (104,367 of 112,116 lines at 100,000 simulated orders). The store keeps NULL for both; a price after
/// discount that is truly absent beside a price is kept as an empty blob, which no price is. About 18 MB of
/// a million orders' lines.
enum LineCurrency {
    /// What to store for a line's price: nothing for the first line, whose price is the order's amount.
    static func value(_ currency: String?, position: Int) -> SQLiteValue {
        position == 0 ? .null : SQLiteValue(currency)
    }

    /// What to store for a line's price after discount, given the line's price.
    static func value(afterDiscount: String?, currency: String?) -> SQLiteValue {
        switch (afterDiscount, currency) {
        case (nil, nil): .null
        case (nil, .some): .blob([])
        case (let after?, let price?) where after.hasSameBytes(as: price): .null
        case (let after?, _): .text(after)
        }
    }
}

extension Row {
    /// A line's price written with `LineCurrency.value(_:position:)`; `orderAmount` is its order's amount. A
    /// first line converted with another price than the amount (none is written so) keeps it.
    func lineCurrency(_ index: Int, position: Int, orderAmount: String?) -> String? {
        optionalText(index) ?? (position == 0 ? orderAmount : nil)
    }

    /// A line's price after discount written with `LineCurrency.value(afterDiscount:currency:)`.
    func lineCurrencyAfterDiscount(_ index: Int, currency: String?) -> String? {
        switch value(index) {
        case .null: currency
        case .blob(let bytes) where bytes.isEmpty: nil
        default: optionalText(index)
        }
    }
}
