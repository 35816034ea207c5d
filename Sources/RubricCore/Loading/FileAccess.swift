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
    /// The file's bytes (workbooks); the default reads the text.
    func readBytes(_ path: String) throws(FileAccessError) -> [UInt8]
    /// Writes bytes (a workbook) as ``write(_:to:overwrite:)`` writes text; the default refuses.
    func writeBytes(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileAccessError)
    /// The path from the file system's root. A requirement, so the real file system's answer is used through
    /// `any FileAccess` (an extension-only method was dispatched statically to the default, which returns the path).
    func absolute(_ path: String) -> String
}

extension String {
    /// The text without surrounding spaces (for header matching).
    var trimmingSpacesText: String { String(trimmingSpaces()) }
}

extension FileAccess {
    /// How a file written at `target` names `path`: relative to it, both made absolute first when only one is
    /// (`save "/tmp/x.yaml"` of a report whose scheme was found as `examples/forms/…`).
    public func relative(_ path: String, fromFileAt target: String) -> String {
        path.hasPrefix("/") == target.hasPrefix("/") ? FilePath.relative(path, fromFileAt: target)
            : FilePath.relative(absolute(path), fromFileAt: absolute(target))
    }

    public func readBytes(_ path: String) throws(FileAccessError) -> [UInt8] { Array(try read(path).utf8) }
    public func writeBytes(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileAccessError) {
        throw .unwritable(path, "binary files cannot be written here")
    }
    /// The path from the file system's root (the default: as given).
    public func absolute(_ path: String) -> String { path }
}

/// Reads the sheets of a workbook (.xlsx) as rows of cell texts; the executable supplies it (RubricWorkbook).
public protocol WorkbookReading: Sendable {
    func sheets(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [WorkbookSheet]
}

/// Writes sheets of cell texts as a workbook (.xlsx); the executable supplies it (RubricWorkbook).
public protocol WorkbookWriting: Sendable {
    /// The workbook's bytes; a cell whose text is a plain decimal is written as a number, exactly as written.
    func workbook(_ sheets: [WorkbookSheet]) throws(Diagnostic) -> [UInt8]
}

/// One sheet of a workbook: its name and its rows of cell texts (row 1 first).
public struct WorkbookSheet: Sendable, Equatable {
    public var name: String
    public var rows: [[String]]
    /// Columns (0-based) a writer keeps as text even when a cell looks like a number (编码 `1.10` is not 1.1).
    public var textColumns: Set<Int>
    public init(name: String, rows: [[String]], textColumns: Set<Int> = []) { self.name = name; self.rows = rows; self.textColumns = textColumns }
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
        case .notFound(let p): return Message.fileNotFound.text(p)
        case .exists(let p): return Message.fileExists.text(p)
        case .unreadable(let p, let why): return Message.fileUnreadable.text(p, why)
        case .unwritable(let p, let why): return Message.fileUnwritable.text(p, why)
        case .notText(let p, let why, _, _): return Message.fileUnreadable.text(p, why)
        }
    }

    /// The error as a diagnostic at `span` of `file` (the statement that named the file), its catalogue id kept.
    public func diagnostic(file: SourceFile?, span: SourceSpan?, hint: String? = nil) -> Diagnostic {
        var d = Diagnostic(phase: .io, message, file: file, span: span, hint: hint)
        d.id = diagnostic.id
        return d
    }

    /// The error as a diagnostic, at the first bad byte when the file is not text.
    public var diagnostic: Diagnostic {
        if case .notText(let p, let why, let text, let offset) = self {
            return Diagnostic(phase: .io, .cannotReadThisFile, why, file: SourceFile(name: p, text: text), span: SourceSpan(offset, offset + 1))
        }
        switch self {
        case .notFound(let p): return Diagnostic(phase: .io, .fileNotFound, p)
        case .exists(let p): return Diagnostic(phase: .io, .fileExists, p)
        case .unreadable(let p, let why), .notText(let p, let why, _, _): return Diagnostic(phase: .io, .fileUnreadable, p, why)
        case .unwritable(let p, let why): return Diagnostic(phase: .io, .fileUnwritable, p, why)
        }
    }
}

/// Loads a report by file type: native YAML (`.yaml`, `.yml`) or a 自评表 table (`.tsv`, `.txt`, `.csv`).
public enum ReportFiles {
    /// The loaded report and any warnings (placeholder names, …).
    /// Reads workbooks when the executable provides a reader (nil: an .xlsx is refused with what to do).
    nonisolated(unsafe) public static var workbooks: (any WorkbookReading)?
    /// Writes workbooks when the executable provides a writer (nil: `export xlsx` is refused).
    nonisolated(unsafe) public static var workbookWriter: (any WorkbookWriting)?

    public static func load(_ path: String, files: FileAccess, sheet: String? = nil, layout: TableLayoutFile? = nil) throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") { return try loadWorkbook(path, files: files, sheet: sheet, layout: layout) }
        let text: String
        do { text = try files.read(path) } catch {
            throw error.diagnostic
        }
        return try load(path, text: text, layout: layout)
    }

    /// Reads a layout file (`--layout FILE`).
    public static func layout(_ path: String, files: FileAccess) throws(Diagnostic) -> TableLayoutFile {
        let text: String
        do { text = try files.read(path) } catch { throw error.diagnostic }
        return try TableLayoutFile.parse(SourceFile(name: path, text: text))
    }

    /// A 自评表 from a workbook: the sheet named, else the first whose rows hold an indicator header (一级指标 …).
    static func loadWorkbook(_ path: String, files: FileAccess, sheet: String?, layout: TableLayoutFile? = nil) throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        guard let reader = workbooks else {
            throw Diagnostic(phase: .load, .workbookUnreadableHere, path, hint: .saveAsCSVUTF8)
        }
        let bytes: [UInt8]
        do { bytes = try files.readBytes(path) } catch { throw error.diagnostic }
        let sheets = try reader.sheets(bytes, path: path)
        let chosen: WorkbookSheet
        if let name = sheet {
            guard let s = sheets.first(where: { $0.name == name }) else {
                let near = NearNames.suggest(name, among: sheets.map(\.name), limit: 1)
                throw Diagnostic(phase: .load, .noSuchSheet, path, name,
                                 hint: (Message.suggestion(near).map { $0 + " " } ?? "") + Message.sheetsList.text(sheets.map(\.name).joined(separator: ", ")))
            }
            chosen = s
        } else {
            let headers = ["一级指标", "二级指标", "三级指标", "指标名称", "编码"] + (layout.map { Array($0.columns.keys) } ?? [])
            guard let s = sheets.first(where: { sh in sh.rows.contains { row in row.contains { c in headers.contains(c.trimmingSpacesText) } } }) else {
                throw Diagnostic(phase: .load, .noIndicatorSheet, path, hint: .sheetsList, sheets.map(\.name).joined(separator: ", "))
            }
            chosen = s
        }
        // A 一级/二级 name (and its 分值) merged over its rows, or repeated on each, is given once, on its first row,
        // as the table importer reads a group: the rows below it are its children.
        // Only under a published table's header (一级指标 and 二级指标 as column titles): in Rubric's own table those words
        // are values of the 类型 column, and a target under a target is not a merge (a workbook export read back with
        // its targets turned into failed leaves).
        var rows = chosen.rows
        if let h = rows.firstIndex(where: { $0.contains("一级指标") && $0.contains("二级指标") }) {
            var groupColumns: [Int] = []
            for (c, title) in rows[h].enumerated() where title == "一级指标" || title == "二级指标" {
                groupColumns.append(c)
                if c + 1 < rows[h].count, rows[h][c + 1].hasPrefix("分值") || rows[h][c + 1].hasPrefix("权重") { groupColumns.append(c + 1) }
            }
            var previous = rows[h]
            for r in (h + 1)..<rows.count {
                let original = rows[r]
                if original.first.map({ $0.hasPrefix("总分") || $0.hasPrefix("合计") }) == true { break }
                // A new 一级 starts its 二级 afresh: compare the 二级 only while the 一级 is the same.
                var sameSoFar = true
                for c in groupColumns where c < original.count {
                    let same = c < previous.count && !original[c].isEmpty && original[c] == previous[c]
                    if same && sameSoFar { rows[r][c] = "" } else if !(c < previous.count && original[c] == previous[c]) { sameSoFar = false }
                }
                previous = original
            }
        }
        // The sheet as tab-separated text, one line per row (line N is Excel row N), read by the table importer.
        let text = rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
        return try TableImporter.load(SourceFile(name: path, text: text, sheet: chosen.name), format: .tsv, layout: layout)
    }

    /// A report from a file's text, by the file's type.
    public static func load(_ path: String, text: String, layout: TableLayoutFile? = nil) throws(Diagnostic) -> (report: Report, warnings: [Diagnostic]) {
        let file = SourceFile(name: path, text: text)
        let lower = path.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            if layout != nil { throw Diagnostic(phase: .load, .layoutForReportFile, path) }
            return (try ReportLoader.load(file), [])
        }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") || lower.hasSuffix(".csv") {
            return try TableImporter.load(file, layout: layout)
        }
        throw Diagnostic(phase: .load, .unknownFileFormat, path, file: nil, hint: .reportFormats)
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
    /// The scheme file a report at `path` is scored with, as the file system sees it (nil for a built-in scheme).
    public static func schemeFile(of report: Report, path: String, schemeOverride: String? = nil) -> String? {
        let name = schemeOverride ?? report.scheme
        if BuiltinSchemes.named(name) != nil { return nil }
        return schemeOverride == nil ? FilePath.resolve(name, relativeTo: path) : name
    }

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
