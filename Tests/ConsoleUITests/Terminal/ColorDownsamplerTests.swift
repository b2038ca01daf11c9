@testable import CursesTerminal
import Testing
import TermUI

/// Theme colours to terminal colour numbers for 8, 16, 88, 256 and direct-colour terminals.
@Suite("colour downsampling")
struct ColorDownsamplerTests {
    func number(_ color: ThemeColor, colors: Int, defaultAvailable: Bool = true, background: Bool = false) -> Int32 {
        ColorDownsampler.number(for: color, colors: colors, defaultAvailable: defaultAvailable,
                                isBackground: background)
    }

    @Test("default is -1 when use_default_colors worked, else white text on black")
    func defaultColour() {
        #expect(number(.default, colors: 256) == -1)
        #expect(number(.default, colors: 8, background: true) == -1)
        #expect(number(.default, colors: 256, defaultAvailable: false) == 7)
        #expect(number(.default, colors: 256, defaultAvailable: false, background: true) == 0)
    }

    @Test("a palette index the terminal has is used as it is")
    func ansiInRange() {
        #expect(number(.ansi(3), colors: 8) == 3)
        #expect(number(.ansi(12), colors: 16) == 12)
        #expect(number(.ansi(200), colors: 256) == 200)
        #expect(number(.ansi(255), colors: 256) == 255)
    }

    @Test("a palette index past the terminal's colours falls to the nearest basic colour by xterm RGB")
    func ansiOutOfRange() {
        #expect(number(.ansi(196), colors: 16) == 9, "cube red (255,0,0) is bright red")
        #expect(number(.ansi(196), colors: 8) == 1, "and plain red with eight colours")
        #expect(number(.ansi(21), colors: 16) == 4, "cube blue (0,0,255) is blue (0,0,238), not (92,92,255)")
        #expect(number(.ansi(231), colors: 16) == 15, "cube white")
        #expect(number(.ansi(16), colors: 8) == 0, "cube black")
        #expect(number(.ansi(232), colors: 16) == 0, "the darkest grey is black")
        #expect(number(.ansi(255), colors: 16) == 7, "the lightest grey (238) is light grey (229)")
        #expect(number(.ansi(9), colors: 8) == 1, "bright red on an 8-colour terminal")
    }

    @Test("direct colour packs the RGB value")
    func directColour() {
        let direct = ColorDownsampler.directColors
        #expect(number(.rgb(0x12, 0x34, 0x56), colors: direct) == 0x123456)
        #expect(number(.rgb(255, 255, 255), colors: direct) == 0xFFFFFF)
    }

    @Test("256 colours: exact cube and grey-ramp colours map to their own index, never to 0-15")
    func cube256() {
        #expect(number(.rgb(255, 0, 0), colors: 256) == 196)
        #expect(number(.rgb(0, 0, 0), colors: 256) == 16)
        #expect(number(.rgb(255, 255, 255), colors: 256) == 231)
        #expect(number(.rgb(95, 135, 175), colors: 256) == 16 + 36 * 1 + 6 * 2 + 3)
        #expect(number(.rgb(128, 128, 128), colors: 256) == 244, "mid grey is on the ramp (128)")
        #expect(number(.rgb(8, 8, 8), colors: 256) == 232)
        #expect(number(.rgb(238, 238, 238), colors: 256) == 255)
        for r in stride(from: 0, through: 255, by: 17) {
            for g in stride(from: 0, through: 255, by: 51) {
                let n = number(.rgb(UInt8(r), UInt8(g), UInt8(255 - r)), colors: 256)
                #expect((16...255).contains(n), "(\(r),\(g),\(255 - r)) gave \(n)")
            }
        }
    }

    @Test("every 256-colour answer is the nearest of the cube and ramp candidates")
    func cube256IsNearest() {
        func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
            (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)
        }
        for value in [(1, 2, 3), (100, 100, 101), (250, 10, 130), (60, 200, 90), (47, 48, 49), (200, 200, 210)] {
            let chosen = Int(number(.rgb(UInt8(value.0), UInt8(value.1), UInt8(value.2)), colors: 256))
            let chosenDistance = distance(value, ColorDownsampler.xtermRGB(chosen))
            let best = (16..<256).map { distance(value, ColorDownsampler.xtermRGB($0)) }.min() ?? 0
            #expect(chosenDistance == best, "\(value) gave \(chosen)")
        }
    }

    @Test("16, 88 and 8 colours: RGB goes to the nearest of the first 16 (or 8)")
    func basicTerminals() {
        #expect(number(.rgb(250, 5, 5), colors: 16) == 9)
        #expect(number(.rgb(200, 0, 0), colors: 16) == 1)
        #expect(number(.rgb(250, 5, 5), colors: 88) == 9, "88 colours use the portable 16")
        #expect(number(.rgb(250, 5, 5), colors: 8) == 1)
        #expect(number(.rgb(10, 10, 10), colors: 8) == 0)
        #expect(number(.rgb(240, 240, 240), colors: 8) == 7)
        #expect(number(.rgb(240, 240, 240), colors: 16) == 7, "229 grey is nearer than white")
        #expect(number(.rgb(250, 250, 250), colors: 16) == 15)
    }

    @Test("a terminal reporting no colours at all still gets a valid number")
    func degenerateCounts() {
        #expect(number(.rgb(200, 30, 30), colors: 0) == 0)
        #expect(number(.ansi(100), colors: 1) == 0)
        #expect(ColorDownsampler.basicCount(0) == 1)
        #expect(ColorDownsampler.basicCount(88) == 16)
    }

    @Test("xterm's palette: the cube levels and the grey ramp")
    func xtermPalette() {
        #expect(ColorDownsampler.xtermRGB(16) == (0, 0, 0))
        #expect(ColorDownsampler.xtermRGB(231) == (255, 255, 255))
        #expect(ColorDownsampler.xtermRGB(67) == (95, 135, 175))
        #expect(ColorDownsampler.xtermRGB(232) == (8, 8, 8))
        #expect(ColorDownsampler.xtermRGB(255) == (238, 238, 238))
        #expect(ColorDownsampler.xtermRGB(9) == (255, 0, 0))
        #expect(ColorDownsampler.xtermRGB(300) == (0, 0, 0))
    }
}
