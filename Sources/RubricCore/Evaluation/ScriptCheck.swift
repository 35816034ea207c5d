/// Checking a script before it runs: a rehearsal on a copy of the session, so a script that cannot be resolved runs nothing.
///
/// The rehearsal runs every statement on a copy of the session whose files are an ``OverlayFiles`` (writes stay in
/// memory, so a later `load` of a file the script saved still works and nothing reaches the disk). Sweeps, seeks and
/// impact only resolve what they read. A failed `assert` is not an error here: it is the script's result and is
/// reported when the script really runs. Any other error stops the real run before its first statement.
extension Session {
    /// The errors a rehearsal of `program` meets (the first only, unless ``keepGoing``), or none.
    func rehearse(_ program: Program, file: SourceFile) -> [Diagnostic] {
        let copy = Session(files: OverlayFiles(files), arguments: arguments)
        copy.workspace = workspace
        copy.reportPath = reportPath
        copy.variables = variables
        copy.checkingOnly = true
        copy.loadCache = loadCache
        var errors: [Diagnostic] = []
        var discarded: [Output] = []
        for statement in program.statements {
            if copy.wantsToQuit { break }
            do { try copy.execute(statement, file: file, into: &discarded) } catch {
                if error.phase == .assertion { continue }
                errors.append(error)
                if !keepGoing { break }
            }
            discarded.removeAll(keepingCapacity: true)
        }
        // What the rehearsal loaded is loaded again by the real run: keep the parsed reports.
        loadCache = copy.loadCache
        return errors
    }
}

/// Files seen through an in-memory layer: reads see what was written, writes never reach the files below.
public final class OverlayFiles: FileAccess {
    let below: FileAccess
    var written: [String: String] = [:]

    public init(_ below: FileAccess) { self.below = below }

    public func read(_ path: String) throws(FileAccessError) -> String {
        if let t = written[path] { return t }
        return try below.read(path)
    }

    public func exists(_ path: String) -> Bool { written[path] != nil || below.exists(path) }

    public func absolute(_ path: String) -> String { below.absolute(path) }

    public func readBytes(_ path: String) throws(FileAccessError) -> [UInt8] {
        if let t = written[path] { return Array(t.utf8) }
        return try below.readBytes(path)
    }

    public func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) {
        if !overwrite && exists(path) { throw .exists(path) }
        written[path] = text
    }

    public func writeBytes(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileAccessError) {
        if !overwrite && exists(path) { throw .exists(path) }
        written[path] = String(decoding: bytes, as: UTF8.self)
    }
}
