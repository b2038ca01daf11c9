import SellerCore

extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`). The lines
    /// are keyed by the order's rowid and leave out what the order says; the order keeps their SKU codes for its
    /// search text (`Schema.compactOrderLines`).
    func insert(_ order: Order, rowid: Int64? = nil) throws {
        try db.cachedStatement("""
            INSERT INTO orders(rowid, order_id, order_type, status, create_time, customer_id, customer_name, user_id,
                user_name, mobile_phone_enc, email_enc, currency_unit, product_name, amount, extend_params, updated_at,
                sku_codes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                SQLiteValue(rowid),
                .text(order.orderId), .text(order.orderType.rawValue), .text(order.status.rawValue),
                order.createTime.sqlValue, .text(order.buyer.customerId), .text(order.buyer.customerName),
                SQLiteValue(order.buyer.userId), SQLiteValue(order.buyer.userName),
                SQLiteValue(order.buyer.mobilePhoneEncrypted), SQLiteValue(order.buyer.emailEncrypted),
                .text(order.currencyUnit), .text(order.productName), SQLiteValue(order.lines.first?.currency),
                .text(ExtendParamsText.encode(order.extendParams)), order.updatedAt.sqlValue,
                order.lines.isEmpty ? .null : .text(order.lines.map(\.skuCode).joined(separator: " ")),
            ])
        let orderRowid = rowid ?? db.lastInsertRowID
        let line = try db.cachedStatement("""
            INSERT INTO order_lines(order_rowid, position, order_line_id, charging_mode, period_type, period_number,
                expire_time, currency, currency_after_discount, product_id, sku_code, linear_value, product_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, item) in order.lines.enumerated() {
            let numbered = Schema.numberedLineId(orderId: order.orderId, position: position)
            try line.execute([
                .integer(orderRowid), .integer(Int64(position)),
                item.orderLineId == numbered ? .null : .text(item.orderLineId), .text(item.chargingMode.rawValue),
                SQLiteValue(item.periodType?.rawValue), SQLiteValue(item.periodNumber), item.expireTime.sqlValue,
                SQLiteValue(item.currency), SQLiteValue(item.currencyAfterDiscount), .text(item.productId),
                .text(item.skuCode), SQLiteValue(item.linearValue),
                item.productName == order.productName ? .null : .text(item.productName),
            ])
        }
    }

    /// The whole order with its lines, or nil.
    public func order(id: String) throws -> Order? {
        guard var order = try db.cachedStatement("""
            SELECT order_id, order_type, status, create_time, customer_id, customer_name, user_id, user_name,
                mobile_phone_enc, email_enc, currency_unit, extend_params, updated_at FROM orders WHERE order_id = ?
            """).first([.text(id)], { row in
                Order(orderId: row.text(0), orderType: row.enumValue(1, OrderType.new),
                      status: row.enumValue(2, OrderStatus.processing), createTime: row.timestamp(3),
                      buyer: Buyer(customerId: row.text(4), customerName: row.text(5), userId: row.optionalText(6),
                                   userName: row.optionalText(7), mobilePhoneEncrypted: row.optionalText(8),
                                   emailEncrypted: row.optionalText(9)),
                      lines: [], extendParams: ExtendParamsText.decode(row.text(11)), currencyUnit: row.text(10),
                      updatedAt: row.timestamp(12))
            }) else { return nil }
        order.lines = try db.cachedStatement("""
            SELECT ifnull(l.order_line_id, o.order_id || '-' || printf('%06d', l.position + 1)), l.charging_mode,
                l.period_type, l.period_number, l.expire_time, l.currency, l.currency_after_discount, l.product_id,
                l.sku_code, l.linear_value, ifnull(l.product_name, o.product_name)
            FROM orders AS o JOIN order_lines AS l ON l.order_rowid = o.rowid WHERE o.order_id = ? ORDER BY l.position
            """).rows([.text(id)]) { row in
                OrderLine(orderLineId: row.text(0), chargingMode: row.enumValue(1, ChargingMode.period),
                          periodType: row.optionalText(2).flatMap(PeriodType.init(rawValue:)),
                          periodNumber: row.optionalInt(3), expireTime: row.optionalTimestamp(4),
                          currency: row.optionalText(5), currencyAfterDiscount: row.optionalText(6),
                          productId: row.text(7), skuCode: row.text(8), linearValue: row.optionalInt(9),
                          productName: row.text(10))
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
