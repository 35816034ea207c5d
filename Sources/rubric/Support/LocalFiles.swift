import Foundation
import RubricCore

/// Real files: reads UTF-8; writes through a temporary file in the target's directory, fsynced, renamed into place.
///
/// A write keeps the replaced file's mode, writes through a symbolic link to its target (the link stays a link),
/// fsyncs the file and its directory before and after the rename, and removes temporary files left by a
/// process that was killed mid-save (`.NAME.PID.tmp` whose PID is gone).
final class LocalFiles: FileAccess, DirectoryListing, @unchecked Sendable {
    func read(_ path: String) throws(FileAccessError) -> String {
        switch TextDecoding.decode(try readBytes(path), name: path) {
        case .success(let decoded): return decoded.text
        case .failure(let why): throw why
        }
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    func readBytes(_ path: String) throws(FileAccessError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        if isDirectory(path) { throw .unreadable(path, Message.isAFolder.text(path)) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, Message.permissionDenied.text()) }
        return [UInt8](data)
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    func list(directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.map { name in
            var isDir: ObjCBool = false
            let full = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            return FileManager.default.fileExists(atPath: full, isDirectory: &isDir) && isDir.boolValue ? name + "/" : name
        }
    }

    func write(_ text: String, to path: String, overwrite: Bool) throws(FileAccessError) {
        try writeBytes(Array(text.utf8), to: path, overwrite: overwrite)
    }

    func writeBytes(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(FileAccessError) {
        if !overwrite && exists(path) { throw .exists(path) }
        let target = Self.followingLinks(path)
        let url = URL(fileURLWithPath: target)
        let dir = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        Self.removeStaleTemporaries(in: dir, for: name)
        let tmp = (dir as NSString).appendingPathComponent(".\(name).\(getpid()).tmp")
        var existing = stat()
        let replacing = stat(target, &existing) == 0
        let mode: mode_t = replacing ? existing.st_mode & 0o7777 : 0o666 & ~Self.umaskValue
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw .unwritable(path, String(cString: strerror(errno))) }
        var ok = true
        var why = ""
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; ok = false; why = String(cString: strerror(errno)); break }
            written += n
        }
        if ok && replacing { _ = fchmod(fd, mode) }
        if ok && fsync(fd) != 0 { ok = false; why = String(cString: strerror(errno)) }
        close(fd)
        guard ok else { unlink(tmp); throw .unwritable(path, why) }
        if overwrite && replacing {
            if rename(tmp, target) != 0 { let e = String(cString: strerror(errno)); unlink(tmp); throw .unwritable(path, e) }
        } else {
            // link() refuses to replace a file that appeared meanwhile; then the temporary name goes.
            if link(tmp, target) != 0 {
                let code = errno
                unlink(tmp)
                throw code == EEXIST ? FileAccessError.exists(path) : FileAccessError.unwritable(path, String(cString: strerror(code)))
            }
            unlink(tmp)
        }
        Self.syncDirectory(dir)
    }

    // MARK: Implementation

    /// The file a path names once symbolic links are followed (a dangling link names its target, which is created).
    static func followingLinks(_ path: String) -> String {
        var p = path
        for _ in 0..<32 {
            guard let dest = try? FileManager.default.destinationOfSymbolicLink(atPath: p) else { return p }
            p = dest.hasPrefix("/") ? dest : ((p as NSString).deletingLastPathComponent as NSString).appendingPathComponent(dest)
        }
        return p
    }

    static let umaskValue: mode_t = {
        let m = umask(0)
        umask(m)
        return m
    }()

    /// Removes `.NAME.PID.tmp` files left by processes that no longer run.
    static func removeStaleTemporaries(in dir: String, for name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        let prefix = ".\(name)."
        for e in entries where e.hasPrefix(prefix) && e.hasSuffix(".tmp") {
            let middle = e.dropFirst(prefix.count).dropLast(4)
            guard let pid = pid_t(middle), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink((dir as NSString).appendingPathComponent(e)) }
        }
    }

    static func syncDirectory(_ dir: String) {
        let fd = open(dir.isEmpty ? "." : dir, O_RDONLY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
