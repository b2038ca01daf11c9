import Testing

@Test func SyncTestsBuilds() { #expect(Bool(true)) }
