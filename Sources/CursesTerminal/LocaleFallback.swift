/// A terminal opened under a locale that is not UTF-8 (`LANG=C`, `LANG` unset in a service or `ssh -T`) would
/// show every Chinese character as `?`. Only the character type matters for drawing, so the console tries a
/// UTF-8 locale for `LC_CTYPE` that every glibc has (`C.UTF-8`) and says so; when there is none it says that,
/// and what to install. Pure: `use` sets a locale and tells whether it took and is UTF-8.
enum LocaleFallback {
    static let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// What was found and done; the console words it in its language (this module knows no languages).
    static func choose(codeset: String, use: (String) -> Bool) -> LocaleNotice {
        let shown = codeset.isEmpty ? "?" : codeset
        return LocaleNotice(codeset: shown, fallback: candidates.first(where: use))
    }
}

/// The locale was not UTF-8: its codeset and the UTF-8 locale now used for drawing (nil when none took). Facts,
/// so that the console can say it in Chinese or English; `description` is the English line for logs.
public struct LocaleNotice: Hashable, Sendable, CustomStringConvertible {
    public var codeset: String
    public var fallback: String?

    public init(codeset: String, fallback: String?) {
        self.codeset = codeset
        self.fallback = fallback
    }

    public var description: String {
        if let fallback {
            return "The locale's codeset is \(codeset), not UTF-8, so the console uses \(fallback); set "
                + "LANG=\(fallback) (or zh_CN.UTF-8) to silence this."
        }
        return "The locale's codeset is \(codeset) and no UTF-8 locale is installed, not even C.UTF-8: Chinese "
            + "text is shown as ?. Install one (the locales package) and set LANG=zh_CN.UTF-8."
    }
}
