/// A terminal opened under a locale that is not UTF-8 (`LANG=C`, `LANG` unset in a service or `ssh -T`) would
/// show every Chinese character as `?`. Only the character type matters for drawing, so the console tries a
/// UTF-8 locale for `LC_CTYPE` that every glibc has (`C.UTF-8`) and says so; when there is none it says that,
/// and what to install. Pure: `use` sets a locale and tells whether it took and is UTF-8.
enum LocaleFallback {
    static let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// The locale now in use (nil when none took) and the line to show at start and to log.
    static func choose(codeset: String, use: (String) -> Bool) -> (locale: String?, warning: String) {
        let shown = codeset.isEmpty ? "?" : codeset
        for name in candidates where use(name) {
            return (name, "字符集 \(shown) 不是 UTF-8，已改用 \(name) 显示中文。"
                + "The locale's codeset is \(shown), not UTF-8, so the console uses \(name); set LANG=\(name) "
                + "(or zh_CN.UTF-8) to silence this.")
        }
        return (nil, "字符集 \(shown) 不是 UTF-8，本机也没有 C.UTF-8 等 UTF-8 区域设置，中文显示为 ?。"
            + "请安装一个（如 locales 包）并设置 LANG=zh_CN.UTF-8。"
            + "The locale's codeset is \(shown) and no UTF-8 locale is installed, not even C.UTF-8: Chinese "
            + "text is shown as ?. Install one (the locales package) and set LANG=zh_CN.UTF-8.")
    }
}
