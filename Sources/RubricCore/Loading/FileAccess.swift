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

    public var message: String {
        switch self {
        case .notFound(let p): return "no such file '\(p)'"
        case .exists(let p): return "'\(p)' already exists"
        case .unreadable(let p, let why): return "cannot read '\(p)': \(why)"
        case .unwritable(let p, let why): return "cannot write '\(p)': \(why)"
        }
    }
}

/// Loads a report by file type: native YAML (`.yaml`, `.yml`) or a 自评表 table (`.tsv`, `.txt`, `.csv`).
public enum ReportFiles {
    /// The loaded report and any warnings (placeholder names, …).
    public static func load(_ path: String, files: FileAccess) throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        let text: String
        do { text = try files.read(path) } catch {
            throw Diagnostic(phase: .io, error.message)
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

    /// The report scored under its scheme (or `schemeOverride`, a built-in id or a path).
    public static func score(_ report: Report, path: String, schemeOverride: String? = nil, files: FileAccess) throws(Diagnostic) -> ScoredReport {
        let name = schemeOverride ?? report.scheme
        let scheme = try SchemeLoader.resolve(name, relativeTo: schemeOverride == nil ? path : nil) { p in try files.read(p) }
        return ScoredReport(report: report, scheme: scheme)
    }
}
