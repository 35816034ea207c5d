/// Limits checked on a YAML text before the parser sees it: Yams recurses once per nesting level and expands
/// aliases, so a small hostile file could overflow the stack (`[[[[…`) or grow without bound ("billion laughs").
///
/// Reports and schemes never need aliases and nest a few levels deep, so the guard refuses any alias (`*name`)
/// and any node nested deeper than ``maxDepth``, with the place in the file.
enum YAMLGuard {
    /// Deeper than any report or scheme (indicator trees are about 8 levels of YAML) and far below what overflows.
    static let maxDepth = 64
    /// Columns of indentation a block node may start at.
    static let maxIndent = 4 * maxDepth

    static func check(_ file: SourceFile) throws(Diagnostic) {
        var text = file.text
        if let problem = text.withUTF8({ scan($0, file: file) }) { throw problem }
    }

    /// The first limit the text breaks, read straight from its bytes.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: SourceFile) -> Diagnostic? {
        var flowDepth = 0
        var quote: UInt8? = nil          // the open quote (' or "), across lines for flow and quoted scalars
        var blockScalarIndent: Int? = nil // inside a | or > block: lines indented deeper than this are text
        var offset = 0
        func refuse(_ message: Message, _ arg: String? = nil, at i: Int, hint: Message) -> Diagnostic {
            var d = Diagnostic(phase: .load, message.text(arg.map { [$0] } ?? []), file: file, span: SourceSpan(i, min(bytes.count, i + 1)), hint: hint.text())
            d.id = message.id
            return d
        }
        while offset < bytes.count {
            var end = offset
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            // Indentation of the line.
            var i = offset
            while i < end && bytes[i] == 0x20 { i += 1 }
            let indent = i - offset
            let blank = i == end || bytes[i] == 0x23 || bytes[i] == 0x0D
            if let b = blockScalarIndent, quote == nil {
                if blank || indent > b { offset = end + 1; continue }
                blockScalarIndent = nil
            }
            if quote == nil && flowDepth == 0 && !blank {
                // Compact nesting on one line (`- - - x`, `a: b: c`) counts like indentation.
                var j = i, levels = indent
                while j + 1 < end, bytes[j] == 0x2D || bytes[j] == 0x3F, bytes[j + 1] == 0x20 { levels += 2; j += 2; while j < end && bytes[j] == 0x20 { j += 1 } }
                if levels > maxIndent {
                    return refuse(.yamlNestedIndent, String(levels), at: i, hint: .yamlNotAReport)
                }
            }
            var atNodeStart = true
            var last: UInt8 = 0x20
            while i < end {
                let c = bytes[i]
                if let q = quote {
                    if c == q {
                        if q == 0x27, i + 1 < end, bytes[i + 1] == 0x27 { i += 2; continue }   // '' inside '…'
                        quote = nil
                        atNodeStart = false
                    } else if c == 0x5C, q == 0x22 { i += 1 }                                // \x inside "…"
                    i += 1
                    continue
                }
                switch c {
                case 0x23 where last == 0x20 || last == 0x09:   // a comment runs to the end of the line
                    i = end
                    continue
                case 0x22 where atNodeStart, 0x27 where atNodeStart:
                    quote = c
                case 0x5B where atNodeStart || flowDepth > 0, 0x7B where atNodeStart || flowDepth > 0:
                    flowDepth += 1
                    if flowDepth > maxDepth {
                        return refuse(.yamlNestedLevels, String(maxDepth), at: i, hint: .yamlNotAReport)
                    }
                    atNodeStart = true
                case 0x5D where flowDepth > 0, 0x7D where flowDepth > 0:
                    flowDepth -= 1
                    atNodeStart = false
                case 0x2A where atNodeStart:
                    return refuse(.yamlNoAliases, at: i, hint: .yamlWriteValueOut)
                case 0x7C where atNodeStart && flowDepth == 0, 0x3E where atNodeStart && flowDepth == 0:
                    blockScalarIndent = indent
                    i = end
                    continue
                case 0x2C where flowDepth > 0:
                    atNodeStart = true
                case 0x20, 0x09:
                    // After `- `, `: `, `? ` a node starts.
                    if last == 0x2D || last == 0x3A || last == 0x3F { atNodeStart = true }
                case 0x2D, 0x3A, 0x3F:
                    // `-`, `:`, `?` only start a node when a blank follows; otherwise they are text.
                    let next = i + 1 < end ? bytes[i + 1] : 0x20
                    if next != 0x20 && next != 0x09 && next != 0x0D { atNodeStart = false }
                case 0x26 where atNodeStart, 0x21 where atNodeStart:
                    // An anchor (&a) or tag (!t) comes before the node itself.
                    while i + 1 < end && bytes[i + 1] != 0x20 { i += 1 }
                case 0x0D:
                    break
                default:
                    atNodeStart = false
                }
                last = c
                i += 1
            }
            offset = end + 1
        }
        return nil
    }
}
