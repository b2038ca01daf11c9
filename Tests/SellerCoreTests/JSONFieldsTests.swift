import SellerCore
import Testing

private enum Color: String { case red = "RED", blue = "BLUE" }

private func fields(_ json: String, path: String = "") throws -> JSONFields {
    try JSONFields(try JSONParser.parse(json), path: path)
}

/// The error `body` throws, or nil (with a recorded failure) when it does not throw.
private func fieldError<T>(_ body: () throws -> T,
                           sourceLocation: SourceLocation = #_sourceLocation) -> JSONFieldError? {
    do {
        let value = try body()
        Issue.record("expected an error, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as JSONFieldError {
        return error
    } catch {
        Issue.record("not a JSONFieldError: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

@Suite struct JSONFieldsTests {
    private let sample = #"""
    {"s":"文本","empty":"","n":42,"neg":-7,"frac":1.5,"exp":1e3,"huge":99999999999999999999,"t":true,"f":false,
     "nil":null,"obj":{"inner":"x"},"arr":[{"a":1},{"a":2}],"mixed":[{"a":1},3],"ts":"20260115083045",
     "tsm":"20260115083045123","badts":"2026-01-15","color":"RED","badcolor":"GREEN"}
    """#

    @Test func typedGettersReadPresentValues() throws {
        let f = try fields(sample)
        #expect(try f.string("s") == "文本")
        #expect(try f.string("empty") == "")
        #expect(try f.int("n") == 42)
        #expect(try f.int("neg") == -7)
        #expect(try f.optionalInt("n") == 42)
        #expect(try f.bool("t") == true)
        #expect(try f.bool("f") == false)
        #expect(try f.optionalBool("t") == true)
        #expect(try f.enumValue("color", as: Color.self) == .red)
        #expect(try f.optionalEnumValue("color", as: Color.self) == .red)
        #expect(try f.timestamp("ts") == Timestamp(seconds: 1_768_465_845))
        #expect(try f.timestamp("tsm") == Timestamp(millis: 1_768_465_845_123))
        #expect(try f.object("obj").string("inner") == "x")
        #expect(try f.objects("arr").map { try $0.int("a") } == [1, 2])
    }

    @Test func missingAndNullAreTheSameForOptionals() throws {
        let f = try fields(sample)
        for key in ["absent", "nil"] {
            #expect(try f.optionalString(key) == nil)
            #expect(try f.optionalInt(key) == nil)
            #expect(try f.optionalBool(key) == nil)
            #expect(try f.optionalEnumValue(key, as: Color.self) == nil)
            #expect(try f.optionalTimestamp(key) == nil)
            #expect(try f.optionalObject(key) == nil)
            #expect(try f.objects(key).isEmpty)
        }
        #expect(try f.optionalTimestamp("empty") == nil, "an empty time string means no time")
    }

    @Test func missingAndNullRequiredFieldsSayMissing() throws {
        let f = try fields(sample, path: "items[3]")
        for key in ["absent", "nil"] {
            let expected = JSONFieldError(path: "items[3].\(key)", reason: "missing")
            #expect(fieldError { try f.string(key) } == expected)
            #expect(fieldError { try f.int(key) } == expected)
            #expect(fieldError { try f.bool(key) } == expected)
            #expect(fieldError { try f.enumValue(key, as: Color.self) } == expected)
            #expect(fieldError { try f.timestamp(key) } == expected)
            #expect(fieldError { try f.object(key) } == expected)
        }
        #expect(fieldError { try f.timestamp("empty") }?.reason == "missing")
    }

    @Test func wrongTypesNameWhatWasFound() throws {
        let f = try fields(sample)
        #expect(fieldError { try f.string("n") } == JSONFieldError(path: "n", reason: "expected a string, found a number"))
        #expect(fieldError { try f.optionalString("t") }?.reason == "expected a string, found a boolean")
        #expect(fieldError { try f.int("s") }?.reason == "expected an integer, found a string")
        #expect(fieldError { try f.optionalInt("arr") }?.reason == "expected an integer, found an array")
        #expect(fieldError { try f.bool("obj") }?.reason == "expected a boolean, found an object")
        #expect(fieldError { try f.optionalBool("n") }?.reason == "expected a boolean, found a number")
        #expect(fieldError { try f.enumValue("n", as: Color.self) }?.reason == "expected a string, found a number")
        #expect(fieldError { try f.timestamp("n") }?.reason == "expected a string, found a number")
        #expect(fieldError { try f.object("s") } == JSONFieldError(path: "s", reason: "expected an object, found a string"))
        #expect(fieldError { try f.optionalObject("arr") }?.reason == "expected an object, found an array")
        #expect(fieldError { try f.objects("obj") } == JSONFieldError(path: "obj", reason: "expected an array, found an object"))
        #expect(fieldError { try f.objects("mixed") } == JSONFieldError(path: "mixed[1]", reason: "expected an object, found a number"))
    }

    @Test func numbersThatAreNotIntegers() throws {
        let f = try fields(sample)
        #expect(fieldError { try f.int("frac") } == JSONFieldError(path: "frac", reason: "expected an integer, found 1.5"))
        #expect(fieldError { try f.int("exp") }?.reason == "expected an integer, found 1e3")
        #expect(fieldError { try f.optionalInt("huge") }?.reason == "expected an integer, found 99999999999999999999")
    }

    @Test func badEnumAndTimeValues() throws {
        let f = try fields(sample, path: "x")
        #expect(fieldError { try f.enumValue("badcolor", as: Color.self) }
                == JSONFieldError(path: "x.badcolor", reason: #"unknown value "GREEN""#))
        #expect(fieldError { try f.optionalEnumValue("s", as: Color.self) }?.reason == #"unknown value "文本""#)
        #expect(fieldError { try f.timestamp("badts") }
                == JSONFieldError(path: "x.badts", reason: #"not a yyyyMMddHHmmss[SSS] time: "2026-01-15""#))
        #expect(fieldError { try f.optionalTimestamp("s") }?.path == "x.s")
    }

    @Test func pathsNestThroughObjectsAndArrays() throws {
        let page = try fields(#"""
        {"items":[{},{},{},{"orderLine":[{"chargingMode":"MONTHLY","productInfo":{"skuCode":7}}]}]}
        """#)
        let item = try page.objects("items")[3]
        #expect(item.path == "items[3]")
        let line = try item.objects("orderLine")[0]
        #expect(line.path == "items[3].orderLine[0]")
        #expect(fieldError { try line.enumValue("chargingMode", as: Color.self) }?.path
                == "items[3].orderLine[0].chargingMode")
        #expect(fieldError { try line.object("productInfo").string("skuCode") }?.path
                == "items[3].orderLine[0].productInfo.skuCode")
        #expect(fieldError { try line.optionalObject("productInfo")?.string("productName") }?.description
                == "items[3].orderLine[0].productInfo.productName: missing")
    }

    @Test func topLevelValuesThatAreNotObjects() {
        #expect(fieldError { try JSONFields(.array([]), path: "items[0]") }
                == JSONFieldError(path: "items[0]", reason: "expected an object, found an array"))
        #expect(fieldError { try JSONFields(.null, path: "$") }?.reason == "expected an object, found null")
    }

    @Test func valueAccessHelpers() throws {
        let f = try fields(#"{"k":1,"k":2,"s":"v"}"#)
        #expect(f.value("k") == .number("1"), "the first of duplicate keys wins")
        #expect(f.value("missing") == nil)
        #expect(f.members.count == 3)
        #expect(JSONValue.string("v").stringValue == "v")
        #expect(JSONValue.number("1").stringValue == nil)
        #expect(JSONValue.array([])["k"] == nil, "subscript on a non-object is nil")
        #expect([JSONValue.null, .bool(true), .number("1"), .string(""), .array([]), .object([])].map(\.kindName)
                == ["null", "a boolean", "a number", "a string", "an array", "an object"])
    }
}
