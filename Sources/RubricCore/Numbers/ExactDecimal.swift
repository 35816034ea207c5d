/// An exact base-10 number (significand × 10^-scale) for money, rates and scores; never binary floating point.
///
/// `+`, `−` and `×` are exact; division is to a stated number of places with half-up rounding
/// (四舍五入). Every operation that could overflow throws a typed ``DecimalError`` instead of trapping.
public struct ExactDecimal: Sendable {
    /// The integer digits: the value is `significand × 10^-scale`.
    public let significand: Int64
    /// How many digits follow the decimal point (0 … ``maxScale``).
    public let scale: Int8

    /// The largest number of fractional digits a value keeps.
    @inlinable public static var maxScale: Int8 { 18 }

    /// Creates `significand × 10^-scale` as it is; the scale must lie in 0 … ``maxScale``.
    @inlinable
    public init(significand: Int64, scale: Int8 = 0) {
        precondition(scale >= 0 && scale <= ExactDecimal.maxScale, "scale out of range")
        self.significand = significand
        self.scale = scale
    }

    /// Creates an integral value.
    @inlinable
    public init(_ value: Int) {
        self.significand = Int64(value)
        self.scale = 0
    }

    // Computed, not stored: a stored static is a lazily initialised global checked on every use.
    @inlinable public static var zero: ExactDecimal { ExactDecimal(significand: 0, scale: 0) }
    @inlinable public static var one: ExactDecimal { ExactDecimal(significand: 1, scale: 0) }
    @inlinable public static var hundred: ExactDecimal { ExactDecimal(significand: 100, scale: 0) }

    @inlinable public var isZero: Bool { significand == 0 }
    @inlinable public var isNegative: Bool { significand < 0 }
    @inlinable public var signum: Int { significand == 0 ? 0 : (significand < 0 ? -1 : 1) }

    // MARK: Arithmetic (exact)

    /// `self + other`, exact.
    @inlinable
    public func adding(_ other: ExactDecimal) throws(DecimalError) -> ExactDecimal {
        if scale == other.scale {
            let (s, o) = significand.addingReportingOverflow(other.significand)
            if !o { return ExactDecimal(significand: s, scale: scale) }
        }
        let s = max(scale, other.scale)
        if let a = Self.widen64(self, to: s), let b = Self.widen64(other, to: s) {
            let (sum, o) = a.addingReportingOverflow(b)
            if !o { return ExactDecimal(significand: sum, scale: s) }
        }
        let a = try Self.widen(self, to: s), b = try Self.widen(other, to: s)
        let (sum, o) = a.addingReportingOverflow(b)
        if o { throw .overflow }
        return try Self.narrow(sum, scale: Int(s))
    }

    /// `self − other`, exact.
    @inlinable
    public func subtracting(_ other: ExactDecimal) throws(DecimalError) -> ExactDecimal {
        if scale == other.scale {
            let (s, o) = significand.subtractingReportingOverflow(other.significand)
            if !o { return ExactDecimal(significand: s, scale: scale) }
        }
        let s = max(scale, other.scale)
        if let a = Self.widen64(self, to: s), let b = Self.widen64(other, to: s) {
            let (diff, o) = a.subtractingReportingOverflow(b)
            if !o { return ExactDecimal(significand: diff, scale: s) }
        }
        let a = try Self.widen(self, to: s), b = try Self.widen(other, to: s)
        let (diff, o) = a.subtractingReportingOverflow(b)
        if o { throw .overflow }
        return try Self.narrow(diff, scale: Int(s))
    }

    /// `self × other`, exact (the scales add; trailing zeros are dropped when needed to fit).
    @inlinable
    public func multiplied(by other: ExactDecimal) throws(DecimalError) -> ExactDecimal {
        let s = Int(scale) + Int(other.scale)
        let (p, o) = significand.multipliedReportingOverflow(by: other.significand)
        if !o && s <= Int(Self.maxScale) { return ExactDecimal(significand: p, scale: Int8(s)) }
        let wide = Int128(significand) * Int128(other.significand)
        return try Self.narrow(wide, scale: s)
    }

    /// `self ÷ other` rounded half-up to `places` fractional digits.
    @inlinable
    public func divided(by other: ExactDecimal, places: Int) throws(DecimalError) -> ExactDecimal {
        try dividedReportingExactness(by: other, places: places).quotient
    }

    /// `self ÷ other` rounded half-up to `places` digits, and whether no digit was lost.
    public func dividedReportingExactness(by other: ExactDecimal, places: Int) throws(DecimalError) -> (quotient: ExactDecimal, exact: Bool) {
        if other.significand == 0 { throw .divisionByZero }
        guard places >= 0 && places <= Int(Self.maxScale) else { throw .precisionExceeded }
        // quotient × 10^places = a.sig × 10^(places − a.scale + b.scale) ÷ b.sig
        let k = places - Int(scale) + Int(other.scale)
        // Fast path: everything fits in 64 bits (hardware division instead of a 128-bit library call).
        if k >= 0 && k <= 18 {
            let (n, o) = significand.multipliedReportingOverflow(by: Self.pow10Int64[k])
            if !o && n != .min && other.significand != .min {
                var q = n / other.significand
                let r = n % other.significand
                let exact = r == 0
                if !exact && r.magnitude &* 2 >= other.significand.magnitude {
                    q += ((n < 0) != (other.significand < 0)) ? -1 : 1
                }
                return (ExactDecimal(significand: q, scale: Int8(places)), exact)
            }
        }
        var numerator = Int128(significand)
        var denominator = Int128(other.significand)
        if k >= 0 {
            let (n, o) = numerator.multipliedReportingOverflow(by: Self.pow10(k))
            if o { throw .overflow }
            numerator = n
        } else {
            let (d, o) = denominator.multipliedReportingOverflow(by: Self.pow10(-k))
            if o { throw .overflow }
            denominator = d
        }
        var q = numerator / denominator
        let r = numerator % denominator
        let exact = r == 0
        if !exact && r.magnitude * 2 >= denominator.magnitude {
            q += ((numerator < 0) != (denominator < 0)) ? -1 : 1
        }
        return (try Self.narrow(q, scale: places), exact)
    }

    /// The value rounded half-up (away from zero on a tie, 四舍五入) to `places` fractional digits.
    @inlinable
    public func rounded(places: Int) -> ExactDecimal {
        let p = max(0, min(places, Int(Self.maxScale)))
        if Int(scale) <= p { return self }
        let d = Int(scale) - p
        let unit = Self.pow10Int64[d]
        var q = significand / unit
        let r = significand % unit
        if r.magnitude * 2 >= unit.magnitude { q += significand < 0 ? -1 : 1 }
        return ExactDecimal(significand: q, scale: Int8(p))
    }

    /// The value truncated toward zero to `places` fractional digits.
    public func truncated(places: Int) -> ExactDecimal {
        let p = max(0, min(places, Int(Self.maxScale)))
        if Int(scale) <= p { return self }
        let unit = Int64(Self.pow10(Int(scale) - p))
        return ExactDecimal(significand: significand / unit, scale: Int8(p))
    }

    /// `−self`.
    public func negated() throws(DecimalError) -> ExactDecimal {
        if significand == .min { throw .overflow }
        return ExactDecimal(significand: -significand, scale: scale)
    }

    /// `|self|`.
    public var magnitude: ExactDecimal {
        significand == .min ? self : ExactDecimal(significand: significand < 0 ? -significand : significand, scale: scale)
    }

    /// The same value with trailing fractional zeros removed (`2.500` → `2.5`).
    public var normalized: ExactDecimal {
        var s = significand, sc = scale
        while sc > 0 && s % 10 == 0 { s /= 10; sc -= 1 }
        return ExactDecimal(significand: s, scale: sc)
    }

    /// The value × 10^`power` exactly, or nil when that does not fit (a scale beyond ``maxScale``, an overflow).
    @inline(__always)
    func shifted(by power: Int) -> ExactDecimal? {
        if power <= 0 {
            let scale = Int(self.scale) - power
            return scale <= Int(Self.maxScale) ? ExactDecimal(significand: significand, scale: Int8(scale)) : nil
        }
        if power <= Int(scale) { return ExactDecimal(significand: significand, scale: scale - Int8(power)) }
        let (s, o) = significand.multipliedReportingOverflow(by: Int64(Self.pow10(power - Int(scale))))
        return o ? nil : ExactDecimal(significand: s, scale: 0)
    }

    /// The same value written with exactly `places` fractional digits when that loses nothing.
    public func padded(places: Int) -> ExactDecimal {
        guard places > Int(scale), places <= Int(Self.maxScale) else { return self }
        let (s, o) = significand.multipliedReportingOverflow(by: Int64(Self.pow10(places - Int(scale))))
        return o ? self : ExactDecimal(significand: s, scale: Int8(places))
    }

    /// True when the value has no fractional part.
    public var isIntegral: Bool { normalized.scale == 0 }

    /// The value as an `Int` when it is integral and fits.
    public var intValue: Int? {
        let n = normalized
        return n.scale == 0 ? Int(exactly: n.significand) : nil
    }

    // MARK: Implementation

    /// 10^n for n in 0…18 as constants (a switch compiles to a read-only table; a stored table is a global checked on every use).
    @usableFromInline
    enum Pow10 {
        @inlinable
        static subscript(_ n: Int) -> Int64 {
            switch n {
            case 0: return 1
            case 1: return 10
            case 2: return 100
            case 3: return 1_000
            case 4: return 10_000
            case 5: return 100_000
            case 6: return 1_000_000
            case 7: return 10_000_000
            case 8: return 100_000_000
            case 9: return 1_000_000_000
            case 10: return 10_000_000_000
            case 11: return 100_000_000_000
            case 12: return 1_000_000_000_000
            case 13: return 10_000_000_000_000
            case 14: return 100_000_000_000_000
            case 15: return 1_000_000_000_000_000
            case 16: return 10_000_000_000_000_000
            case 17: return 100_000_000_000_000_000
            default: return 1_000_000_000_000_000_000
            }
        }
    }
    @usableFromInline static var pow10Int64: Pow10.Type { Pow10.self }

    @usableFromInline
    static let pow10Table: [Int128] = {
        var t: [Int128] = [1]
        for _ in 1...38 { t.append(t[t.count - 1] * 10) }
        return t
    }()

    @inlinable
    static func pow10(_ n: Int) -> Int128 { pow10Table[n] }

    /// The significand at scale `s` in 64 bits, or nil when it does not fit.
    @inlinable
    static func widen64(_ x: ExactDecimal, to s: Int8) -> Int64? {
        if x.scale == s { return x.significand }
        let (v, o) = x.significand.multipliedReportingOverflow(by: pow10Int64[Int(s - x.scale)])
        return o ? nil : v
    }

    @inlinable
    static func widen(_ x: ExactDecimal, to s: Int8) throws(DecimalError) -> Int128 {
        if x.scale == s { return Int128(x.significand) }
        return Int128(x.significand) * pow10(Int(s - x.scale))
    }

    /// Fits an Int128 significand into Int64 by dropping trailing zeros (and excess scale) if needed.
    @inlinable
    static func narrow(_ value: Int128, scale: Int) throws(DecimalError) -> ExactDecimal {
        var v = value, s = scale
        while s > Int(maxScale) {
            // Precision beyond maxScale: only exact when the dropped digits are zero.
            if v % 10 != 0 { throw .precisionExceeded }
            v /= 10; s -= 1
        }
        while (v > Int128(Int64.max) || v < Int128(Int64.min)) && s > 0 && v % 10 == 0 {
            v /= 10; s -= 1
        }
        guard let small = Int64(exactly: v) else { throw .overflow }
        return ExactDecimal(significand: small, scale: Int8(s))
    }
}

/// Why an exact decimal operation or parse could not produce a value.
public enum DecimalError: Error, Equatable, Sendable {
    case overflow
    case divisionByZero
    case precisionExceeded
    case invalidNumber(String)

    /// A message for the user, lowercase, without a full stop.
    public var message: String {
        switch self {
        case .overflow: return Message.numberTooLarge.text()
        case .divisionByZero: return Message.divisionByZeroPlain.text()
        case .precisionExceeded: return Message.tooManyPlaces.text()
        case .invalidNumber(let text): return Message.notANumber.text(text)
        }
    }
}

// MARK: Comparison and hashing

extension ExactDecimal: Comparable, Hashable {
    @inlinable
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool { compare(a, b) == 0 }

    @inlinable
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { compare(a, b) < 0 }

    /// −1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    @inlinable
    public static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.scale == b.scale {
            return a.significand < b.significand ? -1 : (a.significand == b.significand ? 0 : 1)
        }
        let s = max(a.scale, b.scale)
        if let x = widen64(a, to: s), let y = widen64(b, to: s) { return x < y ? -1 : (x == y ? 0 : 1) }
        let x = Int128(a.significand) * pow10(Int(s - a.scale))
        let y = Int128(b.significand) * pow10(Int(s - b.scale))
        return x < y ? -1 : (x == y ? 0 : 1)
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.significand)
        hasher.combine(n.scale)
    }
}

// MARK: Operators (throwing: overflow is an error, never a trap)

extension ExactDecimal {
    @inlinable public static func + (a: ExactDecimal, b: ExactDecimal) throws(DecimalError) -> ExactDecimal { try a.adding(b) }
    @inlinable public static func - (a: ExactDecimal, b: ExactDecimal) throws(DecimalError) -> ExactDecimal { try a.subtracting(b) }
    @inlinable public static func * (a: ExactDecimal, b: ExactDecimal) throws(DecimalError) -> ExactDecimal { try a.multiplied(by: b) }

    /// The sum of the values present (nil adds nothing); saturates at the last representable sum on overflow.
    public static func sum(_ values: [ExactDecimal?]) -> ExactDecimal {
        var total = ExactDecimal.zero
        for case let v? in values { total = (try? total + v) ?? total }
        return total
    }

    /// The smaller of two values.
    public static func minimum(_ a: ExactDecimal, _ b: ExactDecimal) -> ExactDecimal { a < b ? a : b }
    /// The larger of two values.
    public static func maximum(_ a: ExactDecimal, _ b: ExactDecimal) -> ExactDecimal { a < b ? b : a }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self.init(significand: value) }
}

extension ExactDecimal: ExpressibleByStringLiteral {
    /// For literals in code and tests only (`"94.91"`); traps on a malformed literal.
    public init(stringLiteral value: String) {
        do { self = try ExactDecimal(parsing: value) } catch { fatalError("bad decimal literal \(value)") }
    }
}
