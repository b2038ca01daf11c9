import Localization
import Profiles
import SellerStore

/// What a command says when the store is missing or cannot be opened: with the config, the errors a seller
/// meets most. The system's own reason (`strerror`, SQLite's message) is quoted as it came.
enum StoreText {
    /// `orStore` adds the `--store` hint for the commands that read any store.
    static func noStore(_ path: String, orStore: Bool = false) -> Phrase {
        Phrase(zh: "\(path) 没有本地库；请先运行 `seller-console sync`" + (orStore ? "，或用 --store PATH 指定" : ""),
               en: "no store at \(path); run `seller-console sync` first" + (orStore ? ", or pass --store PATH" : ""))
    }

    static func cannotRead(_ path: String, _ error: any Error) -> Phrase {
        Phrase(zh: "无法读取本地库 \(path)：\(error)", en: "cannot read the store at \(path): \(error)")
    }

    static func cannotOpen(_ path: String, _ error: any Error) -> Phrase {
        Phrase(zh: "无法打开本地库 \(path)：\(error)", en: "cannot open the store \(path): \(error)")
    }

    static func cannotWriteOutbox(_ path: String, _ error: any Error) -> Phrase {
        Phrase(zh: "无法写入 \(path) 的发送队列：\(error)", en: "cannot write the outbox in \(path): \(error)")
    }

    /// Why `LocalStore` refused a path; the English side is the store's own description.
    static func refused(_ error: StoreOpenError) -> Phrase {
        let zh = switch error {
        case .notARegularFile(let path):
            "\(path) 不是普通文件，不可能是 seller-console 的本地库"
        case .notADatabase(let path):
            "\(path) 不是 seller-console 的本地库（不是 SQLite 数据库）；文件未作改动"
        case .foreignDatabase(let path, _):
            "\(path) 不是 seller-console 的本地库（是其他应用的 SQLite 数据库）；文件未作改动：请换一个本地库路径"
        case .unfinishedChangesNeedWriteAccess(let path):
            "\(path) 的 -wal 文件里有未完成的修改，需要对其所在目录有写权限才能读取：请以其所有者身份打开一次"
                + "（例如运行 `seller-console sync`）"
        case .cannotAccess(let path, let reason):
            "无法打开本地库 \(path)：\(reason)"
        case .olderStore(let path):
            "\(path) 由旧版 seller-console 写入，需先升级才能读取：请用一个会写入的命令打开一次（例如运行 `seller-console sync`）"
        }
        return Phrase(zh: zh, en: error.description)
    }
}

/// An error a command prints as it is: the catalog's words when it has them, else its own description.
enum CommandErrors {
    static func phrase(_ error: any Error) -> Phrase {
        if let error = error as? ProfileError { return error.message }
        if let error = error as? StoreOpenError { return StoreText.refused(error) }
        return Phrase(verbatim: "\(error)")
    }
}
