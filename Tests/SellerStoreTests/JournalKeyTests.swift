import SellerCore
import SellerStore
import Testing

/// The message key rule and the call fields the projection reads, for V2 bodies, V1 queries and hostile input.
@Suite struct JournalKeyTests {
    typealias F = JournalFixture

    static func v1(_ query: String, activity: Activity, instanceId: String? = nil,
                   orderId: String? = nil) -> JournalArrival {
        var arrival = F.arrival("V1", activity, at: F.at(0), orderId: orderId, instanceId: instanceId)
        arrival.method = "GET"
        arrival.body = ""
        arrival.query = query
        arrival.interfaceVersion = .v1
        return arrival
    }

    @Test func v1FieldsComeFromTheQuery() throws {
        let arrival = Self.v1("activity=instanceStatus&instanceId=I%2D1&instanceStatus=freeze&expireTime=20270102030405"
                              + "&chargingMode=0&customerName=%E6%9D%8E+%E5%A8%9C&authToken=x&timeStamp=1",
                              activity: .instanceStatus, instanceId: "I-1")
        let fields = JournalCallFields(arrival)
        #expect(fields["instanceId"] == "I-1")
        #expect(fields.targetStatus == "FREEZE")
        #expect(fields.expireTime == Timestamp(koogallery: "20270102030405"))
        #expect(fields.chargingMode == .onDemand)
        #expect(fields["customerName"] == "李 娜")
        #expect(JournalMessageKey(arrival)?.text == "instanceStatus|instance:I-1|status:FREEZE")
    }

    @Test func hostileFieldsReadAsAbsent() {
        var arrival = F.arrival("H", .refreshInstance, at: F.at(0), orderId: "O", instanceId: "I",
                                fields: [("expireTime", "20271340000000"), ("chargingMode", "NOPE")])
        #expect(JournalCallFields(arrival).expireTime == nil)
        #expect(JournalCallFields(arrival).chargingMode == nil)
        arrival.body = "{\"expireTime\": [1, 2"
        arrival.query = "%ZZ=%&=x&&expireTime=%4"
        let fields = JournalCallFields(arrival)
        #expect(fields.expireTime == nil)
        #expect(fields["%ZZ"] == "%")
        arrival.activity = "noSuchActivity"
        #expect(JournalMessageKey(arrival) == nil)
        arrival.activity = nil
        #expect(JournalMessageKey(arrival) == nil)
    }

    @Test func keysFollowWhatTheMarketplaceRetriesOn() {
        let license = F.arrival("L", .refreshLicenseCode, at: F.at(0), orderId: "RO", orderLineId: "RL",
                                license: "LIC-1")
        #expect(JournalMessageKey(license)?.text == "refreshLicenseCode|license:LIC-1|order:RO")
        let release = F.arrival("R", .releaseLicenseCode, at: F.at(0), orderId: "UO", license: "LIC-1")
        #expect(JournalMessageKey(release)?.text == "releaseLicenseCode|license:LIC-1")
        let asyncLicense = F.arrival("G", .getLicenseAsync, at: F.at(0), orderId: "O", orderLineId: "OL",
                                     instanceId: "I")
        #expect(JournalMessageKey(asyncLicense)?.text == "getLicenseAsync|line:OL")
        let key = JournalMessageKey(asyncLicense)
        #expect(key?.messageId(episode: 1) == key?.messageId(episode: 0))
        #expect(key?.messageId(episode: 3).hasSuffix("-3") == true)
        #expect(StableHash.hex("a", digits: 16) == "af63dc4c8601ec8c" && StableHash.hex("a", digits: 4) == "ec8c")
    }

    @Test func aV1FreezeMovesTheInstance() throws {
        let (directory, store) = try F.makeStore("journal-v1")
        defer { withExtendedLifetime(directory) {} }
        try F.record(store, F.arrival("C1", .newInstance, at: F.at(0), orderId: "O1"),
                     F.success(at: F.at(1), instanceId: "I-1"))
        #expect(try store.instance(id: "I-1")?.orderLineId == "")
        try F.record(store, Self.v1("activity=instanceStatus&instanceId=I-1&instanceStatus=FREEZE",
                                    activity: .instanceStatus, instanceId: "I-1"), F.success(at: F.at(10)))
        #expect(try store.instance(id: "I-1")?.status == .frozen)
    }
}
