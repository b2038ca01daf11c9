import Foundation
import MarketAPI
import SellerCore
import SellerStore
import Simulator
import TestSupport

/// The seeded world with every marketplace string made ASCII, for the language sweep: whatever Han text an
/// English console then shows came from the console itself, not from the data. Each record goes through its wire
/// form, each string holding non-ASCII has every such run replaced by "ZQ" and its letters capitalised (so the
/// Chinese sweep's search for English sentences never matches data either), and the record is decoded again.
enum AsciiFixtureStore {
    static func make(orders: Int, seed: UInt64 = 7, in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("ascii.db")
        try FixtureTemplates.copy("ascii-journal-\(orders)-\(seed)", to: path) { template in
            let world = World(seed: seed, orders: orders, epoch: ConsoleFixtureStore.epoch)
            let store = try LocalStore(path: template)
            try store.write {
                for kind in EntityKind.allCases where kind != .calls {
                    for record in SimulatorHarness.decodableRecords(kind, in: world).values {
                        _ = try store.upsert(try asciiOnly(record))
                    }
                }
                // The relay's records (the world has none): calls and the journal message they made.
                for call in [PresentationFixtures.failedCall, PresentationFixtures.replayCall,
                             PresentationFixtures.licenseCall] {
                    _ = try store.upsert(.call(asciiOnly(call)))
                }
                _ = try store.upsert(.exception(asciiOnly(PresentationFixtures.journalMessage)))
            }
            try store.close()
        }
        return path
    }

    static func asciiOnly(_ record: SellerRecord) throws -> SellerRecord {
        var writer = JSONWriter()
        RecordWire.encode(record, into: &writer)
        let value = try JSONParser.parse(writer.bytes)
        return try RecordWire.decode(record.kind, try JSONFields(asciiOnly(value), path: "$"))
    }

    /// A journalled call's free text (headers, bodies, the signature work, the failure) made ASCII.
    static func asciiOnly(_ call: JournalCall) -> JournalCall {
        var call = call
        call.arrival.headers = call.arrival.headers.map { JournalHeader($0.name, asciiOnly($0.value)) }
        call.arrival.body = asciiOnly(call.arrival.body)
        call.arrival.signatureWork = asciiOnly(call.arrival.signatureWork)
        if var answer = call.answer {
            answer.body = asciiOnly(answer.body)
            answer.failureDetail = asciiOnly(answer.failureDetail)
            call.answer = answer
        }
        return call
    }

    static func asciiOnly(_ message: ProduceMessage) -> ProduceMessage {
        var message = message
        message.productName = asciiOnly(message.productName)
        message.customerName = asciiOnly(message.customerName)
        message.exceptionInfo = asciiOnly(message.exceptionInfo)
        message.requestBody = asciiOnly(message.requestBody)
        message.responseBody = asciiOnly(message.responseBody)
        message.attempts = message.attempts.map { attempt in
            var attempt = attempt
            attempt.exceptionInfo = asciiOnly(attempt.exceptionInfo)
            return attempt
        }
        return message
    }

    static func asciiOnly(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): .string(asciiOnly(text))
        case .array(let items): .array(items.map(asciiOnly))
        case .object(let members): .object(members.map { JSONMember($0.key, asciiOnly($0.value)) })
        case .null, .bool, .number: value
        }
    }

    static func asciiOnly(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var out = ""
        var inRun = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
                inRun = false
            } else if !inRun {
                out += "ZQ"
                inRun = true
            }
        }
        return out.uppercased()
    }
}
