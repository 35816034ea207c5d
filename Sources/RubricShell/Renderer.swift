import RubricCore

/// Turns session outputs into terminal text, the same in the shell and in batch mode (batch: no colour).
struct Renderer {
    /// Where a piece of rendered text goes.
    enum Stream: Equatable { case stdout, stderr }

    /// One rendered output.
    struct Chunk: Equatable {
        var stream: Stream
        var text: String
    }

    /// Colour or plain.
    var style: Style
    /// The terminal width tables are fitted to and prose is wrapped to; nil (batch) never cuts or wraps.
    var width: Int? = nil

    /// Each output rendered, in order: tables aligned, deltas compact, diagnostics to stderr.
    func render(_ outputs: [Output]) -> [Chunk] {
        outputs.map(render)
    }

    /// One output rendered.
    func render(_ output: Output) -> Chunk {
        switch output {
        case .text(let text), .document(let text):
            // On a terminal, prose is wrapped to its width (by display columns, with hanging indents);
            // batch output is left as it is, so scripts and transcripts do not depend on a width.
            return Chunk(stream: .stdout, text: Self.terminated(width.map { TextWrap.wrap(text, width: $0) } ?? text))
        case .table(let table):
            return Chunk(stream: .stdout, text: TableRenderer(style: style, maxWidth: width).render(table))
        case .delta(let delta):
            return Chunk(stream: .stdout, text: DeltaRenderer(style: style).render(delta))
        case .diagnostic(let diagnostic):
            let text = diagnostic.rendered(style: style.colour ? .ansi : .plain)
            return Chunk(stream: .stderr, text: Self.terminated(text))
        }
    }

    /// `text` ending in exactly one line break (empty text stays empty).
    static func terminated(_ text: String) -> String {
        if text.isEmpty || text.hasSuffix("\n") { return text }
        return text + "\n"
    }
}

/// Renders outputs for batch (non-TTY) mode: no colour, no pager; the same text as the shell shows.
public func renderForBatch(_ outputs: [Output]) -> (stdout: String, stderr: String) {
    var out = "", err = ""
    for chunk in Renderer(style: Style(colour: false)).render(outputs) {
        switch chunk.stream {
        case .stdout: out += chunk.text
        case .stderr: err += chunk.text
        }
    }
    return (out, err)
}

/// A table as plain aligned text (no colour, no width limit): for commands that print one table, such as `rubric score`.
public func renderTable(_ table: Table) -> String {
    TableRenderer(style: Style(colour: false)).render(table)
}

/// The score table of `scored` (as ``renderTable(_:)`` prints ``ScoreTable/tree(_:root:includeTargets:)``), made row by
/// row as it is written: no cell becomes a string and no row is kept (`rubric score` of 100,000 leaves).
public func writeScoreTable(_ scored: ScoredReport, includeTargets: Bool, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
    TableRenderer(style: Style(colour: false)).write(columns: ScoreRows.columns.map { $0.text() }, alignments: ScoreRows.alignments,
                                                     title: nil, footer: ScoreTable.summary(scored),
                                                     rows: ScoreRows(scored, includeTargets: includeTargets), to: sink)
}
