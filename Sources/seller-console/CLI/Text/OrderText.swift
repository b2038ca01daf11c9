import Localization
import SellerCore

/// `order query`'s human summary: one line for the order, one for the buyer, one per order line.
enum OrderText {
    static func heading(_ order: Order) -> Phrase {
        let status = RecordWords.phrase(order.status)
        let type = RecordWords.phrase(order.orderType)
        let created = order.createTime.koogallerySeconds
        return Phrase(zh: "订单 \(order.orderId) · \(status.zh)（\(order.status.rawValue)）· \(type.zh) · "
                          + "创建于 \(created) UTC",
                      en: "order \(order.orderId) · \(status.en) (\(order.status.rawValue)) · \(type.en) · "
                          + "created \(created) UTC")
    }

    static func buyer(_ buyer: String, id: String) -> Phrase {
        Phrase(zh: "  买家 \(buyer)（\(id)）", en: "  buyer \(buyer) (\(id))")
    }

    /// An order line: id, product, charging mode, then expiry and amount when known.
    static func line(_ line: OrderLine, currency: String) -> Phrase {
        let mode = RecordWords.phrase(line.chargingMode)
        var zh = "  订单行 \(line.orderLineId) · \(line.productName) · \(mode.zh)"
        var en = "  line \(line.orderLineId) · \(line.productName) · \(mode.en)"
        if let expire = line.expireTime {
            zh += " · 到期 \(expire.koogallerySeconds) UTC"
            en += " · expires \(expire.koogallerySeconds) UTC"
        }
        if let amount = line.currencyAfterDiscount ?? line.currency {
            zh += " · \(amount) \(currency)"
            en += " · \(amount) \(currency)"
        }
        return Phrase(zh: zh, en: en)
    }

    /// The query failed; `reason` is the client's (the marketplace's `MKT.*` words or a network error).
    static func failed(_ orderId: String, _ reason: any Error) -> Phrase {
        Phrase(zh: "订单 \(orderId)：\(reason)", en: "order \(orderId): \(reason)")
    }

    static func notStored(_ path: String, _ error: any Error) -> Phrase {
        Phrase(zh: "订单已获取，但未能存入 \(path)：\(error)",
               en: "the order was fetched but not stored in \(path): \(error)")
    }
}
