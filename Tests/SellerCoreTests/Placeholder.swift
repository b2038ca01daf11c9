import Testing

@Test func SellerCoreTestsBuilds() { #expect(Bool(true)) }
