import Localization
import SellerStore
import TermUI

/// What the store did or found while opening (`StoreNotice`), in both languages: the console shows it as a
/// start-up toast and the commands print it, each in its own language; `description` stays English for logs.
public enum StoreNoticeText {
    public static func phrase(_ notice: StoreNotice) -> Phrase {
        switch notice {
        case .madePrivate(let path, let from, let to):
            let file = TextSanitizer.sanitize(path, limit: 200)
            let modes = "\(octal(from)) → \(octal(to))"
            return Phrase(zh: "已把 \(file) 设为仅本人可读写（权限 \(modes)）：本地数据中有实例凭据。",
                          en: "Made \(file) private (mode \(modes)): the store holds instance credentials.")
        case .stillOpenToOthers(let path, let mode, let reason):
            let file = TextSanitizer.sanitize(path, limit: 200)
            let why = TextSanitizer.sanitize(reason, limit: 200)
            return Phrase(zh: "\(file) 对其他用户开放（权限 \(octal(mode))），且无法改为仅本人可读写：" + why,
                          en: "\(file) is open to other users (mode \(octal(mode))) and could not be made private: "
                              + why)
        }
    }

    /// `0644` style, as `ls` and `chmod` spell modes.
    static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
