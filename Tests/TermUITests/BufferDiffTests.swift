import Testing
@testable import TermUI

@Suite struct BufferDiffTests {
    @Test func identicalBuffersHaveNoDiff() {
        var a = Buffer(size: Size(width: 5, height: 2))
        a.write("中a", x: 0, y: 0)
        #expect(a.diff(from: a).isEmpty)
    }

    @Test func changedCellsOnly() {
        let a = Buffer(size: Size(width: 5, height: 2))
        var b = a
        b.write("x", x: 3, y: 1)
        #expect(b.diff(from: a) == [CellUpdate(x: 3, y: 1, cell: Cell("x"))])
    }

    @Test func roleChangeIsAChange() {
        var a = Buffer(size: Size(width: 3, height: 1))
        a.write("abc", x: 0, y: 0, role: .row)
        var b = a
        b.setRole(.rowSelected, in: Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(b.diff(from: a).map(\.x) == [0])
    }

    @Test func wideCharChangeRepaintsContinuation() {
        var a = Buffer(size: Size(width: 4, height: 1))
        a.write("中", x: 0, y: 0)
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("文", x: 0, y: 0)
        let d = b.diff(from: a)
        #expect(d.map(\.x) == [0, 1])
        #expect(d[1].cell.isContinuation)
    }

    @Test func wideToNarrowRepaintsBothHalves() {
        var a = Buffer(size: Size(width: 4, height: 1))
        a.write("中", x: 0, y: 0)
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("ab", x: 0, y: 0)
        #expect(b.diff(from: a).map(\.x) == [0, 1])
        var c = Buffer(size: Size(width: 4, height: 1))
        c.write("a", x: 0, y: 0)
        let d = c.diff(from: a)
        #expect(d.map(\.x) == [0, 1])
        #expect(d[1].cell == .blank)
    }

    @Test func narrowToWideReportsHeadAndContinuation() {
        var a = Buffer(size: Size(width: 4, height: 1))
        a.write("ab", x: 1, y: 0)
        var b = a
        b.write("中", x: 1, y: 0)
        #expect(b.diff(from: a).map(\.x) == [1, 2])
    }

    @Test func continuationNotCarriedAcrossRows() {
        var a = Buffer(size: Size(width: 2, height: 2))
        a.write("中", x: 0, y: 1)
        var b = Buffer(size: Size(width: 2, height: 2))
        b.write("x", x: 1, y: 0)
        b.write("中", x: 0, y: 1)
        #expect(b.diff(from: a).map { [$0.x, $0.y] } == [[1, 0]])
    }

    @Test func sizeChangeRepaintsEverything() {
        let a = Buffer(size: Size(width: 2, height: 2))
        let b = Buffer(size: Size(width: 3, height: 2))
        #expect(b.diff(from: a).count == 6)
        #expect(b.diff(from: a).last == CellUpdate(x: 2, y: 1, cell: .blank))
    }
}
