import Testing
@testable import TermUI

/// The theme format: values, inheritance, palette references, and line-numbered errors and warnings.
@Suite struct ThemeParserTests {
    func parse(_ text: String, base: Theme? = nil) throws -> (Theme, [ThemeWarning]) {
        try ThemeParser.parse(text, name: "t", file: "t.theme", base: base)
    }

    func error(_ text: String) -> ThemeError? {
        do {
            _ = try ThemeParser.parse(text, name: "t", file: "t.theme")
            return nil
        } catch {
            return error
        }
    }

    @Test func colourLiterals() {
        #expect(ThemeColor(literal: "default") == .default)
        #expect(ThemeColor(literal: "#5FafFF") == .rgb(0x5f, 0xaf, 0xff))
        #expect(ThemeColor(literal: "0") == .ansi(0))
        #expect(ThemeColor(literal: "255") == .ansi(255))
        #expect(ThemeColor(literal: "red") == .ansi(1))
        #expect(ThemeColor(literal: "BrightWhite") == .ansi(15))
        #expect(ThemeColor(literal: "bright-blue") == .ansi(12))
        #expect(ThemeColor(literal: "grey") == .ansi(8))
        for bad in ["#fff", "#12345g", "#1234567", "256", "-1", "0x10", "1000", "purple", "", "#", "１２"] {
            #expect(ThemeColor(literal: bad) == nil, "\(bad)")
        }
        for color in [ThemeColor.default, .ansi(7), .rgb(1, 0xab, 0xff)] {
            #expect(ThemeColor(literal: color.description) == color)
        }
    }

    @Test func missingRolesInheritFromTheirParents() throws {
        let (theme, warnings) = try parse("""
            [styles]
            app = white blue
            row = red -
            rowSelected = - - reverse
            """)
        #expect(warnings.isEmpty)
        #expect(theme.style(for: .rowSelectedBlur) == ThemeStyle(fg: .ansi(1), bg: .ansi(4), reverse: true))
        #expect(theme.style(for: .rowAlt) == ThemeStyle(fg: .ansi(1), bg: .ansi(4)))
        #expect(theme.style(for: .statusOk) == ThemeStyle(fg: .ansi(7), bg: .ansi(4)))
        #expect(theme.declaredRoles == [.app, .row, .rowSelected])
    }

    @Test func everyRoleReachesAppWithoutCycles() {
        for role in StyleRole.allCases {
            var current = role
            var steps = 0
            while let parent = current.themeParent, steps <= StyleRole.allCases.count {
                current = parent
                steps += 1
            }
            #expect(current == .app, "\(role)")
        }
    }

    @Test func paletteReferencesDashesAndAttributes() throws {
        let (theme, _) = try parse("""
            [styles]                  # styles may come before the palette they use
            app     = $fg $bg
            header  = $accent - bold underline
            headerSort = - default nobold dim
            badge   = - - reverse none
            [palette]
            fg = #eeeeee
            bg = 235
            ACCENT = cyan
            """)
        #expect(theme.palette == ["fg": .rgb(0xee, 0xee, 0xee), "bg": .ansi(235), "accent": .ansi(6)])
        #expect(theme.style(for: .app) == ThemeStyle(fg: .rgb(0xee, 0xee, 0xee), bg: .ansi(235)))
        #expect(theme.style(for: .header) == ThemeStyle(fg: .ansi(6), bg: .ansi(235), bold: true, underline: true))
        #expect(theme.style(for: .headerSort)
                == ThemeStyle(fg: .ansi(6), bg: .default, bold: false, underline: true, dim: true))
        #expect(theme.style(for: .badge) == ThemeStyle(fg: .rgb(0xee, 0xee, 0xee), bg: .ansi(235)))
    }

    @Test func metaSymbolsAndRoleSpellings() throws {
        let (theme, warnings) = try parse("""
            \u{FEFF}[meta]\r
            name = "午夜 # Midnight"   # quoted keeps the #\r
            variant = Light\r
            [styles]\r
            row.selected = - - reverse\r
            ROW_SELECTED_BLUR = - - underline\r
            [symbols]\r
            ellipsis = ~\r
            sort.asc = ^\r
            sortDescending = v\r
            """)
        #expect(warnings.isEmpty)
        #expect(theme.displayName == "午夜 # Midnight")
        #expect(theme.variant == .light)
        #expect(theme.style(for: .rowSelected).reverse)
        #expect(theme.style(for: .rowSelectedBlur).underline)
        #expect(theme.symbols == ThemeSymbols(ellipsis: "~", sortAscending: "^", sortDescending: "v"))
        #expect(theme.symbols.applied(to: .default).ellipsis == "~")
        #expect(theme.symbols.applied(to: .unicode, policy: .default).sortAscending == "^")
    }

    @Test func wideSymbolsAreNotAppliedWhereTheyTakeTwoCells() throws {
        let symbols = ThemeSymbols(ellipsis: "…", sortAscending: "▲", sortDescending: "降")
        #expect(symbols.applied(to: .ambiguousWide).ellipsis == WidthPolicy.ambiguousWide.ellipsis)
        let wide = symbols.applied(to: .ascii, policy: .ambiguousWide)
        #expect(wide.sortAscending == "^" && wide.sortDescending == "v")
        #expect(symbols.applied(to: .unicode, policy: .default).sortDescending == "▼")
    }

    @Test func commentsAndColoursAreToldApart() throws {
        let (theme, _) = try parse("""
            # a comment
               # an indented comment
            [palette]   # trailing comment on a header
            accent = #5fafff  #blue
            """)
        #expect(theme.palette["accent"] == .rgb(0x5f, 0xaf, 0xff))
        #expect(error("[palette]\naccent = #5fafff#x")?.kind == .unknownColor)
        let (t2, _) = try parse("[palette]\naccent = #5fafff #\nbg = 0\t# tab before")
        #expect(t2.palette == ["accent": .rgb(0x5f, 0xaf, 0xff), "bg": .ansi(0)])
    }

    @Test func errorsCarryFileAndLine() {
        let cases: [(String, ThemeError.Kind, Int)] = [
            ("[meta]\nname = x\n[styles\napp = red", .unclosedSection, 3),
            ("[styles]\n\napp = purple", .unknownColor, 3),
            ("[styles]\napp = bold", .unknownColor, 2),
            ("[styles]\napp = - - blink", .unknownAttribute, 2),
            ("[palette]\nfg = #12\n", .unknownColor, 2),
            ("[palette]\nfg = red blue", .badValue, 2),
            ("[palette]\nfg = $bg", .badValue, 2),
            ("[palette]\nf g = red", .syntax, 2),
            ("[styles]\nrow = red\n\n\nrowAlt = $nope -", .undefinedPaletteName, 5),
            ("[meta]\nvariant = dusk", .badValue, 2),
            ("[meta]\nname =   # only a comment", .badValue, 2),
            ("[meta]\nname = \"unclosed", .syntax, 2),
            ("[meta]\nname = \"a\" b", .syntax, 2),
            ("app = red", .syntax, 1),
            ("[styles]\njust words", .syntax, 2),
            ("[styles]\n= red", .syntax, 2),
            ("[styles] trailing\n", .syntax, 1),
            ("[symbols]\nellipsis = ..", .badValue, 2),
            ("[symbols]\nellipsis = \"\u{7}\"", .badValue, 2),
            ("[styles]\napp = $ -", .syntax, 2),
        ]
        for (text, kind, line) in cases {
            let found = error(text)
            #expect(found?.kind == kind, "\(text)")
            #expect(found?.line == line, "\(text)")
            #expect(found?.description.hasPrefix("t.theme:\(line): ") == true, "\(text)")
        }
    }

    @Test func unknownKeysWarnAndTheLaterDuplicateWins() throws {
        let (theme, warnings) = try parse("""
            [meta]
            author = someone
            [styles]
            app = red -
            nosuchrole = blue -
            app = green -
            [future]
            anything = goes here
            [symbols]
            bullet = *
            """)
        #expect(theme.style(for: .app).foreground == .ansi(2))
        #expect(warnings.map(\.line) == [2, 5, 6, 7, 10])
        #expect(warnings[0].description == "t.theme:2: warning: unknown key 'author' in [meta]; ignored")
        #expect(warnings[2].message.contains("first on line 4"))
    }

    @Test func aThemeLaidOverABaseKeepsUnsetFieldsAndRecoloursPaletteNames() throws {
        let (base, _) = try parse("""
            [meta]
            name = Base
            variant = light
            [palette]
            accent = red
            [styles]
            header = $accent - bold
            row = blue yellow
            [symbols]
            ellipsis = ~
            """)
        let (child, _) = try parse("""
            [meta]
            extends = base
            [palette]
            accent = green
            [styles]
            row = - - underline
            """, base: base)
        #expect(child.displayName == "t")
        #expect(child.variant == .light)
        #expect(child.style(for: .header) == ThemeStyle(fg: .ansi(2), bold: true))
        #expect(child.style(for: .row) == ThemeStyle(fg: .ansi(4), bg: .ansi(3), underline: true))
        #expect(child.symbols.ellipsis == "~")
    }

    /// Random theme text either parses to a theme whose every role resolves, or fails with a `ThemeError`
    /// that points at a line of the text; warnings do too. The same text always gives the same answer.
    @Test func hostileTextParsesOrFailsWithALineOfTheText() {
        var generator = SplitMix(seed: 7)
        let pieces = ["[", "]", "=", "#", "$", "-", "\"", " ", "\t", "\n", "\r\n", "styles", "palette", "meta",
                      "symbols", "app", "row", "red", "#ffffff", "bold", "extends", "\u{0}", "中", "\u{301}", "🇨🇳"]
        var parsed = 0, failed = 0
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            let first = Result { () throws(ThemeError) in try ThemeParser.parse(text, name: "fuzz") }
            switch first {
            case .success((let theme, let warnings)):
                parsed += 1
                #expect(theme.name == "fuzz")
                for warning in warnings {
                    #expect(warning.file == "fuzz" && (1...max(lines, 1)).contains(warning.line),
                            "\(warning) for \(text.debugDescription)")
                }
            case .failure(let error):
                failed += 1
                #expect(error.file == "fuzz", "\(error)")
                if let line = error.line {
                    #expect((1...max(lines, 1)).contains(line), "\(error) for \(text.debugDescription)")
                }
                #expect(!error.message.isEmpty)
            }
            let second = Result { () throws(ThemeError) in try ThemeParser.parse(text, name: "fuzz") }
            #expect(second.map { $0.0 } == first.map { $0.0 } && second.map { $0.1 } == first.map { $0.1 },
                    "parsing \(text.debugDescription) twice differs")
        }
        #expect(parsed > 100 && failed > 100, "the fuzz reaches both outcomes: \(parsed) parsed, \(failed) failed")
        let big = try? ThemeParser.parse(String(repeating: "[styles]\napp = red - bold\n", count: 20_000), name: "big")
        #expect(big?.0.style(for: .app) == ThemeStyle(fg: .ansi(1), bold: true), "a long repetitive file parses")
    }
}
