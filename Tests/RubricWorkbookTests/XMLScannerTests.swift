import Testing
import RubricCore
@testable import RubricWorkbook

/// The workbook parts' XML reader: what it reports, and what it refuses, with the line.
@Suite struct XMLScannerTests {
    final class Recorder: XMLScanner.Handler {
        var events: [String] = []
        func start(_ name: String, attributes: [String: String]) {
            events.append("<\(name)" + attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined() + ">")
        }
        func end(_ name: String) { events.append("</\(name)>") }
        func text(_ text: String) { events.append(text) }
    }

    func scan(_ xml: String) throws(XMLScanner.Failure) -> [String] {
        let r = Recorder()
        try XMLScanner.scan(Array(xml.utf8), handler: r)
        return r.events
    }

    @Test func elementsAttributesTextEntitiesAndCDATA() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- a comment -->
        <x:sst xmlns:x="urn:x" count='2'><si><t xml:space="preserve"> 甲&amp;乙 &lt;1&gt; &#65;&#x42;</t></si><si><t><![CDATA[<b>&c]]></t></si><e a="1&quot;2"/></x:sst>
        """
        #expect(try scan(xml) == ["<x:sst count=2 xmlns:x=urn:x>", "<si>", "<t xml:space=preserve>", " 甲&乙 <1> AB", "</t>", "</si>",
                                  "<si>", "<t>", "<b>&c", "</t>", "</si>", "<e a=1\"2>", "</e>", "</x:sst>"])
    }

    @Test(arguments: [
        ("<a>\n<b></a>", 2, "an element is closed by the wrong tag"),
        ("<a>\n<b>", 2, "the part ends before its elements are closed"),
        ("x<a/>", 1, "text where an element should start"),
        ("<a>&nbsp;</a>", 1, "an entity that is not defined"),
        ("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", 1, "a DOCTYPE or declaration, which a workbook part never has"),
        ("<a b=1/>", 1, "a malformed attribute"),
        ("<a b='1' b='2'/>", 1, "an attribute given twice"),
        ("<a/><b/>", 1, "a second root element"),
        ("<a>&#0;</a>", 1, "a character reference that is not a character"),
        ("<a><!-- never closed </a>", 1, "the part ends inside a comment"),
        ("", 1, "the part ends before its elements are closed"),
        ("<?xml version=\"1.0\" encoding=\"GBK\"?><a/>", 1, "the part is not UTF-8"),
        ("<a>\u{1}</a>", 1, "a character reference that is not a character"),
        ("<a>&#+65;</a>", 1, "a character reference that is not a character"),
        ("<a>&#1;</a>", 1, "a character reference that is not a character"),
    ])
    func whatIsNotWellFormedIsRefusedAtItsLine(_ xml: String, line: Int, why: String) {
        do {
            _ = try scan(xml)
            Issue.record("\(xml.debugDescription) was read")
        } catch {
            #expect(error.line == line && error.why.text(in: .en) == why, "\(xml.debugDescription): line \(error.line): \(error.why.text(in: .en))")
        }
    }

    @Test func invalidUTF8IsRefusedAndALongReferenceRead() throws {
        do {
            try XMLScanner.scan([0x3C, 0x61, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x61, 0x3E], handler: Recorder())
            Issue.record("bytes that are not UTF-8 were read")
        } catch {
            #expect(error.why == .xmlNotUTF8)
        }
        #expect(try scan("<a b=\"x\r\ny\">&#0000000065;</a>") == ["<a b=x y>", "A", "</a>"])
    }

    /// Random bytes and random cuts of a real sheet: every input is read or refused, nothing traps.
    @Test func hostileBytesAreReadOrRefused() {
        var state: UInt64 = 20261126
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let sheet = Array("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>94.91</v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>".utf8)
        let alphabet = Array("<>/=\"'&;#x!-[]?CDATA a1\n\r\t".utf8) + [0xE7, 0x94, 0xB2, 0xFF, 0x00]
        var read = 0
        for k in 0..<20_000 {
            var bytes = sheet
            for _ in 0..<(1 + Int(next() % 4)) {
                let at = Int(next() % UInt64(bytes.count + 1))
                if k % 2 == 0 { bytes.insert(alphabet[Int(next() % UInt64(alphabet.count))], at: at) } else if at < bytes.count { bytes.remove(at: at) }
            }
            if (try? XMLScanner.scan(bytes, handler: Recorder())) != nil { read += 1 }
        }
        #expect(read > 100 && read < 20_000, "\(read) read")
    }
}
