import ConsoleRuntime
import Testing

/// The config's `[console]` section (issue 13): bell and title are off unless asked for; anything unknown is
/// reported, never a reason not to open.
@Suite struct ConsoleNotificationsTests {
    @Test func bellAndTitleAreOffByDefaultAndOnWhenAsked() {
        #expect(ConsoleNotifications.parse([:], language: .zh) == (ConsoleNotifications(), []))
        let (on, warnings) = ConsoleNotifications.parse(["bell": "on", "title": "ON"], language: .zh)
        #expect(on == ConsoleNotifications(bell: true, title: true) && warnings.isEmpty)
        #expect(ConsoleNotifications.parse(["bell": "off"], language: .en).0 == ConsoleNotifications())
    }

    @Test func unknownKeysAndValuesAreReported() {
        let (settings, warnings) = ConsoleNotifications.parse(["bell": "loud", "blink": "on"], language: .zh)
        #expect(settings == ConsoleNotifications())
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("blink") } && warnings.contains { $0.contains("loud") })
        #expect(warnings.allSatisfy { $0.contains("配置 [console]") })
        // In English, the same warnings in English only.
        let english = ConsoleNotifications.parse(["bell": "loud", "blink": "on"], language: .en).1
        #expect(english == ["config [console]: bell must be on or off (got \"loud\")",
                            "config [console]: unknown key \"blink\"; valid: bell, title, clipboard"])
    }
}
