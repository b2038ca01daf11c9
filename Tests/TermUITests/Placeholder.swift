import Testing

@Test func TermUITestsBuilds() { #expect(Bool(true)) }
