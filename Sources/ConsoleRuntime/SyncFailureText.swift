import Localization
import MarketAPI
import MarketClient
import SellerCore
import Sync
import TermUI

/// Why a sync stopped, in the console's two languages (the toast puts "Sync failed:" before it). `SyncError` and `ClientError` keep their English
/// `description` for the log and the command line; the console words the same facts here, so a Chinese session
/// never reads "signature rejected…" and an English one never reads a Chinese code meaning. What the marketplace
/// itself said (its message, a location) is data: sanitised and shown as sent. `sync` prints the same words.
public enum SyncFailureText {
    public static func phrase(_ error: SyncError) -> Phrase {
        switch error {
        case .client(let kind, let client):
            let reason = phrase(client)
            return Phrase(zh: "\(kind.label)：" + reason.zh, en: "\(kind.englishLabel): " + reason.en)
        case .store(let kind, let reason):
            let why = clean(reason)
            return Phrase(zh: "无法保存\(kind.label)：" + why, en: "Could not store \(kind.englishLabel): " + why)
        case .cancelled(let kind):
            return Phrase(zh: "同步\(kind.label)时已取消", en: "Sync cancelled during \(kind.englishLabel)")
        case .stalled(let kind, _):
            return Phrase(zh: "\(kind.label)：云商店重复返回同一页标记，没有进展",
                          en: "\(kind.englishLabel): the marketplace sent the same page token again")
        }
    }

    public static func phrase(_ error: ClientError) -> Phrase {
        switch error {
        case .authentication(_, let code, let message):
            let described = Self.code(code)
            return Phrase(zh: "云商店拒绝了签名（\(described.zh)）",
                          en: "Signature rejected by the marketplace (\(described.en))").adding(message)
        case .rateLimited(let after):
            let seconds = after.map { Int($0) }
            return Phrase(zh: "云商店限流" + (seconds.map { "（\($0) 秒后重试）" } ?? ""),
                          en: "Rate limited by the marketplace" + (seconds.map { " (retry after \($0) s)" } ?? ""))
        case .server(let status, let code, let message, _):
            let described = code.map(Self.code)
            return Phrase(zh: "云商店服务器错误 \(status)" + (described.map { " " + $0.zh } ?? ""),
                          en: "Marketplace server error \(status)" + (described.map { " " + $0.en } ?? ""))
                .adding(message)
        case .rejected(let status, let code, let message):
            let described = Self.code(code)
            return Phrase(zh: "请求被拒绝（\(status) \(described.zh)）",
                          en: "Request refused (\(status) \(described.en))").adding(message)
        case .redirected(let status, let location):
            let target = location.isEmpty ? "-" : clean(location)
            return Phrase(zh: "云商店把请求重定向（\(status)）到 \(target)；不会跟随重定向，请检查 base URL",
                          en: "The marketplace redirected the request (\(status)) to \(target); redirects are not "
                              + "followed: check the base URL")
        case .transport(let reason):
            return Phrase(zh: "网络错误：" + clean(reason), en: "Network error: " + clean(reason))
        case .decoding(let path, _):
            return Phrase(zh: "无法读取云商店的应答（\(clean(path))）",
                          en: "Unreadable response from the marketplace (at \(clean(path)))")
        case .invalidBaseURL(let reason):
            return Phrase(zh: "base URL 无效：" + clean(reason), en: "Invalid base URL: " + clean(reason))
        case .cancelled:
            return Phrase(zh: "请求已取消", en: "Request cancelled")
        }
    }

    /// `MKT.0150（非法操作：资源属于其他商家）` / `MKT.0150 (illegal operation: …)`, or the code alone.
    static func code(_ code: String) -> Phrase {
        let shown = clean(code)
        guard let english = OpenAPICodes.meaning(of: code), let chinese = chineseMeaning(of: code) else {
            return Phrase(verbatim: shown)
        }
        return Phrase(zh: "\(shown)（\(chinese)）", en: "\(shown) (\(english))")
    }

    /// The Chinese beside `OpenAPICodes.meaning` (docs/KOOGALLERY.md §5.1), for the codes it has words for.
    static func chineseMeaning(of code: String) -> String? {
        switch code {
        case "MKT.0000": "成功"
        case "MKT.0999": "云商店内部错误"
        case "MKT.0100": "输入校验失败"
        case "MKT.0101": "参数无效"
        case "MKT.0199": "请求参数错误"
        case "MKT.0150": "非法操作：资源属于其他商家"
        case "MKT.0151": "无权调用该接口"
        case "MKT.0154": "非法 token"
        case "MKT.0250": "限流"
        case "MKT.9001", "MKT.9002", "MKT.9003", "MKT.9004": "实例或用量错误"
        case "APIGW.0101": "认证失败：AK 未知或 Authorization 头格式错误"
        case "APIGW.0301": "签名不匹配：请检查 SK"
        case "APIGW.0303": "时钟偏差：本机时钟与云商店相差太多"
        case "APIGW.0201": "API 网关不可用"
        default: nil
        }
    }

    static func clean(_ text: String) -> String { TextSanitizer.sanitize(text, limit: 200) }
}

private extension Phrase {
    /// The marketplace's own message after the reason, when it sent one.
    func adding(_ message: String) -> Phrase {
        let shown = SyncFailureText.clean(message)
        guard !shown.isEmpty else { return self }
        return Phrase(zh: zh + "：" + shown, en: en + ": " + shown)
    }
}
