import SellerCore
import Testing

/// What a state machine should do with one (action, state) pair: move to a state, or refuse.
enum Expected<State: Equatable & Sendable>: Equatable, Sendable {
    case to(State)
    case refused
}

/// Runs one transition and compares it with `expected`; a refusal must be a `TransitionError` carrying `code`,
/// the state's label, the action's name and a non-empty reason.
func check<State: Equatable & Sendable>(
    _ expected: Expected<State>, code: String, stateLabel: String, actionName: String,
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> State
) {
    do {
        let actual = try body()
        if expected != .to(actual) {
            Issue.record("\(actionName) @ \(stateLabel): expected \(expected), got \(actual)", sourceLocation: sourceLocation)
        }
    } catch {
        guard let error = error as? TransitionError else {
            Issue.record("not a TransitionError: \(error)", sourceLocation: sourceLocation)
            return
        }
        guard expected == .refused else {
            Issue.record("\(actionName) @ \(stateLabel): expected \(expected), refused: \(error)",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(error.code == code, sourceLocation: sourceLocation)
        #expect(error.state == stateLabel, sourceLocation: sourceLocation)
        #expect(error.action == actionName, sourceLocation: sourceLocation)
        #expect(!error.reason.isEmpty, sourceLocation: sourceLocation)
        #expect(error.description == "\(actionName) is not allowed in state \(stateLabel): \(error.reason)",
                sourceLocation: sourceLocation)
    }
}

/// The reason of the refusal `body` throws, or nil (with a recorded failure) when it succeeds.
func refusal<T>(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> T) -> String? {
    do {
        let value = try body()
        Issue.record("expected a refusal, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch let error as TransitionError {
        return error.reason
    } catch {
        Issue.record("not a TransitionError: \(error)", sourceLocation: sourceLocation)
        return nil
    }
}
