import Localization
import Probe

/// `probe`'s summary table and `relay`'s status lines. A case's name and the judge's reason
/// are the Probe module's words and stay as they are.
enum ProbeRelayText {
    static let caseHeader = Phrase(zh: "用例", en: "CASE")
    static let verdictHeader = Phrase(zh: "结论", en: "VERDICT")
    static let latencyHeader = Phrase(zh: "耗时", en: "LATENCY")
    static let reasonHeader = Phrase(zh: "原因", en: "REASON")

    /// A verdict in the table: PASS, WARN (passed, but slow), FAIL.
    static func verdict(_ verdict: Judgement.Verdict) -> Phrase {
        switch verdict {
        case .pass: Phrase(zh: "通过", en: "PASS")
        case .warn: Phrase(zh: "偏慢", en: "WARN")
        case .fail: Phrase(zh: "失败", en: "FAIL")
        }
    }

    static func passed(_ total: Int, failed: Int) -> Phrase {
        Phrase(zh: "\(total) 项中 \(total - failed) 项通过" + (failed > 0 ? "，\(failed) 项失败" : ""),
               en: "\(total - failed) of \(total) passed" + (failed > 0 ? ", \(failed) failed" : ""))
    }

    static func probing(_ index: Int, _ count: Int, _ name: String) -> Phrase {
        Phrase(zh: "测试 \(index)/\(count) \(name)…", en: "probe \(index)/\(count) \(name)…")
    }

    static func cannotDraw(_ what: Phrase, _ error: any Error) -> Phrase {
        Phrase(zh: "无法生成随机\(what.zh)：\(error)", en: "cannot draw \(what.en): \(error)")
    }

    static let randomIds = Phrase(zh: " ID", en: "random ids")
    static let randomNonce = Phrase(zh: " nonce", en: "a random nonce")

    // MARK: - relay

    static func listening(_ address: String, upstream: String, journal: String, closed: Int) -> Phrase {
        Phrase(zh: "中继在 http://\(address)/ 监听 → \(upstream)，日志库 \(journal)"
                   + (closed > 0 ? "（已关闭上次中继遗留的 \(closed) 个调用）" : ""),
               en: "relay listening on http://\(address)/ → \(upstream), journal \(journal)"
                   + (closed > 0 ? " (\(closed) calls of a stopped relay closed)" : ""))
    }

    static func fetchRunning(_ url: String) -> Phrase {
        Phrase(zh: "订单获取：运行中，从 \(url) 获取新订单", en: "order fetch: running, new orders are fetched from \(url)")
    }

    static func fetchCannotOpen(_ url: String) -> Phrase {
        Phrase(zh: "订单获取：未运行（无法打开本地库或 \(url)）",
               en: "order fetch: not running (the store or \(url) cannot be opened)")
    }

    static func fetchOff(_ why: Phrase) -> Phrase {
        Phrase(zh: "订单获取：未运行（\(why.zh)）", en: "order fetch: not running (\(why.en))")
    }

    static func journalLost(_ count: Int, _ reason: String) -> Phrase {
        Phrase(zh: "中继：日志写入丢失（累计 \(count) 次）：\(reason)",
               en: "relay: journal write lost (\(count) so far): \(reason)")
    }
}
