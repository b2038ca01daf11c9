import Localization

/// What the console says about the config's `[keys]` section at start-up: names and keys are quoted as the file
/// spells them, the sentences around them in the console's language.
enum ScreenKeysText {
    static func atLine(_ line: Int?, _ message: Phrase) -> Phrase {
        guard let line else { return Phrase(zh: "[keys]：\(message.zh)", en: "keys: \(message.en)") }
        return Phrase(zh: "[keys] 第 \(line) 行：\(message.zh)", en: "keys line \(line): \(message.en)")
    }
    static func unknownContextCommand(_ name: String, context: String, known: String) -> Phrase {
        Phrase(zh: "未知命令「\(name)」；\(context) 中可用：\(known)",
               en: "unknown command '\(name)'; known in \(context): \(known)")
    }
    static func unknownContext(_ name: String, contexts: String) -> Phrase {
        Phrase(zh: "未知命令「\(name)」；没有这个场合，可用：\(contexts)",
               en: "unknown command '\(name)'; known in no context; contexts: \(contexts)")
    }
    static func unknownCommand(_ name: String, known: String) -> Phrase {
        Phrase(zh: "未知命令「\(name)」；可用：\(known)", en: "unknown command '\(name)'; known: \(known)")
    }
    static func noKey(_ command: String, use: String) -> Phrase {
        Phrase(zh: "\(command) 没有按键；请用 :\(use)", en: "\(command) has no key; use :\(use)")
    }
    static func taken(_ key: String, winner: String, lost: String, left: String?) -> Phrase {
        Phrase(zh: "按键 '\(key)' 现在执行 \(winner)，不再执行 \(lost)；"
                   + (left.map { "\(lost) 只剩 \($0)" } ?? "\(lost) 已没有按键")
                   + "。可在 [keys] 中写 '\(lost) = 按键' 给它另一个",
               en: "key '\(key)' now runs \(winner) instead of \(lost), which "
                   + (left.map { "keeps only \($0)" } ?? "has no key left")
                   + "; give it another with '\(lost) = KEY' in [keys]")
    }
    static func unknownKey(_ key: String, for name: String) -> Phrase {
        Phrase(zh: "\(name) 的按键 '\(key)' 无法识别", en: "unknown key '\(key)' for \(name)")
    }
    static func boundTwice(_ key: String, first: String, second: String) -> Phrase {
        Phrase(zh: "按键 '\(key)' 同时绑定了 \(first) 和 \(second)；保留 \(first)",
               en: "key '\(key)' is bound to both \(first) and \(second); keeping \(first)")
    }
}
