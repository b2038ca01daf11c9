import TermUI

/// Turns a `ThemeColor` into an ncurses colour number for the colours the terminal has (`COLORS` after
/// `start_color`). Pure arithmetic over the xterm palette, so it never depends on the user's remapping of
/// 0-15 except where the theme itself asked for those indexes.
enum ColorDownsampler {
    /// `COLORS` at or above this means a direct-colour terminfo entry (`RGB` capability): the number *is*
    /// the packed 0xRRGGBB value (ncurses ≥ 6.1, "xterm-direct").
    static let directColors = 1 << 24

    /// The colour number to pass to `init_extended_pair`, or -1 for the terminal default. `defaultAvailable`
    /// says whether `use_default_colors` succeeded; without it "default" becomes white on black.
    static func number(for color: ThemeColor, colors: Int, defaultAvailable: Bool, isBackground: Bool) -> Int32 {
        switch color {
        case .default:
            if defaultAvailable { return -1 }
            return isBackground ? 0 : 7
        case .ansi(let index):
            let n = Int(index)
            if n < colors { return Int32(n) }
            let (r, g, b) = xtermRGB(n)
            return nearestBasic(r, g, b, count: basicCount(colors))
        case .rgb(let r, let g, let b):
            if colors >= directColors { return Int32(r) << 16 | Int32(g) << 8 | Int32(b) }
            if colors >= 256 { return cube256(Int(r), Int(g), Int(b)) }
            return nearestBasic(Int(r), Int(g), Int(b), count: basicCount(colors))
        }
    }

    /// 88-colour and other odd terminals get the portable first 16 (or 8).
    static func basicCount(_ colors: Int) -> Int { colors >= 16 ? 16 : max(colors, 1) }

    /// xterm's default RGB for palette index 0-255.
    static func xtermRGB(_ index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return basic[index]
        case 16..<232:
            let i = index - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        case 232..<256:
            let v = 8 + (index - 232) * 10
            return (v, v, v)
        default:
            return (0, 0, 0)
        }
    }

    /// Nearest of the 6×6×6 cube (16-231) and the grey ramp (232-255); indexes 0-15 are skipped because
    /// users remap them.
    static func cube256(_ r: Int, _ g: Int, _ b: Int) -> Int32 {
        let ri = nearestLevel(r), gi = nearestLevel(g), bi = nearestLevel(b)
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = distance((r, g, b), (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi]))
        let average = (r + g + b) / 3
        let greyStep = min(23, max(0, (average - 3) / 10))
        let grey = 8 + greyStep * 10
        let greyDistance = distance((r, g, b), (grey, grey, grey))
        return Int32(greyDistance < cubeDistance ? 232 + greyStep : cubeIndex)
    }

    /// Nearest of the first `count` xterm colours by squared RGB distance.
    static func nearestBasic(_ r: Int, _ g: Int, _ b: Int, count: Int) -> Int32 {
        var best = 0
        var bestDistance = Int.max
        for i in 0..<min(count, basic.count) {
            let d = distance((r, g, b), basic[i])
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return Int32(best)
    }

    static func nearestLevel(_ v: Int) -> Int {
        var best = 0
        for (i, level) in cubeLevels.enumerated() where abs(level - v) < abs(cubeLevels[best] - v) { best = i }
        return best
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }

    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
