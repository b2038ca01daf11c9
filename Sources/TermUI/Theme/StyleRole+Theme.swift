/// Where a role inherits from when a theme does not set it, and how theme files name roles. The parent
/// table is a switch so a new role cannot be added without deciding its parent.
extension StyleRole {
    /// The role whose resolved look fills in what a theme leaves unset; `app` is the only root. A partial
    /// theme therefore still looks coherent (`rowSelectedBlur` → `rowSelected` → `row` → `app`).
    public var themeParent: StyleRole? {
        switch self {
        case .app: return nil
        case .title, .tab, .header, .row, .muted, .link, .badge, .bar, .dialog, .input, .border,
             .scrollbar, .spinner, .progress, .toastInfo, .detailValue:
            return .app
        case .statusOk, .statusPending, .statusFailed, .statusClosed, .statusWarn:
            return .app
        case .tabActive, .tabCount: return .tab
        case .headerSort: return .header
        case .rowAlt, .rowSelected, .match: return .row
        case .rowSelectedBlur: return .rowSelected
        case .detailKey: return .muted
        case .barKey, .barStale: return .bar
        case .toastWarn, .toastError: return .toastInfo
        case .dialogButton, .dialogDanger, .helpKey: return .dialog
        case .dialogButtonFocus: return .dialogButton
        case .dialogDangerFocus: return .dialogDanger
        case .inputPlaceholder, .cursor: return .input
        case .borderFocus: return .border
        case .scrollbarThumb: return .scrollbar
        case .progressTrack: return .progress
        }
    }

    /// The role a theme key names. The canonical key is the raw value (`rowSelected`); case and the
    /// separators `.`, `-`, `_` are ignored, so `row.selected` (a spelling `Themes/README.md` shows) works too.
    public init?(themeKey: String) {
        guard let role = Self.byThemeKey[Self.normalizedKey(themeKey)] else { return nil }
        self = role
    }

    private static let byThemeKey: [String: StyleRole] = {
        var table: [String: StyleRole] = [:]
        for role in allCases { table[normalizedKey(role.rawValue)] = role }
        return table
    }()

    /// Lowercased with `.`, `-` and `_` removed: the form keys of `[styles]` and `[symbols]` are compared in.
    static func normalizedKey(_ key: String) -> String {
        String(key.lowercased().filter { $0 != "." && $0 != "-" && $0 != "_" })
    }
}
