import SellerCore

extension LocalStore {
    /// `rowid` nil: a new record gets the next rowid; a replaced one passes its old rowid (`upsert`).
    func insert(_ instance: Instance, rowid: Int64? = nil) throws {
        let app = instance.appInfo
        try db.cachedStatement("""
            INSERT OR FAIL INTO instances(rowid, instance_id, order_id, order_line_id, product_id, sku_code,
                product_name, customer_id, customer_name, status, charging_mode, expire_time, actual_start_time,
                trial, has_app_info, front_end_url, admin_url, app_user_name, app_password, memo, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute([
                SQLiteValue(rowid),
                .text(instance.instanceId), .text(instance.orderId),
                NumberedLine.value(instance.orderLineId, orderId: instance.orderId),
                .text(instance.productId), .text(instance.skuCode), .text(instance.productName),
                CompactID.value(instance.customerId), .text(instance.customerName), .text(instance.status.rawValue),
                .text(instance.chargingMode.rawValue), instance.expireTime.sqlValue, instance.actualStartTime.sqlValue,
                SQLiteValue(instance.trial), SQLiteValue(app != nil), SQLiteValue(app?.frontEndUrl),
                SQLiteValue(app?.adminUrl), SQLiteValue(app?.userName), SQLiteValue(app?.password),
                SQLiteValue(app?.memo), instance.updatedAt.sqlValue,
            ])
    }


    public func instance(id: String) throws -> Instance? {
        try db.cachedStatement("""
            SELECT instance_id, order_id, order_line_id, product_id, sku_code, product_name, customer_id, customer_name,
                status, charging_mode, expire_time, actual_start_time, trial, has_app_info, front_end_url, admin_url,
                app_user_name, app_password, memo, updated_at FROM instances WHERE instance_id = ?
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
                        ? AppInfo(frontEndUrl: row.optionalText(14) ?? "", adminUrl: row.optionalText(15),
                                  userName: row.optionalText(16), password: row.optionalText(17),
                                  memo: row.optionalText(18))
                        : nil,
                    updatedAt: row.timestamp(19))
            }
    }
}
