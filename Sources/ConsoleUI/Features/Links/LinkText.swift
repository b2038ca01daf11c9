import Localization
import SellerCore

/// The links feature's sentences, in both languages.
public enum LinkText {
    static let templateNotHTTPS = Phrase(
        zh: "地址须以 https:// 开头（http:// 仅限本机回环地址）。",
        en: "The address must start with https:// (http:// only for a loopback address).")
    static let templateHasSpaces = Phrase(
        zh: "地址中不能有空格或控制字符。",
        en: "The address must not contain spaces or control characters.")
    static let templateBraces = Phrase(
        zh: "地址中的花括号不成对。",
        en: "The address has an unmatched brace.")

    static func unknownPlaceholder(_ name: String) -> Phrase {
        let valid = SellerCenterLinks.placeholders.map { "{\($0)}" }.joined(separator: " ")
        return Phrase(zh: "未知的占位符 {\(name)}，可用：\(valid)。",
                      en: "Unknown placeholder {\(name)}; valid: \(valid).")
    }

    /// `o` on a record whose page has no address: names the setting that would give it one.
    static func unknown(_ page: SellerCenterPage?, kind: EntityKind) -> Phrase {
        guard let page else {
            return Phrase(zh: "\(kind.label)只在本地记录，卖家中心没有对应页面。",
                          en: "\(kind.englishLabel) are recorded locally only; Seller Center has no page for them.")
        }
        return Phrase(
            zh: "没有已知的卖家中心页面：\(kind.label)（在配置文件的 [links] 中设置 \(page.rawValue) = https://…{id}）。",
            en: "No Seller Center page known for \(kind.englishLabel.lowercased()) "
                + "(set \(page.rawValue) = https://…{id} in the config's [links]).")
    }

    static func missing(_ placeholder: String, kind: EntityKind) -> Phrase {
        Phrase(zh: "这条\(kind.label)记录没有 {\(placeholder)}，无法生成卖家中心地址。",
               en: "This record has no {\(placeholder)}, so its Seller Center address cannot be built.")
    }

    static let nothingSelected = Phrase(zh: "没有选中的记录。", en: "No record is selected.")

    static func opened(_ program: String) -> Phrase {
        Phrase(zh: "已用 \(program) 在浏览器中打开卖家中心。", en: "Opened Seller Center in the browser with \(program).")
    }

    /// The address shown instead of opened (over SSH, or with no opener): `y` copies it while this shows.
    static func shown(_ url: String, overSSH: Bool) -> Phrase {
        overSSH
            ? Phrase(zh: "通过 SSH 连接，未打开浏览器。卖家中心地址：\(url)（按 y 复制）",
                     en: "Connected over SSH, so no browser was opened. Seller Center: \(url) (y copies it)")
            : Phrase(zh: "找不到 xdg-open 或 open。卖家中心地址：\(url)（按 y 复制）",
                     en: "Neither xdg-open nor open was found. Seller Center: \(url) (y copies it)")
    }

    static func failed(_ program: String, _ reason: Phrase, url: String) -> Phrase {
        Phrase(zh: "\(program) 未能打开浏览器：\(reason.zh)地址：\(url)（按 y 复制）",
               en: "\(program) could not open the browser: \(reason.en) Address: \(url) (y copies it)")
    }

    /// The detail pane's link line's key.
    static let detailKey = Phrase(zh: "卖家中心", en: "Seller Center")
}
