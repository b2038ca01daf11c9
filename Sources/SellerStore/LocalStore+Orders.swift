import SellerCore

extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`). The lines
    /// are keyed by the order's rowid and leave out what the order says; the order keeps their SKU codes for its
    /// search text (`Schema.compactOrderLines`).
    func insert(_ order: Order, rowid: Int64? = nil) throws {
        let productName = try sharedTextID(order.productName)
        let customerName = try sharedTextID(order.buyer.customerName)
        try db.cachedStatement("""
            INSERT OR FAIL INTO orders(rowid, order_id, order_type, status, create_time, customer_id, customer_name_ref,
                user_id, user_name, mobile_phone_enc, email_enc, currency_unit, product_name_ref, amount, extend_params,
                updated_at, sku_codes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                SQLiteValue(rowid),
                .text(order.orderId), .text(order.orderType.rawValue), .text(order.status.rawValue),
                order.createTime.sqlValue, CompactID.value(order.buyer.customerId), customerName,
                CompactID.value(order.buyer.userId), SQLiteValue(order.buyer.userName),
                SQLiteValue(order.buyer.mobilePhoneEncrypted), SQLiteValue(order.buyer.emailEncrypted),
                .text(order.currencyUnit), productName, SQLiteValue(order.lines.first?.currency),
                .text(ExtendParamsText.encode(order.extendParams)), order.updatedAt.sqlValue,
                order.lines.isEmpty ? .null : .text(order.lines.map(\.skuCode).joined(separator: " ")),
            ])
        let orderRowid = rowid ?? db.lastInsertRowID
        let line = try db.cachedStatement("""
            INSERT INTO order_lines(order_rowid, position, order_line_id, charging_mode, period_type, period_number,
                expire_time, currency, currency_after_discount, product_id_ref, sku_code, linear_value,
                product_name_ref)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, item) in order.lines.enumerated() {
            let numbered = Schema.numberedLineId(orderId: order.orderId, position: position)
            let productId = try sharedTextID(item.productId)
            let productName = try item.productName.hasSameBytes(as: order.productName)
                ? .null : sharedTextID(item.productName)
            try line.execute([
                .integer(orderRowid), .integer(Int64(position)),
                item.orderLineId.hasSameBytes(as: numbered) ? .null : .text(item.orderLineId),
                .text(item.chargingMode.rawValue),
                SQLiteValue(item.periodType?.rawValue), SQLiteValue(item.periodNumber), item.expireTime.sqlValue,
                LineCurrency.value(item.currency, position: position),
                LineCurrency.value(afterDiscount: item.currencyAfterDiscount, currency: item.currency), productId,
                .text(item.skuCode), SQLiteValue(item.linearValue), productName,
            ])
        }
    }

    /// The whole order with its lines, or nil. A line's id, product name and prices that the store left out (the
    /// marketplace's numbering, the order's own product and amount, `LineCurrency`) are filled back in here.
    public func order(id: String) throws -> Order? {
        guard let (rowid, productName, amount, found) = try db.cachedStatement("""
            SELECT order_id, order_type, status, create_time, customer_id, \(SharedTexts.text("customer_name_ref")),
                user_id, user_name,
                mobile_phone_enc, email_enc, currency_unit, extend_params, updated_at, rowid,
                \(SharedTexts.text("product_name_ref")), amount
            FROM orders WHERE order_id = ?
            """).first([.text(id)], { row in
                (row.int64(13), row.text(14), row.optionalText(15), Order(
                    orderId: row.text(0), orderType: row.enumValue(1, OrderType.new),
                    status: row.enumValue(2, OrderStatus.processing), createTime: row.timestamp(3),
                    buyer: Buyer(customerId: row.compactID(4), customerName: row.text(5),
                                 userId: row.optionalCompactID(6), userName: row.optionalText(7),
                                 mobilePhoneEncrypted: row.optionalText(8), emailEncrypted: row.optionalText(9)),
                    lines: [], extendParams: ExtendParamsText.decode(row.text(11)), currencyUnit: row.text(10),
                    updatedAt: row.timestamp(12)))
            }) else { return nil }
        var order = found
        let orderId = found.orderId
        order.lines = try db.cachedStatement("""
            SELECT position, order_line_id, charging_mode, period_type, period_number, expire_time, currency,
                currency_after_discount, \(SharedTexts.text("product_id_ref")), sku_code, linear_value,
                \(SharedTexts.text("product_name_ref"))
            FROM order_lines WHERE order_rowid = ? ORDER BY position
            """).rows([.integer(rowid)]) { row in
                let position = Int(row.int64(0))
                let currency = row.lineCurrency(6, position: position, orderAmount: amount)
                return OrderLine(
                    orderLineId: row.optionalText(1) ?? Schema.numberedLineId(orderId: orderId, position: position),
                    chargingMode: row.enumValue(2, ChargingMode.period),
                    periodType: row.optionalText(3).flatMap(PeriodType.init(rawValue:)),
                    periodNumber: row.optionalInt(4), expireTime: row.optionalTimestamp(5), currency: currency,
                    currencyAfterDiscount: row.lineCurrencyAfterDiscount(7, currency: currency),
                    productId: row.text(8), skuCode: row.text(9), linearValue: row.optionalInt(10),
                    productName: row.optionalText(11) ?? productName)
            }
        return order
    }
}

/// Extension parameters as one text column: `name=value` lines with `\`, `=` and newlines escaped.
enum ExtendParamsText {
    static func encode(_ params: [ExtendParam]) -> String {
        params.map { escape($0.name) + "=" + escape($0.value) }.joined(separator: "\n")
    }

    static func decode(_ text: String) -> [ExtendParam] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var name = "", value = "", escaped = false, inValue = false
            for char in line {
                if escaped {
                    let decoded: Character = char == "n" ? "\n" : char
                    if inValue { value.append(decoded) } else { name.append(decoded) }
                    escaped = false
                } else if char == "\\" {
                    escaped = true
                } else if char == "=", !inValue {
                    inValue = true
                } else if inValue {
                    value.append(char)
                } else {
                    name.append(char)
                }
            }
            return ExtendParam(name: name, value: value)
        }
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for char in text {
            switch char {
            case "\\": out += "\\\\"
            case "=": out += "\\="
            case "\n": out += "\\n"
            default: out.append(char)
            }
        }
        return out
    }
}
