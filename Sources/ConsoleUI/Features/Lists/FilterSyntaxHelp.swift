import Localization
import TermUI

/// The `/` filter's field terms (`FilterParser`) in the `?` overlay: the keymap cannot list them, since they are
/// typed text, not keys, and a seller who never read the README should still find `created:7d`.
enum FilterSyntaxHelp {
    static let title = Phrase(zh: "筛选语法（/ 与 :filter）", en: "Filter syntax (/ and :filter)")

    static let entries: [(String, Phrase)] = [
        ("张伟 created:7d", Phrase(zh: "关键词与字段可组合，须全部满足；按本地时区",
                                  en: "All words and fields must match (local time)")),
        ("created:7d  24h", Phrase(zh: "最近 7 天 / 24 小时", en: "The last 7 days / 24 hours")),
        ("created:A..B", Phrase(zh: "A..B、A..、..B 或单日 A（yyyy-mm-dd）",
                                en: "A..B, A.., ..B or the single day A (yyyy-mm-dd)")),
        ("updated: expire:", Phrase(zh: "更新时间；实例到期时间", en: "Update time; an instance's expiry")),
        ("last: received:", Phrase(zh: "异常最近重试时间；调用收到时间",
                                   en: "An exception's last attempt; when a call came in")),
        ("amount:>10000", Phrase(zh: "订单金额（元）：> >= < <= =，或 100..2000",
                                 en: "Order amount (yuan): > >= < <= =, or 100..2000")),
        ("customer: sku:", Phrase(zh: "客户 ID；SKU 编码（精确匹配）", en: "Customer id; SKU code (exact)")),
        ("product:", Phrase(zh: "产品名称包含，或产品 ID", en: "Product name contains, or the product id")),
        ("activity:", Phrase(zh: "接口活动名或中文名，如 newInstance、创建实例",
                             en: "Interface activity, e.g. newInstance or 创建实例")),
    ]

    static func group(_ language: Language) -> HelpOverlay.Group {
        HelpOverlay.Group(title(language), entries.map { .init($0.0, $0.1(language)) })
    }
}
