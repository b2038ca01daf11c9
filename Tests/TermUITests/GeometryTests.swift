import Testing
@testable import TermUI

@Suite struct GeometryTests {
    @Test func rectClampsNegativeAndHugeSizes() {
        let r = Rect(x: -5, y: Int.max, width: -3, height: Int.max)
        #expect(r.width == 0)
        #expect(r.height == Rect.coordinateLimit)
        #expect(r.y == Rect.coordinateLimit)
        #expect(r.bottom == 2 * Rect.coordinateLimit)
        #expect(r.isEmpty)
    }

    @Test func intersectionAndInset() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        let b = Rect(x: 5, y: 3, width: 10, height: 10)
        #expect(a.intersection(b) == Rect(x: 5, y: 3, width: 5, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 20, width: 1, height: 1)).isEmpty)
        #expect(a.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 3))
        #expect(a.inset(by: 10).isEmpty)
        #expect(a.centered(width: 4, height: 1) == Rect(x: 3, y: 2, width: 4, height: 1))
        #expect(a.row(7).isEmpty)
    }
}
