import SellerCore

extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`).
    func insert(_ instance: Instance, rowid: Int64? = nil) throws {
        let app = instance.appInfo
        let productId = try sharedTextID(instance.productId), productName = try sharedTextID(instance.productName)
        let customerName = try sharedTextID(instance.customerName), memo = try app?.memo.map(sharedTextID) ?? .null
        let frontEnd = try sharedOrigin(app?.frontEndUrl), admin = try sharedOrigin(app?.adminUrl)
        try db.cachedStatement("""
            INSERT OR FAIL INTO instances(rowid, instance_id, order_id, order_line_id, product_id_ref, sku_code,
                product_name_ref, customer_id, customer_name_ref, status, charging_mode, expire_time, actual_start_time,
                trial, has_app_info, front_end_url, admin_url, app_user_name, app_password, memo_ref, updated_at,
                front_end_origin_ref, admin_origin_ref)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                SQLiteValue(rowid),
                .text(instance.instanceId), .text(instance.orderId),
                NumberedLine.value(instance.orderLineId, orderId: instance.orderId),
                productId, .text(instance.skuCode), productName,
                CompactID.value(instance.customerId), customerName, .text(instance.status.rawValue),
                .text(instance.chargingMode.rawValue), instance.expireTime.sqlValue, instance.actualStartTime.sqlValue,
                SQLiteValue(instance.trial), SQLiteValue(app != nil), frontEnd.rest, admin.rest,
                SQLiteValue(app?.userName), SQLiteValue(app?.password), memo,
                instance.updatedAt.sqlValue, frontEnd.origin, admin.origin,
            ])
    }

    /// The whole instance, or nil; its product and customer texts, app memo and app URL origins read back from
    /// `shared_texts`.
    public func instance(id: String) throws -> Instance? {
        try db.cachedStatement("""
            SELECT instance_id, order_id, order_line_id, \(SharedTexts.text("product_id_ref")), sku_code,
                \(SharedTexts.text("product_name_ref")), customer_id, \(SharedTexts.text("customer_name_ref")),
                status, charging_mode, expire_time, actual_start_time, trial, has_app_info, front_end_url, admin_url,
                app_user_name, app_password, \(SharedTexts.text("memo_ref")), updated_at,
                \(SharedTexts.text("front_end_origin_ref")), \(SharedTexts.text("admin_origin_ref"))
            FROM instances WHERE instance_id = ?
            """).first([.text(id)]) { row in
                let orderId = row.text(1)
                return Instance(
                    instanceId: row.text(0), orderId: orderId, orderLineId: row.lineID(2, orderId: orderId),
                    productId: row.text(3), skuCode: row.text(4), productName: row.text(5),
                    customerId: row.compactID(6), customerName: row.text(7),
                    status: row.enumValue(8, InstanceStatus.provisioning),
                    chargingMode: row.enumValue(9, ChargingMode.period), expireTime: row.optionalTimestamp(10),
                    actualStartTime: row.optionalTimestamp(11), trial: row.bool(12),
                    appInfo: row.bool(13)
                        ? AppInfo(frontEndUrl: URLOrigin.joined(origin: row.optionalText(20),
                                                                rest: row.optionalText(14)) ?? "",
                                  adminUrl: URLOrigin.joined(origin: row.optionalText(21), rest: row.optionalText(15)),
                                  userName: row.optionalText(16), password: row.optionalText(17),
                                  memo: row.optionalText(18))
                        : nil,
                    updatedAt: row.timestamp(19))
            }
    }
}
