import Localization

/// `demo --sync-only`'s lines (and `demo` without a terminal): labels padded so the values line up.
enum DemoText {
    static let notATerminal = Phrase(zh: "不是终端：只同步（控制台需要终端）",
                                     en: "not a terminal: syncing only (the console needs one)")

    static func simulator(_ url: String, orders: Int, seed: UInt64) -> Phrase {
        Phrase(zh: "模拟器：  \(url)（\(orders) 个订单，种子 \(seed)）",
               en: "simulator: \(url) (\(orders) orders, seed \(seed))")
    }

    static func store(_ path: String) -> Phrase { Phrase(zh: "本地库：  \(path)", en: "store:     \(path)") }

    static let noCalls = Phrase(zh: "调用：    无（--no-relay）", en: "calls:     none (--no-relay)")

    static func calls(relay: String, isv: String, interface: String, failPercent: Int, perSecond: Double) -> Phrase {
        Phrase(zh: "调用：    云商店 → 中继 \(relay) → koosim isv \(isv)（\(interface)，失败 \(failPercent)%），"
                   + "每秒 \(perSecond) 次",
               en: "calls:     marketplace → relay \(relay) → koosim isv \(isv) (\(interface), fails \(failPercent)%), "
                   + "\(perSecond) calls/s")
    }

    static func journalled(_ count: Int) -> Phrase {
        Phrase(zh: "调用：    同步期间记录了 \(count) 个", en: "calls:     \(count) journalled during the sync")
    }
}
