import ConsoleUI
import TermUI
import TestSupport
import Testing

/// The `:problems` view's golden screens (issue 13): every cell of it came from the network and is sanitised.
@Suite struct ProblemsScreenTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)])
    func problemsView(size: Size) throws {
        let directory = try TemporaryDirectory("problems-screen")
        let driver = try ConsoleDriver(storePath: try OutcomeSessionTests.storeWithProblems(directory), size: size)
        driver.press(.char(":"))
        driver.type("problems")
        driver.press(.enter)
        PresentationSnapshot.expect(driver.screen, "problems-\(size.width)x\(size.height)",
                                    suite: "ProblemsScreenTests", includeRoles: true)
    }
}
