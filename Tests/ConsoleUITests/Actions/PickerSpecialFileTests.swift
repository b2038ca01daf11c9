import ConsoleUI
import Foundation
import SellerCore
import SellerStore
import TermUI
import TestSupport
import Testing

/// The deliver form's file picker takes regular files only: a FIFO or a device chosen in it is refused at once
/// with what it is, and never blocks the console or gets hashed.
@Suite(.exclusive, .serialized) struct PickerSpecialFileTests {
    let directory: TemporaryDirectory
    let storePath: String

    init() throws {
        directory = try TemporaryDirectory("picker-special")
        storePath = try ActionFixtures.store(orders: 300, in: directory)
    }

    func deliverForm(_ driver: ConsoleDriver) -> DeliverForm? {
        if case .deliver(let form)? = driver.state.dialog { return form }
        return nil
    }

    @Test("a FIFO and /dev/zero are refused with the reason; a regular file beside them is taken")
    func refusesSpecialFiles() throws {
        let files = directory.path + "/files"
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
        #expect(mkfifo(files + "/pipe", 0o600) == 0)
        try Data("report".utf8).write(to: URL(fileURLWithPath: files + "/report.txt"))
        let driver = try ConsoleDriver(storePath: storePath, size: Size(width: 120, height: 40),
                                       workingDirectory: files)
        driver.press(.char(Character(ConsoleTab.supervision.hotkey)))
        driver.press(.char(":"))
        driver.type("status all")
        driver.press(.enter)
        #expect(driver.select(id: ActionFixtures.deliverTaskId))
        driver.press(.char("d"))
        #expect(deliverForm(driver) != nil)
        let started = Date()
        driver.type("pipe")
        driver.press(.enter)
        #expect(deliverForm(driver)?.files.isEmpty == true)
        #expect(deliverForm(driver)?.error?.contains("命名管道") == true, "\(deliverForm(driver)?.error ?? "no error")")
        driver.type("/dev/zero")
        driver.press(.enter)
        #expect(deliverForm(driver)?.files.isEmpty == true)
        #expect(deliverForm(driver)?.error?.contains("字符设备") == true)
        #expect(Date().timeIntervalSince(started) < 5, "nothing blocked or hashed an endless device")
        driver.press(.ctrl("u"))
        driver.type("report.txt")
        driver.press(.enter)
        #expect(deliverForm(driver)?.files.map(\.fileName) == ["report.txt"])
    }
}
