import TermUI

/// The `/` filter's field terms (`FilterParser`) in the `?` overlay: the keymap cannot list them, since they are
/// typed text, not keys, and a seller who never read the README should still find `created:7d`.
enum FilterSyntaxHelp {
    static let group = HelpOverlay.Group("筛选语法（/ 与 :filter）", [
        .init("张伟 created:7d", "关键词与字段可组合，须全部满足；按本地时区"),
        .init("created:7d  24h", "最近 7 天 / 24 小时"),
        .init("created:A..B", "A..B、A..、..B 或单日 A（yyyy-mm-dd）"),
        .init("updated: expire:", "更新时间；实例到期时间"),
        .init("last: received:", "异常最近重试时间；调用收到时间"),
        .init("amount:>10000", "订单金额（元）：> >= < <= =，或 100..2000"),
        .init("customer: sku:", "客户 ID；SKU 编码（精确匹配）"),
        .init("product:", "产品名称包含，或产品 ID"),
        .init("activity:", "接口活动名或中文名，如 newInstance、创建实例"),
    ])
}
