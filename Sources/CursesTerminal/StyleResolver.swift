import CNcursesw
import TermUI

/// Turns a cell's role and emphasis into ncurses attribute bits and a colour pair. Pairs are allocated
/// lazily, one per distinct (foreground, background), and cached, so a theme with many roles or one reloaded
/// at runtime reuses pairs instead of running out (ARCHITECTURE §8). Only the UI thread touches it.
struct StyleResolver {
    struct Resolved: Equatable {
        var attributes: attr_t
        var pair: Int32
    }

    struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Colours are used at all (the terminal has them and the caller did not ask for monochrome).
    let useColors: Bool
    /// `COLORS` after `start_color`.
    let colors: Int
    /// `COLOR_PAIRS` after `start_color`; pair numbers run 1..<pairLimit.
    let pairLimit: Int
    /// `use_default_colors` succeeded, so -1 means the terminal's own colour.
    let defaultAvailable: Bool
    private(set) var palette: TerminalPalette
    private var roles: [StyleRole: Resolved] = [:]
    private(set) var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1

    init(palette: TerminalPalette, useColors: Bool, colors: Int, pairLimit: Int, defaultAvailable: Bool) {
        self.palette = palette
        self.useColors = useColors && colors >= 8 && pairLimit > 1
        self.colors = colors
        self.pairLimit = pairLimit
        self.defaultAvailable = defaultAvailable
    }

    /// A new theme: role looks are recomputed, allocated pairs are kept for reuse.
    mutating func setPalette(_ palette: TerminalPalette) {
        self.palette = palette
        roles.removeAll(keepingCapacity: true)
    }

    mutating func resolve(_ role: StyleRole, _ emphasis: Emphasis) -> Resolved {
        var resolved: Resolved
        if let cached = roles[role] {
            resolved = cached
        } else {
            resolved = compute(palette[role])
            roles[role] = resolved
        }
        if !emphasis.isEmpty { resolved.attributes |= Self.attributes(for: emphasis) }
        return resolved
    }

    private mutating func compute(_ spec: ThemeStyle) -> Resolved {
        var attributes = cn_attr_normal()
        if spec.bold { attributes |= cn_attr_bold() }
        if spec.underline { attributes |= cn_attr_underline() }
        if spec.reverse { attributes |= cn_attr_reverse() }
        if spec.dim { attributes |= cn_attr_dim() }
        guard useColors else { return Resolved(attributes: attributes, pair: 0) }
        let fg = ColorDownsampler.number(for: spec.foreground, colors: colors, defaultAvailable: defaultAvailable,
                                         isBackground: false)
        let bg = ColorDownsampler.number(for: spec.background, colors: colors, defaultAvailable: defaultAvailable,
                                         isBackground: true)
        return Resolved(attributes: attributes, pair: pair(PairKey(foreground: fg, background: bg)))
    }

    /// The pair for a colour combination, allocating one on first use. Pair 0 is the terminal default and
    /// cannot be changed; when pairs run out or `init_extended_pair` fails, the cell falls back to pair 0
    /// and keeps its attributes.
    private mutating func pair(_ key: PairKey) -> Int32 {
        if defaultAvailable ? (key.foreground == -1 && key.background == -1)
            : (key.foreground == 7 && key.background == 0) {
            return 0
        }
        if let existing = pairs[key] { return existing }
        guard Int(nextPair) < pairLimit else { return 0 }
        // > init_extended_pair ... "The value of the first argument must be between 1 and COLOR_PAIRS-1"
        guard cn_init_pair(nextPair, key.foreground, key.background) != ERR else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    static func attributes(for emphasis: Emphasis) -> attr_t {
        var attributes = cn_attr_normal()
        if emphasis.contains(.bold) { attributes |= cn_attr_bold() }
        if emphasis.contains(.underline) { attributes |= cn_attr_underline() }
        if emphasis.contains(.reverse) { attributes |= cn_attr_reverse() }
        if emphasis.contains(.dim) { attributes |= cn_attr_dim() }
        return attributes
    }
}
