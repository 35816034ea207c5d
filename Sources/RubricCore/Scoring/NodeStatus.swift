/// How a node's computed score came about: by its rule, as published because an input is missing, or not at all.
public enum NodeStatus: Sendable, Equatable {
    /// Scored by its rule (or, for a parent, the sum of its children).
    case computed
    /// The rule's inputs are incomplete; the published score stands in (the reason says which input).
    case asPublished(RuleError)
    /// The rule's inputs are incomplete; a score entered by the user stands in (a what-if override).
    case entered(RuleError)
    /// The rule failed and there is no published score to fall back on; the node counts 0.
    case failed(RuleError)
    /// The rule lacks an input, nothing stands in, and the source says it gives no score (`published: not-given`):
    /// the node counts 0 and every total above it is partial.
    case notGiven(RuleError)
    /// The rule's score lay outside [0, weight] and was clamped.
    case clamped(from: ExactDecimal)

    /// Why the rule could not score the node, when it could not.
    public var reason: String? {
        switch self {
        case .asPublished(let e), .entered(let e), .failed(let e), .notGiven(let e): return e.message
        default: return nil
        }
    }

    /// True for ``notGiven(_:)``: the node counts 0 because the source gives no score.
    public var isNotGiven: Bool {
        if case .notGiven = self { return true }
        return false
    }

    /// A short word for tables: "" for computed.
    /// The status as scripts compare it (`X.status == "as published"`): the same in every interface language.
    public var id: String {
        switch self {
        case .computed: return "computed"
        case .asPublished: return "as published"
        case .entered: return "entered"
        case .failed: return "failed"
        case .notGiven: return "not given"
        case .clamped: return "clamped"
        }
    }

    public var marker: String {
        switch self {
        case .computed: return ""
        case .asPublished: return Message.markerAsPublished.text()
        case .entered: return Message.markerEntered.text()
        case .failed: return Message.markerFailed.text()
        case .notGiven: return Message.notGiven.text()
        case .clamped: return Message.markerClamped.text()
        }
    }
}
