import Testing

@Test func SellerStoreTestsBuilds() { #expect(Bool(true)) }
