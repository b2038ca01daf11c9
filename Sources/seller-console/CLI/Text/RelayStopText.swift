import Localization
import Relay

extension ProbeRelayText {
    /// The relay's last line, in the command's language (`RelaySummary.line` is the English one, for logs).
    static func stopped(_ summary: RelaySummary) -> Phrase {
        let ms = RelaySummary.AddedFigures.ms
        let added = summary.added.map { figures in
            Phrase(zh: "；每个调用因中转增加 p50 \(ms(figures.p50))，p99 \(ms(figures.p99))，最大 \(ms(figures.maximum))",
                   en: "; " + figures.text)
        }
        return Phrase(zh: "中转已停止：\(summary.calls) 个调用，\(summary.failures) 个失败，"
                          + "\(summary.lostWrites) 条日志写入丢失" + (added?.zh ?? ""),
                      en: summary.line)
    }
}
