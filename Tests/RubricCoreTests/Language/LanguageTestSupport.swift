import Testing
@testable import RubricCore

/// Source text with its `1️⃣ 2️⃣ 3️⃣` markers removed, and the UTF-8 offset where each marker stood.
struct MarkedSource {
    let text: String
    let markers: [Int]

    init(_ marked: String) {
        let symbols: [Character] = ["1️⃣", "2️⃣", "3️⃣"]
        var out = ""
        var markers: [Int] = []
        for ch in marked {
            if symbols.contains(ch) { markers.append(out.utf8.count) } else { out.append(ch) }
        }
        self.text = out
        self.markers = markers
    }
}

/// Parses `marked` and expects `message` at the `1️⃣` marker; returns the diagnostic for more checks.
@discardableResult
func expectDiagnostic(_ marked: String, _ message: LanguageMessage, expression: Bool = false,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let source = MarkedSource(marked)
    let file = SourceFile(name: "<test>", text: source.text)
    do {
        if expression { _ = try Parser.parseExpression(file) } else { _ = try Parser.parse(file) }
        Issue.record("expected \(message.id) but parsing succeeded", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.message == message.message, sourceLocation: sourceLocation)
        #expect(error.phase == message.phase, sourceLocation: sourceLocation)
        #expect(error.file == file, sourceLocation: sourceLocation)
        #expect(error.span?.start == source.markers.first, "span \(String(describing: error.span))", sourceLocation: sourceLocation)
        return error
    }
}

/// Shorthand builders for expected trees; spans are zero and compared after ``Expr/withoutSpans``.
enum E {
    static let z = SourceSpan(0, 0)
    static func name(_ s: String) -> Expr { Expr(.name(s), z) }
    static func num(_ s: String) -> Expr { Expr(.number(try! Quantity(parsing: s)), z) }
    static func str(_ s: String) -> Expr { Expr(.string(s), z) }
    static func path(_ p: String...) -> Expr { Expr(.path(p), z) }
    static func code(_ c: String) -> Expr { Expr(.code(c), z) }
    static func prop(_ e: Expr, _ p: String) -> Expr { Expr(.property(e, Identifier(p, z)), z) }
    static func call(_ f: String, _ args: Expr...) -> Expr { Expr(.call(Identifier(f, z), args), z) }
    static func bin(_ op: BinaryOperator, _ l: Expr, _ r: Expr) -> Expr { Expr(.binary(op, l, r), z) }
    static func neg(_ e: Expr) -> Expr { Expr(.unary(.negate, e), z) }
    static func not(_ e: Expr) -> Expr { Expr(.unary(.not, e), z) }
    static func list(_ items: Expr...) -> Expr { Expr(.list(items), z) }
    static func bool(_ b: Bool) -> Expr { Expr(.bool(b), z) }
    static func arg(_ t: String, quoted: Bool = false) -> CommandArgument { CommandArgument(t, z, isQuoted: quoted) }
    static func id(_ t: String) -> Identifier { Identifier(t, z) }
}

/// The statement kinds of `text`, with spans reset.
func kinds(_ text: String) throws -> [Statement.Kind] {
    try Parser.parse(text).statements.map { $0.withoutSpans.kind }
}

/// The one statement kind of `text`, with spans reset.
func kind(_ text: String) throws -> Statement.Kind? {
    try kinds(text).first
}

/// The expression `text`, with spans reset.
func expr(_ text: String) throws -> Expr {
    try Parser.parseExpression(text).withoutSpans
}

extension Identifier {
    var withoutSpans: Identifier { Identifier(text, E.z) }
}

extension CommandArgument {
    var withoutSpans: CommandArgument { CommandArgument(text, E.z, isQuoted: isQuoted) }
}

extension Expr {
    /// The same tree with every span reset to `0..<0`.
    var withoutSpans: Expr {
        let k: Kind
        switch kind {
        case .number, .string, .bool, .name, .path, .code: k = kind
        case .list(let items): k = .list(items.map(\.withoutSpans))
        case .property(let e, let p): k = .property(e.withoutSpans, p.withoutSpans)
        case .call(let f, let args): k = .call(f.withoutSpans, args.map(\.withoutSpans))
        case .unary(let op, let e): k = .unary(op, e.withoutSpans)
        case .binary(let op, let l, let r): k = .binary(op, l.withoutSpans, r.withoutSpans)
        }
        return Expr(k, E.z)
    }
}

extension Statement {
    /// The same statement with every span reset to `0..<0`.
    var withoutSpans: Statement {
        let k: Kind
        switch kind {
        case .expression(let e): k = .expression(e.withoutSpans)
        case .binding(let n, let v): k = .binding(name: n.withoutSpans, value: v.withoutSpans)
        case .assignment(let t, let op, let v): k = .assignment(target: t.withoutSpans, op: op, value: v.withoutSpans)
        case .print(let es): k = .print(es.map(\.withoutSpans))
        case .assert(let e, let m): k = .assert(e.withoutSpans, message: m?.withoutSpans)
        case .show(let e): k = .show(e?.withoutSpans)
        case .leaves(let e): k = .leaves(where: e?.withoutSpans)
        case .listTargets(let e): k = .listTargets(of: e?.withoutSpans)
        case .load(let f): k = .load(file: f.withoutSpans)
        case .useScheme(let f): k = .useScheme(file: f.withoutSpans)
        case .save(let f, let force): k = .save(file: f?.withoutSpans, force: force)
        case .export(let fmt, let f, let force): k = .export(format: fmt, file: f.withoutSpans, force: force)
        case .help(let t): k = .help(topic: t?.withoutSpans)
        case .scenario(let n, let f): k = .scenario(name: n.withoutSpans, from: f?.withoutSpans)
        case .use(let n): k = .use(name: n.withoutSpans)
        case .drop(let n): k = .drop(name: n.withoutSpans)
        case .setLanguage(let v): k = .setLanguage(v.withoutSpans)
        case .reset(let e): k = .reset(e?.withoutSpans)
        case .compare(let ns, let all): k = .compare(ns.map(\.withoutSpans), all: all)
        case .saveScenario(let n, let f, let force): k = .saveScenario(name: n.withoutSpans, file: f.withoutSpans, force: force)
        case .saveSession(let f, let force): k = .saveSession(file: f.withoutSpans, force: force)
        case .seek(let t, let g): k = .seek(target: t.withoutSpans, goal: g.withoutSpans)
        case .sweep(let axes, let show):
            k = .sweep(axes.map {
                SweepAxis(target: $0.target.withoutSpans, from: $0.from.withoutSpans, to: $0.to.withoutSpans,
                          step: $0.step.withoutSpans, span: E.z)
            }, show: show.map(\.withoutSpans))
        case .explain(let e): k = .explain(e.withoutSpans)
        case .check, .scenarios, .changes, .undo, .redo, .diff, .impact, .tutorial, .quit: k = kind
        }
        return Statement(k, E.z)
    }
}
