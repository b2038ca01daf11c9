import Localization

/// A call's failure detail in the screen's language. The relay and the call judge record it as a short English
/// line in the journal (the same line `list calls --json` and the log carry), in a handful of fixed forms
/// (`CallJudge`, `UpstreamForwarder`, `CallJournal`); a Chinese screen shows those forms in Chinese. A line in
/// no known form, or one that quotes the interface (`000005 message`), is the interface's or the system's own
/// words and is shown as it is.
public enum RelayDetailText {
    /// Unsanitised, as the detail was: the cell or field that shows it sanitises.
    public static func phrase(_ detail: String) -> Phrase {
        guard let chinese = chinese(detail) else { return Phrase(verbatim: detail) }
        return Phrase(zh: chinese, en: detail)
    }

    static func chinese(_ line: String) -> String? {
        switch line {
        case "no answer (relay stopped)": return "没有应答（中转已停止）"
        case "empty body": return "应答正文为空"
        case "the body is not a JSON object": return "应答正文不是 JSON 对象"
        case "resultCode is missing": return "应答缺少 resultCode"
        case "the Body-Sign header is missing": return "应答缺少 Body-Sign 头"
        case "no Content-Type (expected application/json)": return "应答没有 Content-Type（应为 application/json）"
        default: break
        }
        if let time = rest(of: line, after: "no answer within "), isDuration(time) { return "\(time) 内没有应答" }
        if let time = rest(of: line, after: "answer not complete within "), isDuration(time) {
            return "\(time) 内应答不完整"
        }
        if let field = rest(of: line, after: "missing field "), !field.contains(" ") { return "缺少字段 \(field)" }
        if let status = rest(of: line, after: "HTTP "), !status.isEmpty, status.allSatisfy(\.isNumber) { return line }
        return nil
    }

    private static func rest(of line: String, after prefix: String) -> String? {
        line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : nil
    }

    /// `10 s`, `2.5 s`, `800 ms`: how the relay and the client write a limit.
    private static func isDuration(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count == 2, parts[1] == "s" || parts[1] == "ms" else { return false }
        return !parts[0].isEmpty && parts[0].allSatisfy { $0.isNumber || $0 == "." }
    }
}
