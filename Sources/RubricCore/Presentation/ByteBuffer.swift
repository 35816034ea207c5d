/// A growable byte buffer written through a pointer: an append is a bounds check and a copy. It is freed by
/// ``deallocate()``, once, by whoever made it (a table's writer, a row of cells).
public struct ByteBuffer {
    @usableFromInline var storage: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    public var count: Int { stored }
    @usableFromInline var stored = 0

    @inlinable
    public init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    public func deallocate() { storage.deallocate() }

    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        guard stored + extra > capacity else { return }
        let bigger = max(capacity * 2, stored + extra)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        fresh.update(from: storage, count: stored)
        storage.deallocate()
        storage = fresh
        capacity = bigger
    }

    @inlinable @inline(__always)
    public mutating func append(byte: UInt8) {
        reserve(1)
        storage[stored] = byte
        stored += 1
    }

    @inlinable
    public mutating func append(_ text: String) {
        var t = text
        t.withUTF8 { append($0) }
    }

    @inlinable @inline(__always)
    public mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        reserve(n)
        guard let base = b.baseAddress else { return }
        if n >= 8 && n <= 16 {
            // A short cell (a number, a code): two overlapping eight-byte words rather than a call to memcpy.
            let from = UnsafeRawPointer(base), to = UnsafeMutableRawPointer(storage + stored)
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
        } else {
            (storage + stored).update(from: base, count: n)
        }
        stored += n
    }

    @inlinable @inline(__always)
    public mutating func appendSpaces(_ n: Int) {
        guard n > 0 else { return }
        // Padding is stored eight blanks at a time (up to seven more are written past the end, inside the buffer,
        // and overwritten by what follows): cheaper than memset for a few dozen.
        reserve(n &+ 8)
        let raw = UnsafeMutableRawPointer(storage + stored)
        var k = 0
        while k < n { raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: k, as: UInt64.self); k &+= 8 }
        stored += n
    }

    /// Drops blanks at the end (of the line being written).
    @inlinable
    public mutating func dropTrailingSpaces() {
        while stored > 0 && storage[stored - 1] == 0x20 { stored -= 1 }
    }

    /// Hands what is written to `sink` and starts again.
    @inlinable
    public mutating func flush(to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        sink(UnsafeBufferPointer(start: storage, count: stored))
        stored = 0
    }

    /// Room for `n` more bytes, written in place and then kept with ``advance(_:)``.
    @inline(__always)
    mutating func space(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        reserve(n)
        return storage + stored
    }

    /// Keeps `n` bytes written at ``space(_:)``.
    @inline(__always)
    mutating func advance(_ n: Int) { stored += n }

    /// The bytes from `start` up to `end`.
    func bytes(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + start, count: end - start)
    }

    /// Forgets what is written; the storage is kept.
    mutating func removeAll() { stored = 0 }
}
