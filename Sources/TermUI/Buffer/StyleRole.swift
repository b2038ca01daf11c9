/// What a cell *means*, not what colour it is. A `Theme` maps roles to colours and attributes at paint time,
/// so widget tests and golden screens do not change when a theme does. The raw value is the name theme
/// files use.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case app
    case title
    case tab
    case tabActive
    case tabCount
    case header
    case headerSort
    case row
    case rowAlt
    case rowSelected
    case rowSelectedBlur
    case match
    case detailKey
    case detailValue
    case statusOk
    case statusPending
    case statusFailed
    case statusClosed
    case statusWarn
    case bar
    case barKey
    case barStale
    case toastInfo
    case toastWarn
    case toastError
    case dialog
    case dialogButton
    case dialogButtonFocus
    case dialogDanger
    case dialogDangerFocus
    case input
    case inputPlaceholder
    case cursor
    case border
    case borderFocus
    case muted
    case link
    case badge
    case scrollbar
    case scrollbarThumb
    case spinner
    case progress
    case progressTrack
    case helpKey

    /// One ASCII character per role for the role-mask dump of golden tests; unique per role.
    public var maskLetter: Character {
        switch self {
        case .app: return "."
        case .title: return "t"
        case .tab: return "a"
        case .tabActive: return "A"
        case .tabCount: return "c"
        case .header: return "h"
        case .headerSort: return "H"
        case .row: return "r"
        case .rowAlt: return "z"
        case .rowSelected: return "S"
        case .rowSelectedBlur: return "s"
        case .match: return "m"
        case .detailKey: return "k"
        case .detailValue: return "v"
        case .statusOk: return "o"
        case .statusPending: return "p"
        case .statusFailed: return "f"
        case .statusClosed: return "x"
        case .statusWarn: return "w"
        case .bar: return "b"
        case .barKey: return "K"
        case .barStale: return "B"
        case .toastInfo: return "i"
        case .toastWarn: return "W"
        case .toastError: return "E"
        case .dialog: return "d"
        case .dialogButton: return "u"
        case .dialogButtonFocus: return "U"
        case .dialogDanger: return "g"
        case .dialogDangerFocus: return "G"
        case .input: return "n"
        case .inputPlaceholder: return "N"
        case .cursor: return "C"
        case .border: return "-"
        case .borderFocus: return "="
        case .muted: return "_"
        case .link: return "l"
        case .badge: return "*"
        case .scrollbar: return "|"
        case .scrollbarThumb: return "#"
        case .spinner: return "@"
        case .progress: return "P"
        case .progressTrack: return "~"
        case .helpKey: return "y"
        }
    }
}
