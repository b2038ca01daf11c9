import Localization
import TermUI

/// The `/` filter's field terms (`FilterParser`) in the `?` overlay: the keymap cannot list them, since they are
/// typed text, not keys, and a seller who never read the README should still find `created:7d`.
enum FilterSyntaxHelp {
    static let title = Phrase(zh: "筛选语法（/ 与 :filter）", en: "Filter syntax (/ and :filter)")

    /// An example of a word and a field together; the word is a name in the help's own language.
    static let combined = Phrase(zh: "张伟 created:7d", en: "acme created:7d")

    /// Each example with what it means (`nil`: the combined example, whose word follows the language).
    static let entries: [(example: String?, meaning: Phrase)] = [
        (nil, Phrase(zh: "关键词与字段可组合，须全部满足；按本地时区",
                                  en: "Words and fields combine; all must match; local time zone")),
        ("created:7d  24h", Phrase(zh: "最近 7 天 / 24 小时", en: "The last 7 days / 24 hours")),
        ("created:A..B", Phrase(zh: "A..B、A..、..B 或单日 A（yyyy-mm-dd）", en: "A..B, A.., ..B or the day A (yyyy-mm-dd)")),
        ("updated: expire:", Phrase(zh: "更新时间；实例到期时间", en: "Updated; an instance's expiry")),
        ("last: received:", Phrase(zh: "异常最近重试时间；调用收到时间", en: "An exception's last call; a call's arrival")),
        ("amount:>10000", Phrase(zh: "订单金额（元）：> >= < <= =，或 100..2000",
                                 en: "Order amount (yuan): > >= < <= =, or 100..2000")),
        ("customer: sku:", Phrase(zh: "客户 ID；SKU 编码（精确匹配）", en: "Customer ID; SKU code (exact)")),
        ("product:", Phrase(zh: "产品名称包含，或产品 ID", en: "Product name contains it, or the product ID")),
        ("activity:", Phrase(zh: "接口活动名或中文名，如 newInstance、创建实例",
                             en: "Activity: wire name or label, like newInstance or create-instance")),
    ]

    static func group(_ language: Language) -> HelpOverlay.Group {
        HelpOverlay.Group(title.text(language), entries.map {
            .init($0.example ?? combined.text(language), $0.meaning.text(language))
        })
    }
}
