import ConsoleRuntime
import Testing

/// The config's `[console]` section (issue 13): bell and title are off unless asked for; anything unknown is
/// reported, never a reason not to open.
@Suite struct ConsoleNotificationsTests {
    @Test func bellAndTitleAreOffByDefaultAndOnWhenAsked() {
        #expect(ConsoleNotifications.parse([:]) == (ConsoleNotifications(), []))
        let (on, warnings) = ConsoleNotifications.parse(["bell": "on", "title": "ON"])
        #expect(on == ConsoleNotifications(bell: true, title: true) && warnings.isEmpty)
        #expect(ConsoleNotifications.parse(["bell": "off"]).0 == ConsoleNotifications())
    }

    @Test func unknownKeysAndValuesAreReported() {
        let (settings, warnings) = ConsoleNotifications.parse(["bell": "loud", "blink": "on"])
        #expect(settings == ConsoleNotifications())
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("blink") } && warnings.contains { $0.contains("loud") })
    }
}
