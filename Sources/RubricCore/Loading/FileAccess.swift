/// The only way the core touches files: reading reports, schemes and scripts, and writing saves and exports.
///
/// The executable supplies the real implementation (writes go to a temporary file that is then renamed);
/// tests supply an in-memory one. Scripts therefore cannot reach files except through `load`, `save`,
/// `export` and `use scheme`.
public protocol FileAccess: AnyObject {
    /// The file's text (UTF-8).
    func read(_ path: String) throws(FileAccessError) -> String
    /// True when a file exists at `path`.
    func exists(_ path: String) -> Bool
    /// Writes `text` to `path` atomically; refuses to replace an existing file unless `overwrite` is true.
    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError)
}

/// Why a file could not be read or written.
public enum FileAccessError: Error, Equatable, Sendable {
    case notFound(String)
    case exists(String)
    case unreadable(String, String)
    case unwritable(String, String)
    /// Bytes that are not text in any encoding tried: the text as far as it reads, and the UTF-8 offset of the first bad byte.
    case notText(String, String, text: String, offset: Int)

    public var message: String {
        switch self {
        case .notFound(let p): return "no such file '\(p)'"
        case .exists(let p): return "'\(p)' already exists"
        case .unreadable(let p, let why): return "cannot read '\(p)': \(why)"
        case .unwritable(let p, let why): return "cannot write '\(p)': \(why)"
        case .notText(let p, let why, _, _): return "cannot read '\(p)': \(why)"
        }
    }

    /// The error as a diagnostic, at the first bad byte when the file is not text.
    public var diagnostic: Diagnostic {
        if case .notText(let p, let why, let text, let offset) = self {
            return Diagnostic(phase: .io, "cannot read this file: \(why)", file: SourceFile(name: p, text: text), span: SourceSpan(offset, offset + 1))
        }
        return Diagnostic(phase: .io, message)
    }
}

/// Loads a report by file type: native YAML (`.yaml`, `.yml`) or a 自评表 table (`.tsv`, `.txt`, `.csv`).
public enum ReportFiles {
    /// The loaded report and any warnings (placeholder names, …).
    public static func load(_ path: String, files: FileAccess) throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        let text: String
        do { text = try files.read(path) } catch {
            throw error.diagnostic
        }
        return try load(path, text: text)
    }

    /// A report from a file's text, by the file's type.
    public static func load(_ path: String, text: String) throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        let file = SourceFile(name: path, text: text)
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            return (try ReportLoader.load(file), [])
        }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") || lower.hasSuffix(".csv") {
            return try TableImporter.load(file)
        }
        throw Diagnostic(phase: .load, "cannot tell the format of '\(path)'", file: nil,
                         hint: "reports are .yaml (native) or .tsv/.txt/.csv (自评表 table)")
    }

    /// Where a report file's top-level `scheme:` value stands (UTF-8 offsets).
    static func schemeValueSpan(_ text: String) -> SourceSpan? {
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("scheme:") {
                let value = line.dropFirst("scheme:".count).drop { $0 == " " }
                let start = offset + line.utf8.count - value.utf8.count
                return SourceSpan(start, start + max(1, value.utf8.count))
            }
            offset += line.utf8.count + 1
        }
        return nil
    }

    /// The report scored under its scheme (or `schemeOverride`, a built-in id or a path).
    public static func score(_ report: Report, path: String, schemeOverride: String? = nil, files: FileAccess) throws(Diagnostic) -> ScoredReport {
        let name = schemeOverride ?? report.scheme
        let scheme: Scheme
        do {
            scheme = try SchemeLoader.resolve(name, relativeTo: schemeOverride == nil ? path : nil) { p in try files.read(p) }
        } catch {
            // The report names a scheme that cannot be found: point at its `scheme:` line.
            var e = error
            if e.file == nil, schemeOverride == nil, let text = try? files.read(path), let span = schemeValueSpan(text) {
                e.file = SourceFile(name: path, text: text); e.span = span
            }
            throw e
        }
        return ScoredReport(report: report, scheme: scheme)
    }
}
