import Foundation

/// `download_dir` in the config file's `[console]` section: the folder `s` offers for a task's attachments. A
/// leading `~/` is the home folder; a relative path is taken from the working directory when the download runs.
public enum DownloadDirectory {
    public static let keys = ["download_dir"]

    /// The folder the section names, or nil when it names none.
    public static func parse(_ section: [String: String], home: String?) -> String? {
        guard let text = section["download_dir"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return nil
        }
        if text == "~" { return home ?? text }
        if text.hasPrefix("~/"), let home { return home + String(text.dropFirst(1)) }
        return text
    }
}
