import Foundation
import RubricCore

/// Real files: reads UTF-8, writes through a temporary file in the same directory and renames it into place.
final class LocalFiles: FileAccess {
    func read(_ path: String) throws(FileAccessError) -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, "permission denied") }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(path, "not UTF-8 text") }
        return text
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) {
        if !overwrite && exists(path) { throw .exists(path) }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: tmp, options: [.withoutOverwriting])
            if overwrite && exists(path) {
                if rename(tmp.path, path) != 0 { throw FileAccessError.unwritable(path, String(cString: strerror(errno))) }
            } else {
                // link() refuses to replace a file that appeared meanwhile; then the temp name goes.
                if link(tmp.path, path) != 0 {
                    let why = String(cString: strerror(errno))
                    try? FileManager.default.removeItem(at: tmp)
                    throw errno == EEXIST ? FileAccessError.exists(path) : FileAccessError.unwritable(path, why)
                }
                try? FileManager.default.removeItem(at: tmp)
            }
        } catch let e as FileAccessError {
            try? FileManager.default.removeItem(at: tmp)
            throw e
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw .unwritable(path, error.localizedDescription)
        }
    }
}
