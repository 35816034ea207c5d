/// Reading and writing exact decimals as text: grouping commas, full-width digits, fixed places.
extension ExactDecimal: CustomStringConvertible {
    /// Parses a plain number as users type it and tables print it: `1,073.13`, `-0.4`, `９４.９１`.
    ///
    /// Grouping commas must separate groups of three digits. Units and percent signs are read by
    /// ``Quantity/init(parsing:)``, not here.
    public init(parsing text: String) throws(DecimalError) {
        // The common case — ASCII digits, grouping commas, a point, at most 18 digits — read straight from the bytes.
        var t = text
        if let fast = t.withUTF8({ ExactDecimal.parsedFast($0) }) { self = fast; return }
        let chars = Array(NumberText.normalize(text).trimmingSpaces())
        var i = 0
        var negative = false
        if i < chars.count, chars[i] == "-" || chars[i] == "+" { negative = chars[i] == "-"; i += 1 }
        var digits: [UInt8] = []
        var fraction = 0
        var seenPoint = false
        var groupRun = 0
        var sawGrouping = false
        var intDigits = 0
        while i < chars.count {
            let c = chars[i]
            if let d = c.wholeNumberValue, c.isASCII {
                digits.append(UInt8(d))
                if seenPoint { fraction += 1 } else { intDigits += 1; groupRun += 1 }
            } else if c == "," && !seenPoint {
                // A grouping comma: the first group has 1–3 digits, later groups exactly 3.
                if intDigits == 0 || (sawGrouping && groupRun != 3) || (!sawGrouping && groupRun > 3) {
                    throw .invalidNumber(text)
                }
                sawGrouping = true
                groupRun = 0
            } else if c == "." && !seenPoint {
                if sawGrouping && groupRun != 3 { throw .invalidNumber(text) }
                seenPoint = true
            } else {
                throw .invalidNumber(text)
            }
            i += 1
        }
        if !seenPoint && sawGrouping && groupRun != 3 { throw .invalidNumber(text) }
        if digits.isEmpty { throw .invalidNumber(text) }
        // Drop fractional digits beyond maxScale only if they are zeros.
        while fraction > Int(ExactDecimal.maxScale) {
            if digits.last != 0 { throw .precisionExceeded }
            digits.removeLast(); fraction -= 1
        }
        var value: Int64 = 0
        for d in digits {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(d))
            if o1 || o2 { throw .overflow }
            value = s
        }
        self.init(significand: negative ? -value : value, scale: Int8(fraction))
    }

    /// `[+-]digits[,ddd…][.digits]` of at most 18 digits, read without allocating; nil for anything else (the general
    /// parser then reads it, or says what is wrong with it).
    @inline(__always)
    static func parsedFast(_ bytes: UnsafeBufferPointer<UInt8>) -> ExactDecimal? {
        guard let (d, end) = parsedPrefix(bytes), end == bytes.count else { return nil }
        return d
    }

    /// The number at the start of `bytes` (as ``parsedFast(_:)`` reads it) and where it ends, in one pass: what
    /// follows (a unit, a percent sign) is the caller's.
    @inline(__always)
    static func parsedPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> (ExactDecimal, Int)? {
        guard let start = bytes.baseAddress, bytes.count > 0, bytes.count <= 40 else { return nil }
        let end = start + bytes.count
        var p = start
        let negative = p.pointee == 0x2D
        if negative || p.pointee == 0x2B { p += 1 }
        var value: Int64 = 0
        // The whole part: digits, with grouping commas between groups of three (the first group 1–3 digits).
        let wholeStart = p
        var group = p          // where the current group of digits began
        var commas = 0
        while p < end {
            let d = p.pointee &- 0x30
            if d < 10 {
                value = value &* 10 &+ Int64(d)
                p += 1
                continue
            }
            guard d == 0xFC else { break }   // ","
            let run = p - group
            if run == 0 || run > 3 || (commas > 0 && run != 3) { return nil }
            commas &+= 1
            p += 1
            group = p
        }
        if commas > 0 && p - group != 3 { return nil }
        var digits = p - wholeStart - commas
        // The fraction.
        var fraction = 0
        if p < end && p.pointee == 0x2E {
            p += 1
            let fractionStart = p
            while p < end {
                let d = p.pointee &- 0x30
                if d >= 10 { break }
                value = value &* 10 &+ Int64(d)
                p += 1
            }
            fraction = p - fractionStart
            digits &+= fraction
        }
        guard digits > 0, digits <= 18 else { return nil }
        return (ExactDecimal(significand: negative ? -value : value, scale: Int8(truncatingIfNeeded: fraction)), p - start)
    }

    /// The value with the digits it stores (`4.7455`, `0.30`).
    public var description: String { formatted() }

    /// The value as text: `places` fixes the fractional digits (half-up), `grouping` adds thousands commas.
    public func formatted(places: Int? = nil, grouping: Bool = false) -> String {
        var v = self
        if let p = places { v = v.rounded(places: p).padded(places: p) }
        if !grouping { return v.plainText }
        let negative = v.significand < 0
        var digits = String(v.significand.magnitude)
        let sc = Int(v.scale)
        if digits.count <= sc { digits = String(repeating: "0", count: sc - digits.count + 1) + digits }
        let intPart = String(digits.prefix(digits.count - sc))
        let fracPart = String(digits.suffix(sc))
        var head = intPart
        if grouping && intPart.count > 3 {
            var out: [Character] = []
            for (n, c) in intPart.reversed().enumerated() {
                if n > 0 && n % 3 == 0 { out.append(",") }
                out.append(c)
            }
            head = String(out.reversed())
        }
        return (negative ? "-" : "") + head + (sc > 0 ? "." + fracPart : "")
    }

    /// The digits with the point, written straight into the string's storage (the common case of
    /// ``formatted(places:grouping:)``): `-0.05`, `91.42`, `100`.
    var plainText: String {
        String(unsafeUninitializedCapacity: 21) { buffer in writePlain(into: buffer.baseAddress!) }
    }

    /// How many digits ``plainText`` writes (a 0 before the point when needed) and its whole length (point and sign).
    var plainLength: (digits: Int, length: Int) {
        let sc = Int(scale)
        var count = 1
        var m = significand.magnitude / 10
        while m > 0 { count += 1; m /= 10 }
        let digits = max(count, sc + 1)
        return (digits, digits + (sc > 0 ? 1 : 0) + (significand < 0 ? 1 : 0))
    }

    /// Writes ``plainText``'s bytes at `out` (room for 21 bytes) and returns how many.
    func writePlain(into out: UnsafeMutablePointer<UInt8>) -> Int {
        let sc = Int(scale)
        let magnitude = significand.magnitude
        if magnitude < 100_000 && sc <= 4 {
            // The common figure (a score, a weight, a few digits): the fraction's digits, the point, then the whole
            // part's, written right to left with no test per digit.
            let negative = significand < 0
            let count = magnitude < 10 ? 1 : magnitude < 100 ? 2 : magnitude < 1_000 ? 3 : magnitude < 10_000 ? 4 : 5
            let whole = max(count &- sc, 1)
            let length = (negative ? 1 : 0) &+ whole &+ (sc > 0 ? sc &+ 1 : 0)
            var rest = UInt32(truncatingIfNeeded: magnitude)
            var at = length &- 1
            for _ in 0..<sc { out[at] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30; rest /= 10; at &-= 1 }
            if sc > 0 { out[at] = 0x2E; at &-= 1 }
            let first = negative ? 1 : 0
            repeat { out[at] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30; rest /= 10; at &-= 1 } while at >= first
            if negative { out[0] = 0x2D }
            return length
        }
        let (digits, length) = plainLength

        var at = length - 1
        var rest = magnitude
        for k in 0..<digits {
            if k == sc && sc > 0 { out[at] = 0x2E; at -= 1 }
            out[at] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
            rest /= 10
            at -= 1
        }
        if significand < 0 { out[0] = 0x2D }
        return length
    }

    /// Text with at most `maxPlaces` fractional digits and no trailing zeros (`4.7455`, `10`); an ellipsis marks lost digits.
    public func shortText(maxPlaces: Int = 6, grouping: Bool = false) -> String {
        // Nothing to round: the digits as they are, trailing zeros dropped.
        if Int(scale) <= maxPlaces && !grouping { return normalized.plainText }
        let r = rounded(places: maxPlaces)
        let lost = r != self
        let text = r.normalized.formatted(grouping: grouping)
        return lost ? text + "…" : text
    }
}

/// Normalises what users type: full-width digits and signs, the ideographic space, minus signs.
enum NumberText {
    static func normalize(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: out.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: out.append(".")     // ．
            case 0xFF0C: out.append(",")     // ，
            case 0xFF05: out.append("%")     // ％
            case 0xFF0D, 0x2212: out.append("-")  // － −
            case 0xFF0B: out.append("+")     // ＋
            case 0x3000: out.append(" ")     // ideographic space
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing ASCII spaces and tabs.
    func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return s
    }
}

extension ExactDecimal {
    /// `self − other` as the two figures are shown at `places` (each rounded half-up first), so that a difference
    /// printed beside them adds up (`91.42 (published 91.41, Δ +0.01)`); nil when it does not fit.
    @inline(__always)
    public func shownDifference(from other: ExactDecimal, places: Int) -> ExactDecimal? {
        let a = Int(scale) <= places ? self : rounded(places: places)
        let b = Int(other.scale) <= places ? other : other.rounded(places: places)
        return a == b ? .zero : try? a - b
    }
}
