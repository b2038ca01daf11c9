import Testing
@testable import TermUI

@Suite struct LayoutTests {
    let area = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test func headerBodyFooter() {
        let parts = Layout.vertical([.length(1), .fill(1), .length(1)]).split(area)
        #expect(parts == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    @Test func listAndDetailSideBySide() {
        let parts = Layout.horizontal([.percentage(60), .fill(1)], spacing: 1).split(area)
        #expect(parts.map(\.width) == [47, 32])
        #expect(parts[1].x == 48)
    }

    @Test func fillWeights() {
        #expect(Layout.solve([.fill(1), .fill(2)], extent: 9) == [3, 6])
        #expect(Layout.solve([.fill(1), .fill(1)], extent: 5) == [3, 2])
        #expect(Layout.solve([.fill(0), .fill(0)], extent: 4) == [2, 2])
    }

    @Test func minAndMax() {
        #expect(Layout.solve([.min(10), .length(5)], extent: 30) == [25, 5])
        #expect(Layout.solve([.max(10), .fill(1)], extent: 30) == [10, 20])
        #expect(Layout.solve([.max(10), .length(25)], extent: 30) == [5, 25])
        #expect(Layout.solve([.min(3), .min(3)], extent: 10) == [5, 5])
    }

    @Test func shrinksWhenTooSmall() {
        #expect(Layout.solve([.length(1), .fill(1), .length(1)], extent: 1) == [1, 0, 0])
        #expect(Layout.solve([.percentage(50), .length(8)], extent: 10) == [2, 8])
        #expect(Layout.solve([.length(5), .min(5)], extent: 7) == [2, 5])   // min holds longest
    }

    @Test func degenerateInputs() {
        #expect(Layout.solve([], extent: 10) == [])
        #expect(Layout.solve([.length(-4), .percentage(500), .fill(-2)], extent: 10) == [0, 10, 0])
        #expect(Layout.solve([.length(Int.max), .fill(Int.max)], extent: 10) == [10, 0])
        let zero = Layout.vertical([.length(3), .fill(1)], spacing: 2).split(.zero)
        #expect(zero.allSatisfy { $0.isEmpty })
        let huge = Layout.horizontal([.fill(1), .fill(1)], spacing: Int.max)
            .split(Rect(x: 0, y: 0, width: Int.max, height: 1))
        #expect(huge.count == 2)
        #expect(huge.allSatisfy { $0.right <= Rect.coordinateLimit })
    }

    @Test func segmentsStayInsideArea() {
        let r = Rect(x: 5, y: 2, width: 10, height: 4)
        for spacing in 0...3 {
            let parts = Layout.horizontal([.length(4), .fill(1), .length(4)], spacing: spacing).split(r)
            #expect(parts.allSatisfy { $0.isEmpty || (r.intersection($0) == $0) })
        }
    }
}
