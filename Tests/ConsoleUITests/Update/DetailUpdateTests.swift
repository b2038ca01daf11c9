@testable import ConsoleUI
import SellerCore
import Testing
import TermUI

/// The detail pane through `update`: its document and layout are part of the state's value (a copy never
/// shares them), follow the pane's width, and an answer for a record no longer shown is dropped.
@Suite struct DetailUpdateTests {
    typealias F = UpdateFixtures

    static func answer(_ id: String, generation: Int) -> Msg {
        .detailLoaded(DetailResponse(request: DetailRequest(kind: .orders, id: id, generation: generation),
                                     record: .order(PresentationFixtures.order), links: nil))
    }

    @Test func theLayoutIsAValueThatFollowsThePaneWidth() throws {
        var state = F.started()
        let rows = F.orderRows(2)
        _ = state.update(try F.window(state, .orders, rows: rows))
        #expect(state.update(Self.answer(rows[0].id, generation: 1)) == [])
        let layout = try #require(state.detailLayout)
        #expect(layout.width == DetailLayout.textWidth(forPaneWidth: state.layout.detailArea.width))
        #expect(state.detailDocument?.title == layout.title && !state.detail.loading)
        var wide = state
        _ = wide.update(.resized(Size(width: 160, height: 48)))
        let wideLayout = try #require(wide.detailLayout)
        #expect(wideLayout.width == DetailLayout.textWidth(forPaneWidth: wide.layout.detailArea.width))
        #expect(wideLayout.width != layout.width)
        #expect(state.detailLayout == layout && wide != state)   // the copy re-wrapped its own
        // Side by side, the focus moves the divider: the pane re-wraps to its new width.
        #expect(wide.update(.key(.enter)) == [] && wide.focus == .detail)
        let focused = try #require(wide.detailLayout)
        #expect(focused.width == DetailLayout.textWidth(forPaneWidth: wide.layout.detailArea.width))
        #expect(focused.width != wideLayout.width)
    }

    @Test func anAnswerForARecordNoLongerShownIsDropped() throws {
        var state = F.started()
        let rows = F.orderRows(2)
        _ = state.update(try F.window(state, .orders, rows: rows))
        #expect(state.update(.key(.down)) == [.loadDetail(DetailRequest(kind: .orders, id: rows[1].id, generation: 2))])
        let before = state
        #expect(state.update(Self.answer(rows[0].id, generation: 1)) == [])
        #expect(state == before && state.detail.record == nil && state.detailLayout == nil)
        _ = state.update(Self.answer(rows[1].id, generation: 2))
        #expect(state.detail.record == .order(PresentationFixtures.order) && state.detailLayout != nil)
    }
}
