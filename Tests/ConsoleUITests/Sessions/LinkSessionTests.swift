import ConsoleUI
import ListContract
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// Following links between records in the detail pane, and coming back.
@Suite struct LinkSessionTests {
    @Test func enterFollowsLinksAndEscComesBackTheSameWay() throws {
        let directory = try TemporaryDirectory("links")
        let storePath = try ConsoleFixtureStore.make(orders: 400, in: directory)
        let store = try LocalStore(path: storePath, readOnly: true)
        // An order with an instance and a supervision task or an exception, found the slow way.
        var chosen: (String, OrderLinks)?
        try store.forEachID(.orders) { id in
            guard chosen == nil else { return }
            let links = try store.links(ofOrder: id)
            if !links.instanceIDs.isEmpty && !(links.exceptionIDs.isEmpty && links.supervisionTaskIDs.isEmpty) {
                chosen = (id, links)
            }
        }
        let (orderID, links) = try #require(chosen)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.press(.char("/"))
        driver.type(orderID)
        driver.press(.enter)
        #expect(driver.state.detail.target == DetailState.Target(kind: .orders, id: orderID))
        #expect(driver.state.detail.links == links)
        driver.press(.enter)
        #expect(driver.state.focus == .detail)
        driver.press(.char("]"))
        #expect(driver.state.detail.selectedLink == 0)
        let document = try #require(driver.state.detailDocument)
        let first = document.links[0]
        driver.press(.enter)
        #expect(driver.state.detail.target == DetailState.Target(kind: first.kind, id: first.id))
        #expect(driver.state.detail.record?.id == first.id)
        #expect(driver.screenText.contains("› " + first.kind.label))
        // From the linked record back to its order, then on to another link of it.
        let back = try #require(driver.state.detailDocument?.links.first { $0.kind == .orders })
        #expect(back.id == orderID)
        driver.press(.escape)
        #expect(driver.state.detail.target == DetailState.Target(kind: .orders, id: orderID))
        #expect(driver.state.detail.selectedLink == 0)
        #expect(!driver.state.detail.isFollowing)
        driver.press(.escape)
        #expect(driver.state.focus == .list)
        // Moving in the list again makes the pane follow the selection.
        driver.press(.escape)
        #expect(driver.state.tabs[.orders]?.query.filterText == "")
        driver.press(.char("j"))
        #expect(driver.state.detail.target?.id == driver.state.tabs[.orders]?.window.selectedRow?.id)
    }

    @Test func aRecordMissingFromTheStoreSaysSo() throws {
        let directory = try TemporaryDirectory("missing")
        let storePath = try ConsoleFixtureStore.make(orders: 50, in: directory)
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 160, height: 48))
        driver.send(.detailLoaded(DetailResponse(
            request: DetailRequest(kind: .orders, id: "gone", generation: driver.state.detail.generation),
            record: nil, links: nil)))
        #expect(driver.state.detail.missing)
        #expect(driver.screenText.contains("本地没有这条记录"))
    }
}
