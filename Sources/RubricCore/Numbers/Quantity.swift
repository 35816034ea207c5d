/// What a quantity measures: a plain number, a percent (stored as a fraction), money (stored in 万元) or a count.
public enum QuantityUnit: Hashable, Sendable {
    case none
    /// The value is a fraction; `94.91%` is stored as `0.9491`.
    case percent
    /// The value is in 万元 (the unit of the published tables); 1 亿元 = 10,000 万元, 1 元 = 0.0001 万元.
    case money
    /// A count with its label (家, 个, 人次); the label is kept for display only.
    case count(String)

    /// The label printed after a value.
    public var label: String {
        switch self {
        case .none: return ""
        case .percent: return "%"
        case .money: return "万元"
        case .count(let l): return l
        }
    }
}

/// A number with its unit, parsed from what users type and tables contain: `400万元`, `2.27亿元`, `-0.4%`, `737家`.
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    /// The value in the unit's canonical form (fraction for percent, 万元 for money).
    public var value: ExactDecimal
    public var unit: QuantityUnit

    public init(_ value: ExactDecimal, _ unit: QuantityUnit = .none) {
        self.value = value
        self.unit = unit
    }

    /// Parses `1,073.13`, `94.91%`, `94.91％`, `400万元`, `2.27亿元`, `2.27亿`, `-0.4%`, `25.6元`, `1500万人次`, `600家`.
    ///
    /// `万` and `亿` multiply; with `元` or alone they make money (in 万元). A leading `≥`, `≤`, `超`, `约`
    /// or a trailing `以上`/`以下` is not part of a quantity: strip it first (see ``TargetDirection``).
    /// A figure as reports write it (`1,073.13`, `94.91%`, `400万元`, `2.27亿元`, `600家`) read from its bytes without
    /// allocating (a count label is a short string kept inline); nil for anything else (``init(parsing:)`` then reads
    /// it the long way, normalizing full-width forms, or says what is wrong).
    @inline(__always)
    static func parsedFast(_ bytes: UnsafeBufferPointer<UInt8>) -> Quantity? {
        // The number, then the unit after it.
        guard let (d, end) = ExactDecimal.parsedPrefix(bytes) else { return nil }
        if end == bytes.count { return Quantity(d) }
        var unit = UnsafeBufferPointer(rebasing: bytes[end...])
        if unit.count == 1 && unit[0] == 0x25 {
            guard Int(d.scale) + 2 <= Int(ExactDecimal.maxScale) else { return nil }
            return Quantity(ExactDecimal(significand: d.significand, scale: d.scale + 2), .percent)
        }
        // 万 (E4 B8 87) and 亿 (E4 BA BF) scale the number; 元 (E5 85 83) makes it money, in 万元.
        @inline(__always) func starts(_ unit: UnsafeBufferPointer<UInt8>, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
            unit.count >= 3 && unit[0] == a && unit[1] == b && unit[2] == c
        }
        var power = 0   // the number × 10^power
        var isMoneyScale = false
        if starts(unit, 0xE4, 0xB8, 0x87) { power = 4; isMoneyScale = true; unit = UnsafeBufferPointer(rebasing: unit.dropFirst(3)) }
        else if starts(unit, 0xE4, 0xBA, 0xBF) { power = 8; isMoneyScale = true; unit = UnsafeBufferPointer(rebasing: unit.dropFirst(3)) }
        if (unit.count == 3 && starts(unit, 0xE5, 0x85, 0x83)) || (unit.isEmpty && isMoneyScale) {
            // Money in 万元: the number × 10^(power − 4).
            guard let v = d.shifted(by: power - 4) else { return nil }
            return Quantity(v.normalized, .money)
        }
        // A count label (家, 人次): CJK ideographs only (U+4000–U+9FFF, three bytes each) that are not numerals
        // (千, 百, 十 … are numbers: `3千万元` is refused by the full reading, not read as 3 of "千万元"); full-width
        // signs and anything else take the full path, which normalizes them.
        guard !unit.isEmpty, unit.count % 3 == 0, let v = d.shifted(by: power) else { return nil }
        var k = 0
        while k < unit.count {
            guard unit[k] >= 0xE4 && unit[k] <= 0xE9, unit[k + 1] & 0xC0 == 0x80, unit[k + 2] & 0xC0 == 0x80 else { return nil }
            let scalar = UInt32(unit[k] & 0x0F) << 12 | UInt32(unit[k + 1] & 0x3F) << 6 | UInt32(unit[k + 2] & 0x3F)
            if isNumeral(scalar) { return nil }
            k += 3
        }
        return Quantity(v.normalized, .count(String(decoding: unit, as: UTF8.self)))
    }

    /// Whether a CJK character is a numeral (千, 百, 十, 两 …). Kept out of line: its Unicode property lookup made
    /// every figure's reading pay for the metadata it needs, though only count labels ask.
    @inline(never)
    static func isNumeral(_ scalar: UInt32) -> Bool {
        guard let u = Unicode.Scalar(scalar) else { return false }
        return u.properties.numericType != nil
    }

    /// A figure read from UTF-8 bytes as reports write it, without allocating; nil for forms ``init(parsing:)`` reads
    /// the long way (for callers that hold the bytes, and for the benchmark).
    public static func reading(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Quantity? { parsedFast(bytes) }

    public init(parsing raw: String) throws(DecimalError) {
        // The common forms, read straight from the bytes.
        var r = raw
        if let fast = r.withUTF8({ Quantity.parsedFast($0) }) {
            self = fast
            return
        }
        self = try Quantity(parsingAnyForm: raw)
    }

    /// The full reading of ``init(parsing:)``: full-width forms normalized, blanks trimmed, every unit.
    init(parsingAnyForm raw: String) throws(DecimalError) {
        let text = String(NumberText.normalize(raw).trimmingSpaces())
        var end = text.endIndex
        // Split the numeric head from the unit tail.
        var idx = text.startIndex
        while idx < text.endIndex {
            let c = text[idx]
            if c.isASCII && (c.isNumber || c == "." || c == "," || c == "-" || c == "+" || c == " ") {
                idx = text.index(after: idx)
            } else { break }
        }
        end = idx
        let number = try ExactDecimal(parsing: String(text[..<end]))
        var tail = String(text[end...]).trimmingSpaces()
        if tail.isEmpty { self.init(number); return }
        if tail == "%" {
            self.init(try number.divided(by: .hundred, places: min(Int(ExactDecimal.maxScale), Int(number.scale) + 2)), .percent)
            return
        }
        var multiplier: ExactDecimal = 1   // relative to 1
        var isMoneyScale = false
        if tail.hasPrefix("亿") { multiplier = 100_000_000; tail.removeFirst(); isMoneyScale = true }
        else if tail.hasPrefix("万") { multiplier = 10_000; tail.removeFirst(); isMoneyScale = true }
        let scaled = try number.multiplied(by: multiplier)
        if tail == "元" || (tail.isEmpty && isMoneyScale) {
            // Money: canonical 万元.
            self.init(try scaled.divided(by: 10_000, places: min(Int(ExactDecimal.maxScale), Int(scaled.scale) + 4)).normalized, .money)
            return
        }
        if tail.isEmpty { self.init(scaled); return }
        // A count label: CJK or letters, no digits.
        if tail.contains(where: { $0.isNumber || $0 == "%" }) { throw .invalidNumber(raw) }
        self.init(scaled.normalized, .count(String(tail)))
    }

    /// The quantity as users write it: `94.91%`, `447,790.64万元`, `737家`.
    public var description: String { text() }

    /// The quantity as text, with `places` fractional digits when given.
    public func text(places: Int? = nil) -> String {
        switch unit {
        case .none:
            return places.map { value.formatted(places: $0, grouping: true) } ?? value.shortText(grouping: true)
        case .percent:
            let pct = (try? value.multiplied(by: .hundred)) ?? value
            return (places.map { pct.formatted(places: $0) } ?? pct.shortText(maxPlaces: 4)) + "%"
        case .money:
            return (places.map { value.formatted(places: $0, grouping: true) } ?? value.shortText(grouping: true)) + "万元"
        case .count(let label):
            return value.shortText(grouping: true) + label
        }
    }
}
