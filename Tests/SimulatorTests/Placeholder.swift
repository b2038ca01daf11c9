import Testing

@Test func SimulatorTestsBuilds() { #expect(Bool(true)) }
